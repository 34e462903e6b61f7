// What `bzr score` prints: the JSON object of SPEC §5, or a readable Chinese report.
import type { BonusResult, Diagnostic, Evaluation, MinimumResult } from '../rules/model';
import { dayToISO } from '../rules/days';
import { groupDiagnostics } from '../records/diagnostics';
import { SEVERITY_TEXT, STATUS_TEXT } from '../records/labels';

/** The JSON of SPEC §5 (every documented key, plus missing/name/basis/note and the window). */
export interface ScoreJson {
  schema: 1;
  profile: string;
  class: string;
  advisor: string;
  semester: 1 | 2 | null;
  grade: string;
  score: number | null;
  /** The documented keys of each result (rules/model); the pane-only fields stay out of the JSON. */
  minimums: Array<Pick<MinimumResult, 'id' | 'name' | 'required' | 'actual' | 'status' | 'note' | 'missing'>>;
  bonuses: Array<Pick<BonusResult, 'id' | 'name' | 'points' | 'cap' | 'basis' | 'note'>>;
  diagnostics: Diagnostic[];
  /** The semester window: first day and LAST day (inclusive) as ISO dates, or nulls without 学期开始日期. */
  window: { start: string | null; end: string | null; weeks: number };
}

export function scoreJson(ev: Evaluation): ScoreJson {
  return {
    schema: 1,
    profile: ev.profile,
    class: ev.class,
    advisor: ev.advisor,
    semester: ev.semester,
    grade: ev.grade,
    score: ev.score,
    minimums: ev.minimums.map((m) => ({
      id: m.id,
      name: m.name,
      required: m.required,
      actual: m.actual,
      status: m.status,
      note: m.note,
      missing: [...m.missing],
    })),
    bonuses: ev.bonuses.map((b) => ({
      id: b.id,
      name: b.name,
      points: b.points,
      cap: b.cap,
      basis: b.basis,
      note: b.note,
    })),
    diagnostics: ev.diagnostics.map((d) => ({
      table: d.table,
      row: d.row,
      column: d.column,
      severity: d.severity,
      message: d.message,
    })),
    window: {
      start: ev.window.start === null ? null : dayToISO(ev.window.start),
      end: ev.window.end === null ? null : dayToISO(ev.window.end - 1),
      weeks: ev.window.weeks,
    },
  };
}

/** Display width of a string in a terminal (CJK and full-width forms take two columns). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x20000)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

/** The readable report of `bzr score` without --json. */
/** `diagnostics`: the evaluation's own (with their codes), so alike findings can be folded into one line. */
export function humanReport(
  json: ScoreJson,
  file: string,
  diagnostics: readonly Diagnostic[] = json.diagnostics,
): string {
  const lines: string[] = [];
  const who = [json.class && `班级：${json.class}`, json.advisor && `班主任：${json.advisor}`]
    .filter(Boolean)
    .join('  ');
  lines.push(`班主任工作量化考核 — ${file}`);
  if (who) lines.push(who);
  const sem = json.semester ? `第${json.semester}学期` : '学期未填写';
  const win =
    json.window.start && json.window.end
      ? `${json.window.start} 至 ${json.window.end}（${json.window.weeks}周）`
      : '未填写学期开始日期，所有有日期的记录都计入';
  lines.push(`考核规则：${json.profile}  ${sem}  统计时段：${win}`);
  lines.push('');
  const score = json.score === null ? '（本考核规则不计分）' : `${json.score} 分`;
  lines.push(`考核结果：${json.grade}    得分：${score}`);
  lines.push('');
  lines.push('量化指标：');
  const rows = [['  指标', '要求', '实际', '状态', '说明']];
  for (const m of json.minimums) {
    rows.push([`  ${m.name}`, String(m.required), String(m.actual), STATUS_TEXT[m.status], m.note]);
  }
  lines.push(...table(rows));
  for (const m of json.minimums) {
    if (m.missing.length > 0 && m.status !== 'met') {
      const shown = m.missing.slice(0, 20).join('、');
      const more = m.missing.length > 20 ? ` 等 ${m.missing.length} 项` : '';
      lines.push(`  ${m.name}尚缺：${shown}${more}`);
    }
  }
  lines.push('');
  if (json.bonuses.length > 0) {
    const total = json.bonuses.reduce((s, b) => s + b.points, 0);
    lines.push(`加分（合计 ${total} 分）：`);
    const brows = [['  项目', '加分', '上限', '说明']];
    for (const b of json.bonuses) brows.push([`  ${b.name}`, `+${b.points}`, String(b.cap), b.note]);
    lines.push(...table(brows));
    lines.push('');
  }
  const diags = diagnostics;
  if (diags.length === 0) {
    lines.push('没有发现问题。');
  } else {
    const counts = (['error', 'warning', 'info'] as const)
      .map((s) => [s, diags.filter((d) => d.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${SEVERITY_TEXT[s]} ${n} 条`)
      .join('，');
    lines.push(`检查结果（${counts}）：`);
    const groups = new Map<string, Diagnostic[]>();
    for (const d of groupDiagnostics(diags)) {
      const list = groups.get(d.table) ?? [];
      list.push(d);
      groups.set(d.table, list);
    }
    for (const [name, list] of groups) {
      lines.push(`【${name}】`);
      for (const d of list) {
        const where = [d.row !== null ? `第${d.row}行` : '', d.column ? `“${d.column}”列` : '']
          .filter(Boolean)
          .join(' ');
        lines.push(`  [${SEVERITY_TEXT[d.severity]}] ${where ? `${where}：` : ''}${d.message}`);
      }
    }
  }
  return lines.join('\n');
}
