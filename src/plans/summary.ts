// The 量化汇总 sheet behind 写入量化汇总 (writeSummary), as a sheet plan both adapters apply alike.
//
// Left (A–E): the computed results as plain VALUES with the time they were computed — the sheet reads
// right where the add-in is not installed (there =BZR.* shows #NAME?). Right (G–K): the same results
// as live formulas over the tables' structured references, recalculated by Excel when the add-in runs.
import { SEVERITY_TEXT, STATUS_TEXT } from '../records/labels';
import { SUMMARY_SHEET, TABLES, TABLE_KEYS } from '../records/schema';
import {
  SUMMARY_FORMULA_COL,
  SUMMARY_MARKER,
  SUMMARY_MAX_DIAGNOSTICS,
  formatComputedAt,
  formulaArguments,
} from '../records/summary';
import type { Diagnostic, Evaluation } from '../rules/model';
import { dayToISO } from '../rules/days';
import type { CellPlan, PlanValue, SheetPlan } from './model';
import { decideSummary, type OldSummary, type SpillArea, type SummaryDecision } from './summary-keep';

export { SUMMARY_LAST_COL, RECORD_COL } from './summary-record';
export { spillsFrom, type ExistingBlock, type OldSummary, type SpillArea, type SummaryDecision } from './summary-keep';

type Row = Array<string | number>;

const WIDTHS = [12, 16, 10, 14, 60, 2, 14, 10, 10, 10, 40];
/** Column E holds the long notes. */
const NOTE_COL = 5;

function diagnosticRow(d: Diagnostic): Row {
  return [SEVERITY_TEXT[d.severity] ?? d.severity, d.table, d.row ?? '', d.column ?? '', d.message];
}

function windowText(ev: Evaluation): string {
  return ev.window.start !== null && ev.window.end !== null
    ? `${dayToISO(ev.window.start)} 至 ${dayToISO(ev.window.end - 1)}（${ev.window.weeks}周）`
    : '未填写学期开始日期：所有日期的记录都计入';
}

/** The values block (A–E): rows and which of them are bold (1-based). */
function valueRows(ev: Evaluation, computedAt: Date): { rows: Row[]; bold: number[] } {
  const rows: Row[] = [];
  const bold: number[] = [];
  const add = (row: Row, isBold = false) => {
    rows.push(row);
    if (isBold) bold.push(rows.length);
  };
  add([SUMMARY_MARKER], true);
  add(['班级', ev.class || '（未填写）', '班主任', ev.advisor || '（未填写）']);
  add(['学期', ev.semester ? `第${ev.semester}学期` : '（未填写）', '考核规则', ev.profile]);
  add(['学期范围', windowText(ev), '计算时间', formatComputedAt(computedAt)]);
  add(['结论', ev.grade, '得分', ev.score === null ? '本规则不计分' : ev.score], true);
  add([
    '说明',
    '左侧是计算时的结果（数值）；右侧是实时公式，安装 BZR 加载项后自动更新。重新计算请在加载项中点击“写入量化汇总”。',
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
  const more = ev.diagnostics.length - SUMMARY_MAX_DIAGNOSTICS;
  if (more > 0) add(['…', '', '', '', `另有 ${more} 条，请在加载项的“问题”列表中查看。`]);
  return { rows, bold };
}

/** The live block (G–K): labels and formulas; MINIMUMS spills its table below G5. */
function liveCells(tables: readonly string[]): CellPlan[] {
  const g = SUMMARY_FORMULA_COL;
  const cells: CellPlan[] = [{ row: 1, col: g, value: '实时结果（需要 BZR 加载项；未安装时显示 #NAME?）' }];
  if (tables.length === 0) {
    cells.push({ row: 2, col: g, value: '工作簿中没有记录表，无法建立实时公式。' });
    return cells;
  }
  const args = formulaArguments(tables);
  cells.push(
    { row: 2, col: g, value: '结论' },
    { row: 3, col: g, value: '得分' },
    { row: 2, col: g + 1, value: { formula: `=BZR.GRADE(${args})` } },
    { row: 3, col: g + 1, value: { formula: `=BZR.SCORE(${args})` } },
    { row: 5, col: g, value: { formula: `=BZR.MINIMUMS(${args})` } },
  );
  return cells;
}

/**
 * The 量化汇总 sheet plan. `tables` names the record tables present in the workbook (live formulas
 * refer only to tables that exist: a reference to a missing table is not a valid formula).
 */
export function summaryPlan(
  evaluation: Evaluation,
  computedAt: Date,
  tables: readonly string[] = TABLE_KEYS.map((k) => TABLES[k].table),
): SheetPlan {
  const { rows, bold } = valueRows(evaluation, computedAt);
  const cells: CellPlan[] = [];
  rows.forEach((row, i) =>
    row.forEach((v: PlanValue, j) => {
      if (v === '') return;
      const style = {
        ...(bold.includes(i + 1) ? { bold: true } : {}),
        ...(i === 0 && j === 0 ? { size: 14 } : {}),
        ...(j + 1 === NOTE_COL ? { wrap: true, vertical: 'top' as const } : {}),
      };
      cells.push({ row: i + 1, col: j + 1, value: v, ...(Object.keys(style).length > 0 ? { style } : {}) });
    }),
  );
  cells.push(...liveCells(tables));
  return { name: SUMMARY_SHEET, marker: SUMMARY_MARKER, cells, widths: WIDTHS, tables: [] };
}

/** Where =BZR.MINIMUMS at G5 spills: its header, one row per minimum, a problems row when any. */
export function summarySpill(ev: Evaluation): SpillArea {
  const problems = ev.diagnostics.some((d) => d.severity !== 'info') ? 1 : 0;
  return { row: 5, col: SUMMARY_FORMULA_COL, rows: 1 + ev.minimums.length + problems, cols: 5 };
}

/**
 * 写入量化汇总 over what the sheet holds now (`old`: null when there is none): the summary plan with
 * the user's cells kept and the record of ours, or a refusal that names the user's cells it would
 * cover (plans/summary-keep).
 */
export function planSummary(
  evaluation: Evaluation,
  computedAt: Date,
  tables: readonly string[],
  old: OldSummary | null,
): SummaryDecision {
  // No record table, no live formulas: nothing spills.
  const spill = tables.length > 0 ? summarySpill(evaluation) : { ...summarySpill(evaluation), rows: 0 };
  return decideSummary(summaryPlan(evaluation, computedAt, tables), spill, old);
}
