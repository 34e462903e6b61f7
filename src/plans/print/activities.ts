// 班级活动登记表 (seed 004): one activity per A4 page, with the 班主任签字 line under 活动效果评价、建议.
import { dayToChinese } from '../../rules/days';
import type { Activity, Settings } from '../../rules/model';
import type { SheetBuilder } from './builder';
import type { RowText } from './fields';
import { SIGN_DATE, TEXT, VALUE, attachNote, heading, pairRow, wideRow } from './heading';
import type { PrintInput, PrintSheetPlan } from './model';
import { onePerPageSheet } from './single';

export const ACTIVITIES_SHEET = '打印-班级活动';
const WIDTHS = [14, 22, 12, 22];

export function activityPage(b: SheetBuilder, settings: Settings, no: string, a: Activity | null, t: RowText): void {
  b.page();
  heading(b, no, '班级活动登记表', settings);
  wideRow(b, 36, ['活动名称', t.name ?? '']);
  pairRow(b, ['活动时间', a ? dayToChinese(a.date) : ''], ['活动地点', t.place ?? '']);
  pairRow(b, ['组织单位', t.organizer ?? ''], ['负 责 人', t.leader ?? '']);
  wideRow(b, 250, ['活动内容及意义', t.content ?? ''], TEXT);
  wideRow(b, 200, ['活动效果评价、建议', t.evaluation ?? ''], TEXT);
  wideRow(b, 50, ['班主任签字', SIGN_DATE], { ...VALUE, horizontal: 'right', vertical: 'bottom' });
  attachNote(b);
}

export function activitiesSheet(input: PrintInput): PrintSheetPlan {
  return onePerPageSheet(input, 'activities', ACTIVITIES_SHEET, WIDTHS, input.records.activities, activityPage);
}
