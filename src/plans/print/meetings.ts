// 班会记录表 (seed 004): one meeting per A4 page, with the 班长、团支书签字 box. 班委会 rows (SPEC §1
// 类型) are printed on the same form, their 主题 marked （班委会）.
import { dayToChinese } from '../../rules/days';
import type { Meeting, Settings } from '../../rules/model';
import type { SheetBuilder } from './builder';
import type { RowText } from './fields';
import { SIGN_DATE, TEXT, attachNote, heading, pairRow, wideRow } from './heading';
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
  wideRow(b, 36, ['主　　题', topic]);
  pairRow(b, ['时　　间', m ? dayToChinese(m.date) : ''], ['地　　点', t.place ?? '']);
  pairRow(b, ['主 持 人', t.host ?? ''], ['记 录 人', t.recorder ?? '']);
  wideRow(b, 36, ['参加人员', people]);
  wideRow(b, 90, ['未到会名单、原因及补救措施', absentText(t)], TEXT);
  wideRow(b, 300, ['会议内容', t.content ?? ''], TEXT);
  wideRow(b, 70, ['班长、团支书签字', sign], TEXT);
  attachNote(b);
}

export function meetingsSheet(input: PrintInput): PrintSheetPlan {
  return onePerPageSheet(input, 'meetings', MEETINGS_SHEET, WIDTHS, input.records.meetings, meetingPage);
}
