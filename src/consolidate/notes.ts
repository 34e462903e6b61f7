// The 说明 sheet: ratio, quota per profile, date and the rules applied (SPEC §7.2). Row 1 holds the
// marker (consolidate/marker); the notes start on row 2.
import type { CellPlan, SheetPlan } from '../plans/model';
import { FLAG_DISMISS, FLAG_REWARD, FLAG_TOP_TEN } from '../rules/history';
import { TIE_NOTE } from '../rules/quota';
import { SHEETS } from './labels';
import { markerCell, MARKER_ROW_HEIGHT, summaryMarker } from './marker';
import type { Consolidation } from './types';

export function notesSheet(c: Consolidation): SheetPlan {
  const lines: Array<[string, string | number]> = [
    ['班主任工作量化考核汇总', ''],
    ['汇总日期', c.date],
    ['优秀比例', `${Math.round(c.ratio * 1000) / 10}%`],
    ['参加考核的班主任', c.assessed],
    ['优秀名额（合计）', c.quota],
    ...c.profiles.map((p): [string, string | number] => [
      `${p.profile}`,
      p.quota === null
        ? `${p.assessed}人；不计分，给出称职/不称职建议，优秀由系（部）德能勤绩考核认定`
        : `${p.assessed}人，优秀名额 ${p.quota} 个（= 向下取整(${c.ratio} × ${p.assessed})，不合格者也计入人数）`,
    ]),
    ['无法汇总的文件', c.errors.length],
    ['隐去个人信息（--mask）', c.mask ? '是：不含学号、学生和家长姓名、电话及自由文字，缺少名单只给人数' : '否'],
    ['', ''],
    ['规则', ''],
    [
      '班主任',
      '同一班主任（姓名相同且院系相同）的多个班级合并计算：任一班级不合格即不合格，否则得分为各班得分的平均值（保留一位小数）。',
    ],
    [
      '优秀名额',
      '名额 = 向下取整（优秀比例 × 参加考核的班主任人数），按考核规则分别计算；合格者按得分排名，前若干名为优秀，名额从不超出。',
    ],
    ['并列', `得分相同的班主任跨过名额线时，都不评为优秀，标记“${TIE_NOTE}”。`],
    ['重复班级', '同一班级同一学期的工作簿出现两次时，两份都不参加考核，列在“问题”表中。'],
    ['历史标记', `${FLAG_DISMISS}；${FLAG_REWARD}；${FLAG_TOP_TEN}。需用 --history 提供以前的汇总文件。`],
  ];
  const first = 2;
  const cells: CellPlan[] = [markerCell(SHEETS.notes)];
  lines.forEach(([k, v], i) => {
    if (k !== '')
      cells.push({
        row: first + i,
        col: 1,
        value: k,
        style: { bold: i === 0 || k === '规则', size: i === 0 ? 14 : undefined },
      });
    if (v !== '') cells.push({ row: first + i, col: 2, value: v, style: { wrap: true, vertical: 'top' } });
  });
  return {
    name: SHEETS.notes,
    marker: summaryMarker(SHEETS.notes),
    cells,
    widths: [24, 90],
    rowHeights: { 1: MARKER_ROW_HEIGHT },
    tables: [],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true },
  };
}
