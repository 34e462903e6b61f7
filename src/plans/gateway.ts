// The workbook operations every adapter offers (src/excel on the open workbook, src/xlsx on a file),
// named as in docs/glossary.md: 创建/修复记录表 = ensure, 添加记录 = append, 写入量化汇总 = writeSummary.
import type { EnsureReport, RawWorkbook, RecordInput, TableKey, TemplateOptions } from '../records/schema';
import type { Diagnostic, Evaluation } from '../rules/model';
import type { SheetPlan } from './model';

export interface WorkbookGateway {
  /** 创建/修复记录表: create missing sheets, tables and columns; never overwrites (plans/repair). */
  ensure(options: TemplateOptions): Promise<EnsureReport>;
  /** Every record table (and 设置表) as raw cells for records/parseWorkbook. */
  read(): Promise<{ raw: RawWorkbook; diagnostics: Diagnostic[] }>;
  /** 添加记录: append records to one table, numbering 编号/序号/次数 (plans/append). */
  append(key: TableKey, rows: RecordInput[]): Promise<{ firstRow: number; count: number }>;
  /** 写入量化汇总: the 量化汇总 sheet (plans/summary). */
  writeSummary(evaluation: Evaluation, computedAt: Date): Promise<void>;
  /** Writes a whole sheet from its plan (replaces only an empty sheet or one carrying plan.marker). */
  applySheet(plan: SheetPlan): Promise<void>;
}
