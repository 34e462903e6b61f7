// 走访宿舍记录表 (25 lines per page) and 联系学生家长记录表 (30 lines per page), seed 004: one record per
// line in date order, columns as on the paper.
import { shortDay } from './heading';
import type { PlanValue } from '../model';
import { byDate, rowTexts, skippedRows } from './fields';
import { listSheet, type ListForm } from './list';
import type { PrintInput, PrintSheetPlan } from './model';

export const DORM_VISITS_FORM: ListForm = {
  sheet: '打印-走访宿舍',
  title: '走访宿舍记录表',
  headers: ['次数', '时　间', '走访宿舍', '事由或发现问题', '处理情况'],
  widths: [5, 9, 14, 21, 21],
  rowsPerPage: 25,
  rowHeight: 24,
};

export const PARENT_CONTACTS_FORM: ListForm = {
  sheet: '打印-联系家长',
  title: '联系学生家长记录表',
  headers: ['序号', '姓名', '时间', '学生家长姓名', '联系方式', '事由', '结果'],
  widths: [5, 8, 9, 10, 7, 12, 19],
  rowsPerPage: 30,
  rowHeight: 20,
};

export function dormVisitsSheet(input: PrintInput): PrintSheetPlan {
  const { records, raw } = input;
  const texts = rowTexts(raw, 'dormVisits');
  const lines: PlanValue[][] = byDate(records.dormVisits).map((v) => {
    const t = texts.get(v.row) ?? {};
    const reason = [t.reason, t.problem ? `发现问题：${t.problem}` : ''].filter(Boolean).join('；');
    return [shortDay(v.date), t.dorms ?? '', reason, t.handling ?? ''];
  });
  return listSheet(DORM_VISITS_FORM, records.settings, lines, skippedRows(texts, records.dormVisits));
}

export function parentContactsSheet(input: PrintInput): PrintSheetPlan {
  const { records, raw } = input;
  const texts = rowTexts(raw, 'parentContacts');
  const lines: PlanValue[][] = byDate(records.parentContacts).map((c) => {
    const t = texts.get(c.row) ?? {};
    return [t.names ?? '', shortDay(c.date), t.parentName ?? '', t.method ?? '', t.reason ?? '', t.result ?? ''];
  });
  return listSheet(PARENT_CONTACTS_FORM, records.settings, lines, skippedRows(texts, records.parentContacts));
}
