// The cover page of seed 004: 班主任工作职责及量化记录表, the term line and 专业/班级/班主任.
import { SheetBuilder } from './builder';
import { PLAIN, TITLE, termLine } from './heading';
import type { PrintInput, PrintSheetPlan } from './model';

export const COVER_SHEET = '打印-封面';
const WIDTHS = [16, 16, 24, 14];
const FIELD = { ...PLAIN, size: 16, horizontal: 'left' as const };

export function coverSheet(input: PrintInput): PrintSheetPlan {
  const s = input.records.settings;
  const b = new SheetBuilder(COVER_SHEET, WIDTHS);
  b.page();
  const school = [s.school, s.department].filter(Boolean).join('　');
  b.line(120, [{ value: school, span: 4, style: { ...PLAIN, size: 16, vertical: 'bottom' } }]);
  b.line(60, [{ value: '班主任工作职责及量化记录表', span: 4, style: { ...TITLE, size: 24 } }]);
  b.line(36, [{ value: termLine(s), span: 4, style: { ...PLAIN, size: 16 } }]);
  b.line(150, [{ value: '', span: 4 }]);
  const field = (label: string, value: string) =>
    b.line(40, [
      { value: '' },
      { value: label, style: { ...FIELD, horizontal: 'right' } },
      { value, span: 2, style: FIELD },
    ]);
  field('专　业：', s.major);
  field('班　级：', s.className);
  field('班主任：', s.advisor);
  return b.build(0);
}
