// Print plans as data (SPEC §7.1 "Print the paper forms"; seed 004's forms): golden pages, page counts
// and page breaks at page boundaries.
import fc from 'fast-check';
import { MIN_SIZE, fitText } from '../../src/plans/print/fit';
import { MAX_PAGES, PAGE_HEIGHT_PT, PAGE_WIDTH_CHARS, pagesOf, printInput, printPlans } from '../../src/plans/print';
import { listSheet } from '../../src/plans/print/list';
import { meetingsSheet } from '../../src/plans/print/meetings';
import { interviewsSheet } from '../../src/plans/print/interviews';
import { activitiesSheet } from '../../src/plans/print/activities';
import { coverSheet } from '../../src/plans/print/cover';
import { talksSheet } from '../../src/plans/print/talks';
import { DORM_VISITS_FORM, dormVisitsSheet, parentContactsSheet } from '../../src/plans/print/visits';
import { ACTIVITY, INTERVIEW, MEETING, TALK, workbook } from '../records/helpers';
import { cellAt, pageTexts, talksWorkbook } from './helpers';

const TERM = '（2026—2027学年度第一学期）';

describe('one record per page', () => {
  test('a 班会 record → the exact cells of its page', () => {
    const raw = workbook({
      meetings: [{ ...MEETING, 编号: 7, 实到人数: 5, 未到名单及原因: '王五（病假）', 补救措施: '会后传达' }],
    });
    const plan = meetingsSheet(printInput(raw));
    expect(plan.name).toBe('打印-班会记录');
    expect(plan.pages).toBe(1);
    expect(plan.print.area).toBe('A2:D12');
    const expected: Record<string, string> = {
      A2: '编号：7',
      A3: '班会记录表',
      A4: TERM,
      A5: '主　　题',
      B5: '开学第一课',
      B6: '2026年9月8日',
      D6: '教学楼301',
      B7: '张三',
      D7: '李四',
      B8: '（应到：6人，实到：5人）',
      A9: '未到会名单、原因及补救措施',
      B9: '未到名单及原因：王五（病假）\n补救措施：会后传达',
      B10: '安全教育',
      A11: '班长、团支书签字',
      A12: '如有图片等其他材料，可另附页',
    };
    for (const [ref, text] of Object.entries(expected)) expect([ref, cellAt(plan, ref)]).toEqual([ref, text]);
    expect(cellAt(plan, 'B11')).toMatch(/^班长：\s*团支书：\s*年\s*月\s*日$/u);
    expect(plan.merges).toEqual(expect.arrayContaining(['B5:D5', 'B8:D8', 'B10:D10', 'B11:D11', 'A3:D3']));
  });

  test('meetings print in date order, one page each, every break at a page’s 编号 row; 班委会 is marked', () => {
    const raw = workbook({
      meetings: [
        { ...MEETING, 编号: 1, 日期: '2026-10-08', 主题: '十月' },
        { ...MEETING, 编号: 2, 日期: '2026-09-08', 主题: '九月', 类型: '班委会' },
      ],
    });
    const plan = meetingsSheet(printInput(raw));
    const pages = pageTexts(plan);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toEqual(expect.arrayContaining(['编号：2', '（班委会）九月', '2026年9月8日']));
    expect(pages[1]).toEqual(expect.arrayContaining(['编号：1', '十月', '2026年10月8日']));
    expect(plan.print.rowBreaks).toEqual([13]);
    expect(cellAt(plan, 'A13')).toBe('编号：1');
  });

  test('谈话记录表 and 班级活动登记表 carry their fields and signature lines', () => {
    const raw = workbook({ interviews: [{ ...INTERVIEW, 建议: '多问', 学生意见: '同意' }], activities: [ACTIVITY] });
    const iv = pageTexts(interviewsSheet(printInput(raw)))[0];
    expect(iv).toEqual(
      expect.arrayContaining(['编号：1', '谈话记录表', TERM, '李四', '会计2301', '2026年9月11日', '办公室', '李老师']),
    );
    expect(iv).toEqual(expect.arrayContaining(['谈话内容：\n学习计划', '谈话结论：\n按时交作业', '建　　议：\n多问']));
    expect(iv.some((t) => /^签名：\s*年\s*月\s*日$/u.test(t))).toBe(true);
    const act = pageTexts(activitiesSheet(printInput(raw)))[0];
    expect(act).toEqual(
      expect.arrayContaining(['班级活动登记表', '志愿服务', '2026年10月1日', '社区', '团支部', '张三']),
    );
    expect(act).toEqual(
      expect.arrayContaining(['活动内容及意义', '服务社区', '活动效果评价、建议', '良好', '班主任签字']),
    );
  });

  test('no record: one blank form to fill in by hand; an incomplete row is counted as skipped', () => {
    const raw = workbook({ meetings: [{ ...MEETING, 记录人: '' }] });
    const plan = meetingsSheet(printInput(raw));
    expect(plan.pages).toBe(1);
    expect(plan.skipped).toBe(1);
    expect(cellAt(plan, 'B8')).toBe('（应到：　　人，实到：　　人）');
    expect(cellAt(plan, 'B5')).toBe('');
  });
});

