// Print plans (SPEC §7.1 “Print the paper forms”, issue 10 item 5): the cover page and the six paper
// forms of the 财经学院 document (seed 004), each a new 打印-… sheet laid out on A4. Record tables are
// only read. Applied by the adapters' applySheet (Excel) and rendered by taskpane/print (browser).
import { parseWorkbook } from '../../records';
import type { RawWorkbook } from '../../records/schema';
import { activitiesSheet } from './activities';
import { coverSheet } from './cover';
import { interviewsSheet } from './interviews';
import { meetingsSheet } from './meetings';
import type { PrintInput, PrintSheetPlan } from './model';
import { talksSheet } from './talks';
import { dormVisitsSheet, parentContactsSheet } from './visits';

export * from './model';
export { pagesOf, printedText, type Page, type PageCell, type PageRow } from './pages';
export { termLine } from './heading';

export interface PrintForm {
  /** What the print view lists (the paper form's name). */
  label: string;
  plan: (input: PrintInput) => PrintSheetPlan;
}

/** Every printed sheet, in the order of the paper booklet. */
export const PRINT_FORMS: readonly PrintForm[] = [
  { label: '封面', plan: coverSheet },
  { label: '班会记录表', plan: meetingsSheet },
  { label: '谈话记录表', plan: interviewsSheet },
  { label: '谈心记录表', plan: talksSheet },
  { label: '班级活动登记表', plan: activitiesSheet },
  { label: '走访宿舍记录表', plan: dormVisitsSheet },
  { label: '联系学生家长记录表', plan: parentContactsSheet },
];

/** The input of the print plans from a gateway's raw workbook. */
export function printInput(raw: RawWorkbook): PrintInput {
  return { raw, records: parseWorkbook(raw) };
}

/** All print sheets of a workbook. */
export function printPlans(input: PrintInput): PrintSheetPlan[] {
  return PRINT_FORMS.map((f) => f.plan(input));
}
