// The pane's views, in tab order. A new view (per student, per week, print, 汇总) is one more entry here
// and one more case in App's renderView.
export type ViewId = 'entry' | 'results' | 'students' | 'weeks' | 'settings' | 'print' | 'consolidate';

export interface ViewDef {
  id: ViewId;
  /** The tab's text (and accessible name). */
  label: string;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'entry', label: '录入' },
  { id: 'results', label: '结果' },
  { id: 'students', label: '学生' },
  { id: 'weeks', label: '周历' },
  { id: 'settings', label: '设置与名册' },
  { id: 'print', label: '打印' },
  { id: 'consolidate', label: '汇总' },
];
