// Consolidations and plans for the SpreadsheetML writer's tests: the summary as `bzr consolidate`
// builds it (masked or not, with errors, warnings and flags), and a synthetic plan using every field.
import { consolidate } from '../../src/consolidate/core';
import type { ClassFileResult, Consolidation, PastResult } from '../../src/consolidate/types';
import type { SheetPlan } from '../../src/plans/model';
import { dayFromYMD } from '../../src/rules/days';
import { cls } from '../consolidate/results';

/**
 * Seven classes: a tie across the quota line, an unmet minimum with names, input text that looks like
 * a formula, a file that failed, a duplicated class, and a history giving 丙老师 第九条.
 */
export function richConsolidation(mask: boolean): Consolidation {
  const results: ClassFileResult[] = [
    cls('会计01.xlsx', '甲老师', '合格', 90),
    cls('会计02.xlsx', '乙老师', '合格', 80),
    cls('会计03.xlsx', '=HYPERLINK("http://x.invalid","点")', '合格', 80),
    cls('会计04.xlsx', '丙老师', '不合格', 0, { missing: ['张三', '李四'] }),
    cls('会计05.xlsx', '丁 & <老师> "引号" \'单\'', '合格', 70.5),
    cls('重复.xlsx', '戊老师', '合格', 60),
    { ...cls('重复.xlsx', '戊老师', '合格', 61), file: '重复-副本.xlsx' },
    { file: '坏文件.xlsx', error: '文件已损坏。', errorEn: 'damaged' },
  ];
  const history: PastResult[] = [
    {
      advisor: '丙老师',
      department: '财经学院',
      profile: '财经学院',
      academicYear: 2025,
      semester: 2,
      result: '不合格',
      score: 0,
    },
  ];
  return consolidate(results, { ratio: 0.3, mask, history, date: '2027-01-15' });
}

/** Texts a cell must keep: formula-like, XML specials, blanks and breaks, CJK, an emoji. */
export const TRICKY = [
  '=SUM(A1:A2)',
  '+1+2',
  '-3',
  '@A1',
  'a & b <c> "d" \'e\'',
  '  leading and trailing  ',
  '第一行\n第二行',
  '中文（全角）',
  '😀 U+1F600',
];

/** One sheet that uses every SheetPlan field, and a plain second sheet. */
export function everyFieldPlans(name = "It's 全部"): SheetPlan[] {
  const day = dayFromYMD(2026, 9, 7);
  const first: SheetPlan = {
    name,
    marker: '【BZR】测试',
    cells: [
      { row: 1, col: 1, value: '标题跨三列', style: { bold: true, size: 16, horizontal: 'center', border: true } },
      { row: 2, col: 1, value: 42 },
      { row: 2, col: 2, value: -1.25, style: { numberFormat: '0.00', fill: 'FFF2CC', fontColor: 'C00000' } },
      { row: 2, col: 3, value: true },
      { row: 2, col: 4, value: false, style: { vertical: 'middle', horizontal: 'right' } },
      { row: 2, col: 5, value: { day } },
      { row: 2, col: 6, value: { day }, style: { numberFormat: 'yyyy"年"m"月"d"日"' } },
      { row: 2, col: 7, value: { formula: '=SUM(A2:B2)' } },
      { row: 2, col: 8, value: null, style: { fill: 'DDEBF7', border: true } },
      { row: 2, col: 9, value: '', style: { wrap: true, vertical: 'bottom', horizontal: 'left' } },
      ...TRICKY.map((t, i) => ({ row: 14 + i, col: 1, value: t })),
      { row: 14, col: 2, value: '不换行', style: { wrap: false, bold: false } },
    ],
    merges: ['A1:C1', 'H2:I2'],
    widths: [9, 20, 12.5, 8, 14, 16, 10],
    rowHeights: { 1: 30, 30: 18 },
    hiddenCols: [7, 12],
    freezeRows: 3,
    tables: [
      {
        name: '测试表',
        headerRow: 3,
        firstCol: 1,
        columns: [
          { header: '编号', width: 6 },
          { header: '金额', numberFormat: '0.0' },
          { header: '说明', wrap: true },
          { header: '结果', list: ['合格', '不合格'], strict: true },
          { header: '备注', list: ['甲', '乙, "丙"'] },
          { header: '日期', numberFormat: 'yyyy/m/d' },
        ],
        rows: [
          [1, 12.34, '第一条\n两行', '合格', null, { day }],
          [2, { formula: '=B4*2' }, '=不是公式', '不合格', '甲', { day: day + 1 }],
        ],
        style: 'TableStyleLight9',
        headerStyle: { bold: true, fill: '1F6F4A', fontColor: 'FFFFFF' },
        formatRows: 8,
      },
      { name: '空表', headerRow: 3, firstCol: 9, columns: [{ header: '甲' }, { header: '乙' }], rows: [], style: null },
    ],
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: [3, 3],
      area: 'A3:F12',
      rowBreaks: [8, 12],
      centerHorizontally: true,
      margins: { top: 0.5, bottom: 0.6, left: 0.4, right: 0.45 },
    },
    lists: [
      { range: 'K2', values: ['是', '否'], strict: true, title: '确认' },
      { range: 'K4:K6', values: ['一', '二'], title: '等级' },
    ],
  };
  const second: SheetPlan = {
    name: '第二页',
    cells: [{ row: 1, col: 1, value: '只有一格' }],
    tables: [],
    print: { paper: 'A4', orientation: 'portrait' },
  };
  return [first, second];
}
