// What every paper form carries at its top, as on the 财经学院 document: 编号：…, the form's title and
// （2026—2027学年度第一学期）. Blanks stay blank (as printed on the paper) when 设置表 lacks them.
import type { CellStyle, PlanValue } from '../model';
import { ymdOfDay } from '../../rules/days';
import type { Day, Settings } from '../../rules/model';
import type { SheetBuilder } from './builder';

export const TITLE: CellStyle = { bold: true, size: 18, horizontal: 'center', vertical: 'middle' };
export const PLAIN: CellStyle = { size: 11, horizontal: 'center', vertical: 'middle' };
export const LABEL: CellStyle = { size: 11, horizontal: 'center', vertical: 'middle', wrap: true, border: true };
export const VALUE: CellStyle = { size: 11, horizontal: 'left', vertical: 'middle', wrap: true, border: true };
/** Long free text: from the top of its box. */
export const TEXT: CellStyle = { size: 11, horizontal: 'left', vertical: 'top', wrap: true, border: true };
export const NOTE: CellStyle = { size: 9, horizontal: 'left', vertical: 'middle' };

/** （2026—2027学年度第一学期）; the document's blanks where 学年度 or 学期 is unknown. */
export function termLine(s: Pick<Settings, 'academicYear' | 'semester'>): string {
  const years = s.academicYear === null ? '20　　—20　　' : `${s.academicYear}—${s.academicYear + 1}`;
  const term = s.semester === null ? '　　' : s.semester === 1 ? '一' : '二';
  return `（${years}学年度第${term}学期）`;
}

/** 编号 / title / term: three rows, 76 pt. */
export function heading(b: SheetBuilder, no: string, title: string, settings: Settings): void {
  const cols = b.widths.length;
  b.line(20, [{ value: `编号：${no}`, span: cols, style: { ...NOTE, size: 11 } }]);
  b.line(34, [{ value: title, span: cols, style: TITLE }]);
  b.line(22, [{ value: termLine(settings), span: cols, style: PLAIN }]);
}

/** A label and what is written beside it on a one-record form. */
export type Field = readonly [label: string, value: PlanValue];

/** “label | value | label | value”: two short fields side by side on a 36-point row. */
export function pairRow(b: SheetBuilder, [l1, v1]: Field, [l2, v2]: Field): void {
  b.line(36, [
    { value: l1, style: LABEL },
    { value: v1, style: VALUE },
    { value: l2, style: LABEL },
    { value: v2, style: VALUE },
  ]);
}

/** “label | value across the other columns”, `height` points high; long text (TEXT) starts at the top. */
export function wideRow(b: SheetBuilder, height: number, [label, value]: Field, style: CellStyle = VALUE): void {
  b.line(height, [
    { value: label, style: LABEL },
    { value, span: b.widths.length - 1, style },
  ]);
}

/** 如有图片等其他材料，可另附页 (under the one-record forms). */
export function attachNote(b: SheetBuilder): void {
  b.line(20, [{ value: '如有图片等其他材料，可另附页', span: b.widths.length, style: NOTE }]);
}

/** The date line of a signature box: “年　月　日” with room to write. */
export const SIGN_DATE = '　　　　年　　月　　日';

/** 9月8日: the narrow 时间 column of the list forms (the year is on the term line). */
export function shortDay(day: Day): string {
  const { month, day: d } = ymdOfDay(day);
  return `${month}月${d}日`;
}
