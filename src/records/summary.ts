// The 量化汇总 sheet as cells (pure), so that the Office.js and the .xlsx gateways write the same sheet.
//
// Left (A–E): the computed results as plain VALUES with the time they were computed — the sheet reads
// right where the add-in is not installed (there =BZR.* shows #NAME?). Right (G–K): the same results
// as live formulas over the tables' structured references, recalculated by Excel when the add-in runs.
import { SEVERITY_TEXT, STATUS_TEXT } from './labels';
import type { Diagnostic, Evaluation } from '../rules/model';
import { dayToISO } from '../rules/days';
import { SUMMARY_SHEET, TABLES, TABLE_KEYS } from './schema';

/** A1 of a sheet we wrote. A sheet called 量化汇总 without it is the user's: never overwritten. */
export const SUMMARY_MARKER = '【BZR】班主任工作量化汇总';
/** Diagnostics listed on the sheet at most (the task pane shows them all). */
export const SUMMARY_MAX_DIAGNOSTICS = 300;
/** Columns of the values block (A–E) and of the live-formula block (G–K). */
export const SUMMARY_FORMULA_COL = 7;

export interface SummaryLayout {
  sheet: string;
  /** Rectangular grid from A1; formula cells are '' here. */
  values: Array<Array<string | number>>;
  /** Live formulas, 1-based worksheet row and column. */
  formulas: Array<{ row: number; col: number; formula: string }>;
  /** Column widths in characters, from column A. */
  widths: number[];
  /** 1-based rows shown bold (title and section headers). */
  boldRows: number[];
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local time, minute precision: 2026-11-02 14:05. */
export function formatComputedAt(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** `设置表[#All],学生名册表[#All],…` for the tables that exist (default: all of schema v1). */
export function formulaArguments(tables: readonly string[] = TABLE_KEYS.map((k) => TABLES[k].table)): string {
  return tables.map((t) => `${t}[#All]`).join(',');
}

function diagnosticRow(d: Diagnostic): Array<string | number> {
  return [SEVERITY_TEXT[d.severity] ?? d.severity, d.table, d.row ?? '', d.column ?? '', d.message];
}

/**
 * The sheet's cells. `tables` names the record tables present in the workbook (live formulas refer only
 * to tables that exist: a reference to a missing table is not a valid formula).
 */
export function summaryLayout(
  evaluation: Evaluation,
  computedAt: Date,
  tables: readonly string[] = TABLE_KEYS.map((k) => TABLES[k].table),
): SummaryLayout {
  const rows: Array<Array<string | number>> = [];
  const bold: number[] = [];
  const add = (row: Array<string | number>, isBold = false): number => {
    rows.push(row);
    if (isBold) bold.push(rows.length);
    return rows.length;
  };
  const ev = evaluation;
  const windowText =
    ev.window.start !== null && ev.window.end !== null
      ? `${dayToISO(ev.window.start)} 至 ${dayToISO(ev.window.end - 1)}（${ev.window.weeks}周）`
      : '未填写学期开始日期：所有日期的记录都计入';

  add([SUMMARY_MARKER], true);
  add(['班级', ev.class || '（未填写）', '班主任', ev.advisor || '（未填写）']);
  add(['学期', ev.semester ? `第${ev.semester}学期` : '（未填写）', '考核规则', ev.profile]);
  add(['学期范围', windowText, '计算时间', formatComputedAt(computedAt)]);
  add(['结论', ev.grade, '得分', ev.score === null ? '本规则不计分' : ev.score], true);
  add([
    '说明',
    '左侧是计算时的结果（数值）；右侧是实时公式，安装 BZR 加载项后自动更新。重新计算请在加载项中点击“计算”。',
  ]);
  add([]);
  add(['指标', '要求', '实际', '状态', '说明'], true);
  for (const m of ev.minimums) {
    // The note usually names what is missing already; the list is added only when it does not.
    const listed = m.missing.length === 0 || m.note.includes(m.missing[0]);
    const missing = !listed ? `（尚缺：${m.missing.slice(0, 30).join('、')}${m.missing.length > 30 ? '…' : ''}）` : '';
    add([m.name, m.required, m.actual, STATUS_TEXT[m.status] ?? m.status, m.note + missing]);
  }
  if (ev.bonuses.length > 0) {
    add([]);
    add(['加分项', '加分', '上限', '依据', '说明'], true);
    for (const b of ev.bonuses) add([b.name, b.points, b.cap, b.basis, b.note]);
  }
  add([]);
  add(['问题', '表格', '行', '列', '说明'], true);
  if (ev.diagnostics.length === 0) add(['无', '', '', '', '没有发现问题。']);
  for (const d of ev.diagnostics.slice(0, SUMMARY_MAX_DIAGNOSTICS)) add(diagnosticRow(d));
  if (ev.diagnostics.length > SUMMARY_MAX_DIAGNOSTICS) {
    add([
      '…',
      '',
      '',
      '',
      `另有 ${ev.diagnostics.length - SUMMARY_MAX_DIAGNOSTICS} 条，请在加载项的“问题”列表中查看。`,
    ]);
  }

  // Live formulas beside the values (G–K); MINIMUMS spills its table below G5.
  const g = SUMMARY_FORMULA_COL;
  const formulas: SummaryLayout['formulas'] = [];
  const labels: Array<{ row: number; text: string }> = [
    { row: 1, text: '实时结果（需要 BZR 加载项；未安装时显示 #NAME?）' },
  ];
  if (tables.length > 0) {
    const args = formulaArguments(tables);
    labels.push({ row: 2, text: '结论' }, { row: 3, text: '得分' });
    formulas.push(
      { row: 2, col: g + 1, formula: `=BZR.GRADE(${args})` },
      { row: 3, col: g + 1, formula: `=BZR.SCORE(${args})` },
      { row: 5, col: g, formula: `=BZR.MINIMUMS(${args})` },
    );
  } else {
    labels.push({ row: 2, text: '工作簿中没有记录表，无法建立实时公式。' });
  }
  const width = g + 4;
  while (rows.length < 5 + ev.minimums.length + 1) rows.push([]);
  const grid = rows.map((r) => {
    const out: Array<string | number> = Array.from({ length: width }, () => '');
    r.forEach((v, i) => (out[i] = v));
    return out;
  });
  for (const l of labels) grid[l.row - 1][g - 1] = l.text;
  if (!bold.includes(1)) bold.unshift(1);

  return {
    sheet: SUMMARY_SHEET,
    values: grid,
    formulas,
    widths: [12, 16, 10, 14, 60, 2, 14, 10, 10, 10, 40],
    boldRows: bold,
  };
}
