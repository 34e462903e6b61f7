// The Chinese words for a minimum's status and a finding's severity: one set, used by the task pane,
// the command line, the 量化汇总 sheet and BZR.MINIMUMS alike.
import type { Severity, Status } from '../rules/model';

export const STATUS_TEXT: Readonly<Record<Status, string>> = {
  met: '达标',
  unmet: '未达标',
  pending: '待学年末',
  'n/a': '不适用',
};

export const SEVERITY_TEXT: Readonly<Record<Severity, string>> = { error: '错误', warning: '提醒', info: '说明' };
