// Reading print plans back in tests: cells by A1 address, the text of each printed page.
import { pagesOf, printedText, type PrintSheetPlan } from '../../src/plans/print';
import { parseCell } from '../../src/plans/print/a1';
import { ACTIVITY, DEFAULT_SETTINGS, INTERVIEW, MEETING, workbook } from '../records/helpers';

export function cellAt(plan: PrintSheetPlan, ref: string): string | undefined {
  const p = parseCell(ref)!;
  const c = plan.cells.find((x) => x.row === p.row && x.col === p.col);
  return c ? printedText(c.value) : undefined;
}

/** Each printed page's non-empty cell texts, in reading order. */
export function pageTexts(plan: PrintSheetPlan): string[][] {
  return pagesOf(plan).map((page) =>
    page.rows.flatMap((r) => r.cells.map((c) => printedText(c.cell.value)).filter((t) => t !== '')),
  );
}

/** A roster of n students 学生001… in dorms of four. */
export function bigRoster(n: number): Array<Record<string, unknown>> {
  return Array.from({ length: n }, (_, i) => ({
    学号: `S${String(i + 1).padStart(3, '0')}`,
    姓名: `学生${String(i + 1).padStart(3, '0')}`,
    宿舍: `${Math.floor(i / 4) + 1}-101`,
  }));
}

/** n one-to-one talks, one per student of bigRoster, on successive days from 2026-09-08. */
export function talksWorkbook(n: number) {
  const talks = Array.from({ length: n }, (_, i) => ({
    序号: i + 1,
    姓名: `学生${String(i + 1).padStart(3, '0')}`,
    日期: new Date(Date.UTC(2026, 8, 8 + i)).toISOString().slice(0, 10),
    地点: '办公室',
    '时长（分钟）': 10,
    谈心内容: `第${i + 1}次谈心`,
  }));
  return workbook({ talks }, { roster: bigRoster(Math.max(n, 1)) });
}

/** A class with every form filled: 2 班会, 1 谈话, 31 谈心 (two pages), 1 活动, 3 走访, 2 联系家长. */
export const LONG_TALK =
  '了解到该生近期因家庭原因情绪低落，上课注意力不集中，约定每周与辅导员沟通一次并关注其作业完成情况。';
export const LONG_MEETING =
  '一、传达学院关于安全教育的通知。'.repeat(3) +
  '\n' +
  '二、总结前阶段班级考勤与学风情况，表扬先进，指出存在的问题。'.repeat(6);

export function fullWorkbook() {
  const raw = talksWorkbook(31);
  const talks = raw.tables.talks!.values;
  talks[2][5] = LONG_TALK;
  const more = workbook(
    {
      meetings: [
        { ...MEETING, 编号: 1, 主题: '开学第一课', 实到人数: 5, 未到名单及原因: '王五（病假）', 补救措施: '会后传达' },
        { ...MEETING, 编号: 2, 日期: '2026-09-29', 主题: '国庆安全教育', 会议内容: LONG_MEETING },
      ],
      interviews: [{ ...INTERVIEW, 学生姓名: '学生002', 建议: '制定每周学习计划', 学生意见: '同意' }],
      activities: [ACTIVITY],
      dormVisits: [
        { 次数: 1, 日期: '2026-09-09', 走访宿舍: '1-101', 事由: '检查卫生' },
        { 次数: 2, 日期: '2026-09-23', 走访宿舍: '全部', 事由: '排查安全隐患', 发现问题: '插线板', 处理情况: '已收走' },
        { 次数: 3, 日期: '2026-10-07', 走访宿舍: '2-101', 事由: '检查缺勤' },
      ],
      parentContacts: [
        {
          学生姓名: '学生001',
          日期: '2026-09-30',
          家长姓名: '学生001家长',
          联系方式: '电话',
          事由: '节假日离校',
          结果: '家长同意',
        },
        {
          学生姓名: '学生003',
          日期: '2026-10-15',
          家长姓名: '学生003家长',
          联系方式: '微信',
          事由: '表现优秀报喜',
          结果: '家长感谢',
        },
      ],
    },
    { settings: { ...DEFAULT_SETTINGS, 专业: '大数据与会计' }, roster: null },
  );
  return { ...raw, tables: { ...raw.tables, ...more.tables } };
}
