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
import { dayFromDate, dayToISO } from '../rules/days';
import type { CellPlan, PlanValue, SheetPlan } from './model';

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

/** Columns A–K are the summary's own (values A–E, spacer F, live block G–K where MINIMUMS spills). */
export const SUMMARY_LAST_COL = SUMMARY_FORMULA_COL + 4;

/** What a sheet already holds: its used cells' formulas (or values) from (row, col), 1-based. */
export interface ExistingBlock {
  row: number;
  col: number;
  formulas: readonly (readonly unknown[])[];
}

function keptValue(v: unknown): PlanValue | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.startsWith('=') ? { formula: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    const day = dayFromDate(v);
    return day === null ? undefined : { day };
  }
  return undefined;
}

/**
 * Cells a user typed into the summary sheet outside its columns A–K: they are copied to the new sheet
 * at the same address (value or formula; formats are not carried), so that nothing typed is lost.
 */
export function userCells(existing: ExistingBlock | null): CellPlan[] {
  if (!existing) return [];
  const cells: CellPlan[] = [];
  existing.formulas.forEach((row, i) =>
    row.forEach((v, j) => {
      const col = existing.col + j;
      const value = keptValue(v);
      if (col > SUMMARY_LAST_COL && value !== undefined) cells.push({ row: existing.row + i, col, value });
    }),
  );
  return cells;
}

/** The summary plan with the user's own cells of the old sheet kept (see userCells). */
export function withUserCells(plan: SheetPlan, existing: ExistingBlock | null): SheetPlan {
  const kept = userCells(existing);
  return kept.length === 0 ? plan : { ...plan, cells: [...plan.cells, ...kept] };
}
