// The repair plan behind 「创建/修复记录表」 (ensure): from a neutral probe of the workbook (filled by
// either adapter) decide which sheets and tables to create, which columns to add and what to leave
// alone, with one set of Chinese messages. Nothing lost (SPEC §6): only cells we create are written —
// a new sheet, a new table on an empty sheet of ours, or new columns at a table's right edge when the
// cells there are free. A second run finds everything and plans nothing.
//
// A user's table with our name (the conflicting-table rule, records/sheet isOurTable; docs/rules.md):
// Excel table names are unique in a workbook, so a table named like ours is found wherever it is. It
// is ours when it sits on our sheet (by name) or when its header row names at least two of our
// columns. Otherwise it is the user's own: repair neither widens
// nor renames it and creates nothing for that table (the name is taken); the message names its sheet
// and says to rename the table. The readers meanwhile read our sheet by its name and say so.
import { matchColumns } from '../records/columns';
import { isOurTable } from '../records/sheet';
import {
  TABLES,
  TABLE_KEYS,
  type EnsureReport,
  type InitialRows,
  type TableKey,
  type TemplateOptions,
} from '../records/schema';
import type { ColumnPlan, SheetPlan } from './model';
import { columnPlan, schemaSheetPlan } from './layout';

/** The button that runs ensure; messages name it exactly. */
export const ENSURE_BUTTON = '创建/修复记录表';

/** What the workbook has for one schema table (by table name, else by sheet name). */
export interface TableProbe {
  /** The table exists: its sheet, its header row and whether the cells right of it (its rows) are free. */
  table?: { sheet: string; headers: readonly unknown[]; rightFree: boolean };
  /** A sheet with the schema sheet's name exists (whether or not the table was found elsewhere). */
  sheet?: { name: string; empty: boolean };
}

export type WorkbookProbe = Partial<Record<TableKey, TableProbe>>;

export interface AddColumnsPlan {
  key: TableKey;
  table: string;
  sheet: string;
  /** Columns appended at the right edge, in order. */
  columns: ColumnPlan[];
}

export interface EnsurePlan {
  /** Sheets to build (newSheet: add it; otherwise the existing empty sheet of that name is used). */
  create: Array<{ key: TableKey; sheet: SheetPlan; newSheet: boolean }>;
  addColumns: AddColumnsPlan[];
  /** What ensure reports once the plan is applied. */
  report: EnsureReport;
}

export function skippedSheetMessage(sheet: string, table: string): string {
  return (
    `工作表“${sheet}”已有内容，但其中没有名为“${table}”的表格，加载项没有改动它（读取时会按工作表内容识别）。` +
    `如需由加载项新建标准表格，请先把该工作表改名（例如“${sheet}（旧）”），再点击“${ENSURE_BUTTON}”。`
  );
}

export function foreignTableMessage(sheet: string, table: string): string {
  return `表格“${table}”（工作表“${sheet}”）的标题行里没有本模板的任何列，加载项没有改动它。请检查这是否是正确的表格，或把它改名后再点击“${ENSURE_BUTTON}”。`;
}

export function conflictingTableMessage(
  tableSheet: string,
  table: string,
  ourSheet: string,
  sheetExists: boolean,
): string {
  return (
    `工作表“${tableSheet}”中的表格“${table}”不在工作表“${ourSheet}”上，标题行也不是本模板的列，加载项把它当作您自己的表格，没有改动它，也不读取它。` +
    `请把这个表格改名（选中表格，在“表设计”中修改“表名称”，例如“${table}_自用”），再点击“${ENSURE_BUTTON}”` +
    (sheetExists
      ? `；在此之前，记录按工作表“${ourSheet}”的内容读取。`
      : `，加载项会新建工作表“${ourSheet}”和表格“${table}”。`)
  );
}

export function blockedColumnsMessage(sheet: string, table: string, headers: readonly string[]): string {
  return (
    `表格“${table}”（工作表“${sheet}”）缺少列：${headers.join('、')}。表格右侧（同一行）已有内容，添加列会移动或覆盖这些单元格，所以加载项没有添加。` +
    `请把表格右侧的内容移开（或在表格末尾手动添加这些列），再点击“${ENSURE_BUTTON}”。`
  );
}

/** Plans ensure. `rows`: initial records for tables that are created (createWorkbook). */
export function planEnsure(probe: WorkbookProbe, options: TemplateOptions, rows?: InitialRows): EnsurePlan {
  const report: EnsureReport = { createdSheets: [], createdTables: [], addedColumns: [], skipped: [], changed: false };
  const plan: EnsurePlan = { create: [], addColumns: [], report };
  for (const key of TABLE_KEYS) {
    const spec = TABLES[key];
    const p = probe[key] ?? {};
    if (p.table && !isOurTable(key, p.table.sheet, p.table.headers)) {
      const reason = conflictingTableMessage(p.table.sheet, spec.table, spec.sheet, p.sheet !== undefined);
      report.skipped.push({ sheet: p.table.sheet, reason });
      continue;
    }
    if (p.table) {
      const { index, missing } = matchColumns(spec, [...p.table.headers]);
      if (Object.keys(index).length === 0) {
        report.skipped.push({ sheet: p.table.sheet, reason: foreignTableMessage(p.table.sheet, spec.table) });
      } else if (missing.length > 0 && !p.table.rightFree) {
        const names = missing.map((c) => c.header);
        report.skipped.push({ sheet: p.table.sheet, reason: blockedColumnsMessage(p.table.sheet, spec.table, names) });
      } else if (missing.length > 0) {
        plan.addColumns.push({ key, table: spec.table, sheet: p.table.sheet, columns: missing.map(columnPlan) });
        for (const c of missing) report.addedColumns.push({ table: spec.table, header: c.header });
      }
      continue;
    }
    if (p.sheet && !p.sheet.empty) {
      report.skipped.push({ sheet: p.sheet.name, reason: skippedSheetMessage(p.sheet.name, spec.table) });
      continue;
    }
    const sheet = { ...schemaSheetPlan(key, options, rows?.[key]), name: p.sheet?.name ?? spec.sheet };
    plan.create.push({ key, sheet, newSheet: !p.sheet });
    if (!p.sheet) report.createdSheets.push(spec.sheet);
    report.createdTables.push(spec.table);
  }
  report.changed = report.createdSheets.length + report.createdTables.length + report.addedColumns.length > 0;
  return plan;
}

/** What ensure did, in Chinese sentences: the pane's status line and `bzr repair`'s output. */
export function describeEnsure(r: EnsureReport): string {
  if (!r.changed && r.skipped.length === 0) return '记录表齐全，无需修复。';
  const parts: string[] = [];
  if (r.createdSheets.length) parts.push(`新建工作表：${r.createdSheets.join('、')}`);
  if (r.createdTables.length) parts.push(`新建表格：${r.createdTables.join('、')}`);
  if (r.addedColumns.length) parts.push(`补上列：${r.addedColumns.map((c) => `${c.table}.${c.header}`).join('、')}`);
  for (const s of r.skipped) parts.push(`未改动“${s.sheet}”：${s.reason}`);
  // A reason is whole sentences already: its closing 。 gives way to the separator.
  return `${parts.map((p) => p.replace(/。$/, '')).join('；')}。`;
}
