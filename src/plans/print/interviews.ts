// 谈话记录表 (seed 004, the 班主任谈话记录表 of SPEC §1): one talk with a student needing special care
// per A4 page; 谈话内容/谈话结论/建议/学生意见 as labelled boxes, and the student's 签名 line.
import { dayToChinese } from '../../rules/days';
import type { Interview, Settings } from '../../rules/model';
import type { SheetBuilder } from './builder';
import type { RowText } from './fields';
import { LABEL, SIGN_DATE, TEXT, VALUE, heading } from './heading';
import type { PrintInput, PrintSheetPlan } from './model';
import { onePerPageSheet } from './single';

export const INTERVIEWS_SHEET = '打印-谈话记录';
const WIDTHS = [12, 24, 12, 22];

export function interviewPage(b: SheetBuilder, settings: Settings, no: string, iv: Interview | null, t: RowText): void {
  b.page();
  heading(b, no, '谈话记录表', settings);
  const box = (label: string, text: string | undefined, height: number) =>
    b.line(height, [{ value: `${label}${text ? `\n${text}` : ''}`, span: 4, style: TEXT }]);
  b.line(36, [
    { value: '学生姓名', style: LABEL },
    { value: t.names ?? '', style: VALUE },
    { value: '班　　级', style: LABEL },
    { value: t.className || (iv ? settings.className : ''), style: VALUE },
  ]);
  b.line(36, [
    { value: '谈话时间', style: LABEL },
    { value: iv ? dayToChinese(iv.date) : '', style: VALUE },
    { value: '谈话地点', style: LABEL },
    { value: t.place ?? '', style: VALUE },
  ]);
  b.line(36, [
    { value: '谈 话 人', style: LABEL },
    { value: t.speaker ?? '', style: VALUE },
    { value: '记 录 人', style: LABEL },
    { value: t.recorder ?? '', style: VALUE },
  ]);
  box('谈话内容：', t.content, 190);
  box('谈话结论：', t.conclusion, 120);
  box('建　　议：', t.advice, 80);
  box('学生意见：', t.studentOpinion, 70);
  b.line(36, [{ value: `签名：　　　　　　${SIGN_DATE}`, span: 4, style: { ...TEXT, horizontal: 'right' } }]);
}

export function interviewsSheet(input: PrintInput): PrintSheetPlan {
  return onePerPageSheet(input, 'interviews', INTERVIEWS_SHEET, WIDTHS, input.records.interviews, interviewPage);
}