describe('list forms', () => {
  test.each([
    [0, 1],
    [1, 1],
    [30, 1],
    [31, 2],
    [61, 3],
  ])('%i talks → %i pages, breaks where a page starts', (n, pages) => {
    const plan = talksSheet(printInput(talksWorkbook(n)));
    expect(plan.pages).toBe(pages);
    expect(pagesOf(plan)).toHaveLength(pages);
    // Each page: heading (3 rows) + header + 30 lines, numbered on from the page before.
    expect(plan.print.rowBreaks).toEqual(Array.from({ length: pages - 1 }, (_, k) => 2 + 34 * (k + 1)));
    for (const [k, br] of plan.print.rowBreaks.entries()) {
      expect(cellAt(plan, `A${br}`)).toBe(`编号：${k + 2}`);
      expect(cellAt(plan, `A${br - 1}`)).toBe(String(30 * (k + 1)));
    }
    const texts = pageTexts(plan);
    for (let i = 0; i < n; i++) {
      const page = texts[Math.floor(i / 30)];
      expect(page).toContain(`学生${String(i + 1).padStart(3, '0')}`);
    }
  });

  test('a student’s two talks share a line; a third opens another; a group talk is on each line', () => {
    const raw = workbook({
      talks: [
        { ...TALK, 姓名: '张三', 日期: '2026-09-10', 谈心内容: '一' },
        { ...TALK, 姓名: '张三、李四', 日期: '2026-09-20', 谈心内容: '二' },
        { ...TALK, 姓名: '2023001', 日期: '2026-10-01', 谈心内容: '三' },
        { ...TALK, 姓名: '陌生人', 日期: '2026-10-02', 谈心内容: '四' },
      ],
    });
    const plan = talksSheet(printInput(raw));
    const line = (n: number) => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => cellAt(plan, `${c}${6 + n}`));
    expect(line(0)).toEqual(['1', '张三', '9月10日', '办公室', '一', '9月20日', '办公室', '二']);
    expect(line(1)).toEqual(['2', '李四', '9月20日', '办公室', '二', '', '', '']);
    expect(line(2)).toEqual(['3', '张三', '10月1日', '办公室', '三', '', '', '']);
    expect(line(3)).toEqual(['4', '陌生人', '10月2日', '办公室', '四', '', '', '']);
    expect(cellAt(plan, 'A6')).toBe('1');
  });

  test('走访宿舍 25 lines a page; 联系家长 30; problem and handling printed', () => {
    const visits = Array.from({ length: 26 }, (_, i) => ({
      日期: `2026-09-${String(8 + (i % 20)).padStart(2, '0')}`,
      走访宿舍: '1-101',
      事由: '检查卫生',
      发现问题: i === 0 ? '门锁坏' : '',
      处理情况: i === 0 ? '已报修' : '',
    }));
    const dv = dormVisitsSheet(printInput(workbook({ dormVisits: visits })));
    expect(dv.pages).toBe(2);
    expect(dv.print.rowBreaks).toEqual([2 + 4 + 25]);
    expect(pageTexts(dv)[0]).toEqual(
      expect.arrayContaining(['走访宿舍记录表', '检查卫生；发现问题：门锁坏', '已报修']),
    );
    const contact = {
      学生姓名: '张三',
      日期: '2026-09-12',
      家长姓名: '张父',
      联系方式: '电话',
      事由: '其他',
      结果: '好',
    };
    const pc = (n: number) => parentContactsSheet(printInput(workbook({ parentContacts: Array(n).fill(contact) })));
    expect([pc(30).pages, pc(31).pages]).toEqual([1, 2]);
    expect(pageTexts(pc(1))[0]).toEqual(
      expect.arrayContaining(['联系学生家长记录表', '学生家长姓名', '张三', '9月12日', '张父', '电话', '好']),
    );
  });
});

