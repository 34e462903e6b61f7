// 班会记录表 (seed 004): one meeting per A4 page, with the 班长、团支书签字 box. 班委会 rows (SPEC §1
// 类型) are printed on the same form, their 主题 marked （班委会）.
import { dayToChinese } from '../../rules/days';
import type { Meeting, Settings } from '../../rules/model';
import type { SheetBuilder } from './builder';
import type { RowText } from './fields';
import { LABEL, SIGN_DATE, TEXT, VALUE, attachNote, heading } from './heading';
import type { PrintInput, PrintSheetPlan } from './model';
import { onePerPageSheet } from './single';

export const MEETINGS_SHEET = '打印-班会记录';
const WIDTHS = [14, 22, 12, 22];

function absentText(t: RowText): string {
  const parts: string[] = [];
  if (t.absent) parts.push(`未到名单及原因：${t.absent}`);
  if (t.remedy) parts.push(`补救措施：${t.remedy}`);
  return parts.join('\n');
}

/** One page; `m` null prints the blank form. */
export function meetingPage(b: SheetBuilder, settings: Settings, no: string, m: Meeting | null, t: RowText): void {
  b.page();
  heading(b, no, '班会记录表', settings);
  const topic = m && m.kind === '班委会' ? `（班委会）${t.topic ?? ''}` : (t.topic ?? '');
  const people = m ? `（应到：${m.expected}人，实到：${m.present}人）` : '（应到：　　人，实到：　　人）';
  const sign = `班长：${t.monitorSign ?? ''}　　　　团支书：${t.leagueSign ?? ''}\n\n${SIGN_DATE}`;
  b.line(36, [
    { value: '主　　题', style: LABEL },
    { value: topic, span: 3, style: VALUE },
  ]);
  b.line(36, [
    { value: '时　　间', style: LABEL },
    { value: m ? dayToChinese(m.date) : '', style: VALUE },
    { value: '地　　点', style: LABEL },
    { value: t.place ?? '', style: VALUE },
  ]);
  b.line(36, [
    { value: '主 持 人', style: LABEL },
    { value: t.host ?? '', style: VALUE },
    { value: '记 录 人', style: LABEL },
    { value: t.recorder ?? '', style: VALUE },
  ]);
  b.line(36, [
    { value: '参加人员', style: LABEL },
    { value: people, span: 3, style: VALUE },
  ]);
  b.line(90, [
    { value: '未到会名单、原因及补救措施', style: LABEL },
    { value: absentText(t), span: 3, style: TEXT },
  ]);
  b.line(300, [
    { value: '会议内容', style: LABEL },
    { value: t.content ?? '', span: 3, style: TEXT },
  ]);
  b.line(70, [
    { value: '班长、团支书签字', style: LABEL },
    { value: sign, span: 3, style: TEXT },
  ]);
  attachNote(b);
}

export function meetingsSheet(input: PrintInput): PrintSheetPlan {
  return onePerPageSheet(input, 'meetings', MEETINGS_SHEET, WIDTHS, input.records.meetings, meetingPage);
}
