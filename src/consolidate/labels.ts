// Sheet, table and header texts of SUMMARY.xlsx (SPEC §7.2), in one place: the writer lays them out
// and --history reads 汇总结果表 back by these headers.
import type { Status } from '../rules/model';

export const SHEETS = {
  summary: '汇总',
  classes: '班级明细',
  problems: '问题',
  notes: '说明',
  results: '汇总结果',
} as const;

export const TABLE_NAMES = {
  summary: '汇总表',
  classes: '班级明细表',
  problems: '问题表',
  results: '汇总结果表',
} as const;

/** The machine-readable table --history reads back. */
export const RESULT_HEADERS = ['班主任', '院系', '考核规则', '学年度', '学期', '结论', '得分'] as const;

export const STATUS_TEXT: Record<Status, string> = {
  met: '达标',
  unmet: '未达标',
  pending: '进行中',
  'n/a': '不适用',
};