describe('every print sheet', () => {
  const raw = talksWorkbook(61);
  raw.tables.meetings = workbook({ meetings: [MEETING, MEETING] }).tables.meetings;
  const plans = printPlans(printInput(raw));

  test('is a new 打印- sheet marked as ours in A1, outside the print area', () => {
    expect(plans.map((p) => p.name)).toEqual([
      '打印-封面',
      '打印-班会记录',
      '打印-谈话记录',
      '打印-谈心记录',
      '打印-班级活动',
      '打印-走访宿舍',
      '打印-联系家长',
    ]);
    for (const p of plans) {
      expect(cellAt(p, 'A1')).toBe(p.marker);
      expect(p.print.area.startsWith('A2:')).toBe(true);
      expect(p.tables).toEqual([]);
      expect(p.print.paper).toBe('A4');
    }
  });

  test('fits A4: each page under the height budget, the columns under the width budget', () => {
    for (const p of plans) {
      expect(p.widths!.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PAGE_WIDTH_CHARS);
      for (const page of pagesOf(p)) {
        const h = page.rows.reduce((a, r) => a + (r.height ?? 15), 0);
        expect([p.name, h <= PAGE_HEIGHT_PT]).toEqual([p.name, true]);
      }
      expect(pagesOf(p)).toHaveLength(p.pages);
    }
  });

  test('a merged box has its border on every cell of the range', () => {
    for (const p of plans) {
      for (const m of p.merges ?? []) {
        const [a, b] = m.split(':');
        const row = Number(a.replace(/\D/gu, ''));
        const cols = [a, b].map((r) => r.replace(/\d/gu, '').charCodeAt(0) - 64);
        const inRange = p.cells.filter((c) => c.row === row && c.col >= cols[0] && c.col <= cols[1]);
        expect(inRange).toHaveLength(cols[1] - cols[0] + 1);
        const borders = new Set(inRange.map((c) => !!c.style?.border));
        expect(borders.size).toBe(1);
      }
    }
  });

  test('the cover carries 专业/班级/班主任 and the term; blanks stay blank without settings', () => {
    const cover = pageTexts(
      coverSheet(
        printInput(
          workbook(
            {},
            { settings: { 专业: '大数据与会计', 班级: '会计2301', 班主任: '李老师', 学年度: '2026-2027', 学期: 2 } },
          ),
        ),
      ),
    )[0];
    expect(cover).toEqual(
      expect.arrayContaining([
        '班主任工作职责及量化记录表',
        '（2026—2027学年度第二学期）',
        '专　业：',
        '大数据与会计',
        '会计2301',
        '李老师',
      ]),
    );
    const blank = pageTexts(coverSheet(printInput(workbook({}, { settings: null }))))[0];
    expect(blank).toContain('（20　　—20　　学年度第　　学期）');
  });
});

describe('text that does not fit its box', () => {
  const talk = (content: string) =>
    talksSheet(printInput(workbook({ talks: [{ ...TALK, 谈心内容: content }] }))).cells.find(
      (c) => c.row === 6 && c.col === 5,
    )!;

  test('short text keeps the form’s size; longer text is printed smaller; too long is counted and starts at the top', () => {
    expect(talk('学习').style?.size).toBe(9);
    const smaller = talk('学习方法与时间安排交流');
    expect(smaller.style!.size!).toBeLessThan(9);
    expect(smaller.style!.size!).toBeGreaterThanOrEqual(MIN_SIZE);
    const long = '了解到该生近期因家庭原因情绪低落，上课注意力不集中。'.repeat(3);
    expect(talk(long).style).toMatchObject({ size: MIN_SIZE, vertical: 'top' });
    expect(talksSheet(printInput(workbook({ talks: [{ ...TALK, 谈心内容: long }] }))).overflow).toBe(1);
  });

  test('fitText: more text never gets a larger size (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 50 }), (a, b) => {
        expect(fitText(a + b, 13, 20, 9).size).toBeLessThanOrEqual(fitText(a, 13, 20, 9).size);
      }),
    );
  });
});

describe('a sheet stays under Excel’s 1,026 manual page breaks', () => {
  test('one-record forms stop at MAX_PAGES pages and count what is left out', () => {
    const raw = workbook({ meetings: Array.from({ length: MAX_PAGES + 2 }, () => MEETING) });
    const plan = meetingsSheet(printInput(raw));
    expect([plan.pages, plan.omitted, plan.print.rowBreaks.length]).toEqual([MAX_PAGES, 2, MAX_PAGES - 1]);
  });

  test('list forms too', () => {
    const lines = Array.from({ length: MAX_PAGES * 25 + 3 }, () => ['9月8日', '1-101', '检查卫生', '']);
    const plan = listSheet(DORM_VISITS_FORM, printInput(workbook({})).records.settings, lines, 0);
    expect([plan.pages, plan.omitted]).toEqual([MAX_PAGES, 3]);
    expect(listSheet(DORM_VISITS_FORM, printInput(workbook({})).records.settings, lines.slice(0, 25), 0).omitted).toBe(
      0,
    );
  });
});
