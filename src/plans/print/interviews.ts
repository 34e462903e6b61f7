// 谈话记录表 (seed 004, the 班主任谈话记录表 of SPEC §1): one talk with a student needing special care
// per A4 page; 谈话内容/谈话结论/建议/学生意见 as labelled boxes, and the student's 签名 line.
import { dayToChinese } from '../../rules/days';
import type { Interview, Settings } from '../../rules/model';
import type { SheetBuilder } from './builder';
import type { RowText } from './fields';
import { SIGN_DATE, TEXT, heading, pairRow } from './heading';
import type { PrintInput, PrintSheetPlan } from './model';
import { onePerPageSheet } from './single';

export const INTERVIEWS_SHEET = '打印-谈话记录';
const WIDTHS = [12, 24, 12, 22];

export function interviewPage(b: SheetBuilder, settings: Settings, no: string, iv: Interview | null, t: RowText): void {
  b.page();
  heading(b, no, '谈话记录表', settings);
  const box = (label: string, text: string | undefined, height: number) =>
    b.line(height, [{ value: `${label}${text ? `\n${text}` : ''}`, span: 4, style: TEXT }]);
  pairRow(b, ['学生姓名', t.names ?? ''], ['班　　级', t.className || (iv ? settings.className : '')]);
  pairRow(b, ['谈话时间', iv ? dayToChinese(iv.date) : ''], ['谈话地点', t.place ?? '']);
  pairRow(b, ['谈 话 人', t.speaker ?? ''], ['记 录 人', t.recorder ?? '']);
  box('谈话内容：', t.content, 190);
  box('谈话结论：', t.conclusion, 120);
  box('建　　议：', t.advice, 80);
  box('学生意见：', t.studentOpinion, 70);
  b.line(36, [{ value: `签名：　　　　　　${SIGN_DATE}`, span: 4, style: { ...TEXT, horizontal: 'right' } }]);
}

export function interviewsSheet(input: PrintInput): PrintSheetPlan {
  return onePerPageSheet(input, 'interviews', INTERVIEWS_SHEET, WIDTHS, input.records.interviews, interviewPage);
}
