// 班级活动登记表 (seed 004): one activity per A4 page, with the 班主任签字 line under 活动效果评价、建议.
import { dayToChinese } from '../../rules/days';
import type { Activity, Settings } from '../../rules/model';
import type { SheetBuilder } from './builder';
import type { RowText } from './fields';
import { LABEL, SIGN_DATE, TEXT, VALUE, attachNote, heading } from './heading';
import type { PrintInput, PrintSheetPlan } from './model';
import { onePerPageSheet } from './single';

export const ACTIVITIES_SHEET = '打印-班级活动';
const WIDTHS = [14, 22, 12, 22];

export function activityPage(b: SheetBuilder, settings: Settings, no: string, a: Activity | null, t: RowText): void {
  b.page();
  heading(b, no, '班级活动登记表', settings);
  b.line(36, [
    { value: '活动名称', style: LABEL },
    { value: t.name ?? '', span: 3, style: VALUE },
  ]);
  b.line(36, [
    { value: '活动时间', style: LABEL },
    { value: a ? dayToChinese(a.date) : '', style: VALUE },
    { value: '活动地点', style: LABEL },
    { value: t.place ?? '', style: VALUE },
  ]);
  b.line(36, [
    { value: '组织单位', style: LABEL },
    { value: t.organizer ?? '', style: VALUE },
    { value: '负 责 人', style: LABEL },
    { value: t.leader ?? '', style: VALUE },
  ]);
  b.line(250, [
    { value: '活动内容及意义', style: LABEL },
    { value: t.content ?? '', span: 3, style: TEXT },
  ]);
  b.line(200, [
    { value: '活动效果评价、建议', style: LABEL },
    { value: t.evaluation ?? '', span: 3, style: TEXT },
  ]);
  b.line(50, [
    { value: '班主任签字', style: LABEL },
    { value: SIGN_DATE, span: 3, style: { ...VALUE, horizontal: 'right', vertical: 'bottom' } },
  ]);
  attachNote(b);
}

export function activitiesSheet(input: PrintInput): PrintSheetPlan {
  return onePerPageSheet(input, 'activities', ACTIVITIES_SHEET, WIDTHS, input.records.activities, activityPage);
}
