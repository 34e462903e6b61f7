import { dayFromYMD } from '../../src/rules/days';
import { TABLES, parseWorkbook, type RawWorkbook } from '../../src/records';
import * as h from './helpers';

const parse = (raw: RawWorkbook) => parseWorkbook(raw);
const diagsOf = (raw: RawWorkbook, table: string) => parse(raw).diagnostics.filter((d) => d.table === table);

describe('tables present or missing', () => {
  test('every table present, one good row each', () => {
    const r = parse(
      h.workbook({
        meetings: [h.MEETING],
        talks: [h.TALK],
        interviews: [h.INTERVIEW],
        activities: [h.ACTIVITY],
        dormVisits: [h.DORM_VISIT],
        parentContacts: [h.PARENT_CONTACT],
      }),
    );
    expect(Object.values(r.present).every(Boolean)).toBe(true);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.meetings).toEqual([
      { row: 4, date: dayFromYMD(2026, 9, 8), kind: '班会', topic: '开学第一课', expected: 6, present: 6 },
    ]);
    expect(r.talks).toEqual([{ row: 4, date: dayFromYMD(2026, 9, 10), students: [0], size: 1, minutes: 10 }]);
    expect(r.interviews).toEqual([
      { row: 4, date: dayFromYMD(2026, 9, 11), students: [1], size: 1, minutes: null, careType: '学习困难' },
    ]);
    expect(r.activities).toEqual([
      { row: 4, date: dayFromYMD(2026, 10, 1), name: '志愿服务', type: '志愿服务', advisorPresent: true },
    ]);
    expect(r.dormVisits).toEqual([
      { row: 4, date: dayFromYMD(2026, 9, 9), dorms: ['1-101'], all: false, reason: '检查卫生' },
    ]);
    expect(r.parentContacts).toEqual([
      { row: 4, date: dayFromYMD(2026, 9, 20), students: [0], method: '电话', reason: '节假日离校' },
    ]);
    expect(r.roster).toHaveLength(6);
    expect(r.roster[3]).toMatchObject({
      index: 3,
      row: 7,
      id: '2023004',
      name: '王五',
      dorm: '2-201',
      dormKey: '2-201',
    });
    expect(r.roster[5].dormKey).toBe('3号楼301');
  });

  test('a missing record table counts as zero rows (warning); 谈话记录表 only an info', () => {
    const r = parse(h.workbook({ meetings: [h.MEETING] }));
    expect(r.present).toMatchObject({ settings: true, roster: true, meetings: true, talks: false, interviews: false });
    const talks = r.diagnostics.find((d) => d.table === '谈心记录表');
    expect(talks).toMatchObject({ severity: 'warning', row: null });
    expect(talks?.message).toContain('不使用记录表……为不合格');
    expect(r.diagnostics.find((d) => d.table === '谈话记录表')?.severity).toBe('info');
    expect(r.talks).toEqual([]);
  });

  test('a missing roster is a warning', () => {
    const r = parse(h.workbook({ talks: [h.TALK] }, { roster: null }));
    expect(r.present.roster).toBe(false);
    expect(r.diagnostics.find((d) => d.table === '学生名册表')?.severity).toBe('warning');
    // names count for nobody, but the talk is still a complete row
    expect(r.talks).toEqual([expect.objectContaining({ students: [], size: 1 })]);
  });

  test('a table lacking a required column → one table-level error, no rows count', () => {
    const header = h.headerOf('meetings').filter((x) => x !== '日期');
    const raw = h.workbook({ meetings: h.table('meetings', header, [header.map(() => 'x')]) });
    const r = parse(raw);
    expect(r.meetings).toEqual([]);
    const ds = r.diagnostics.filter((d) => d.table === '班会记录表');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'error', row: null, column: '日期' });
    expect(ds[0].message).toContain('班会记录表缺少必填列“日期”，请在任务窗格中点击“创建/修复记录表”补上该列');
  });

  test('a missing optional column is an info and defaults apply', () => {
    const header = h.headerOf('meetings').filter((x) => x !== '类型' && x !== '编号');
    const row = header.map((x) => (h.MEETING as Record<string, unknown>)[x] ?? '');
    const r = parse(h.workbook({ meetings: h.table('meetings', header, [row]) }));
    expect(r.meetings).toEqual([expect.objectContaining({ kind: '班会' })]);
    expect(r.diagnostics.find((d) => d.table === '班会记录表')).toMatchObject({ severity: 'info', column: '类型' });
  });

  test('header tolerance: order, whitespace, full/half width, extra columns', () => {
    const header = ['我的备注', ' 谈心内容 ', '时长(分钟)', '日 期', '地点', '姓名\u3000'];
    const raw = h.workbook({
      talks: h.table('talks', header, [['随便写', '学习', '10分钟', '2026/9/10', '办公室', '李四']]),
    });
    const r = parse(raw);
    expect(r.talks).toEqual([{ row: 4, date: dayFromYMD(2026, 9, 10), students: [1], size: 1, minutes: 10 }]);
  });

  test('the worksheet row number follows headerRow', () => {
    const raw = h.workbook({
      meetings: h.table('meetings', h.headerOf('meetings'), [h.rowOf('meetings', { ...h.MEETING, 地点: '' })], 10),
    });
    expect(diagsOf(raw, '班会记录表')[0].row).toBe(11);
  });
});

describe('内容齐全', () => {
  test('one error per incomplete row listing every missing field', () => {
    const raw = h.workbook({ meetings: [h.MEETING, { ...h.MEETING, 日期: '', 地点: '  ' }] });
    const r = parse(raw);
    expect(r.meetings).toHaveLength(1);
    const ds = r.diagnostics.filter((d) => d.table === '班会记录表');
    expect(ds).toEqual([
      {
        table: '班会记录表',
        row: 5,
        column: '日期',
        severity: 'error',
        message: '班会记录表第5行缺少：日期、地点。该行暂不计入，请补全。',
      },
    ]);
  });

  test('every required field of every table is checked', () => {
    const good: Record<string, Record<string, unknown>> = {
      meetings: h.MEETING,
      talks: h.TALK,
      interviews: h.INTERVIEW,
      activities: h.ACTIVITY,
      dormVisits: h.DORM_VISIT,
      parentContacts: h.PARENT_CONTACT,
    };
    for (const [key, row] of Object.entries(good)) {
      const spec = TABLES[key as keyof typeof TABLES];
      for (const col of spec.columns.filter((c) => c.required)) {
        const r = parse(h.workbook({ [key]: [{ ...row, [col.header]: '' }] }));
        const ds = r.diagnostics.filter((d) => d.table === spec.table && d.severity === 'error');
        expect(ds).toHaveLength(1);
        expect(ds[0].message).toBe(`${spec.table}第4行缺少：${col.header}。该行暂不计入，请补全。`);
        expect((r as unknown as Record<string, unknown[]>)[key]).toEqual([]);
      }
    }
  });

  test('班会 with 实到 < 应到 requires 未到名单及原因', () => {
    const raw = h.workbook({
      meetings: [
        { ...h.MEETING, 实到人数: 5 },
        { ...h.MEETING, 实到人数: 5, 未到名单及原因: '王五病假' },
      ],
    });
    const r = parse(raw);
    expect(r.meetings.map((m) => m.row)).toEqual([5]);
    const d = r.diagnostics.find((x) => x.table === '班会记录表');
    expect(d).toMatchObject({ row: 4, severity: 'error', column: '未到名单及原因' });
    expect(d?.message).toContain('未到名单及原因');
  });

  test('实到人数 > 应到人数 is an error', () => {
    const r = parse(h.workbook({ meetings: [{ ...h.MEETING, 实到人数: 7 }] }));
    expect(r.meetings).toEqual([]);
    const d = r.diagnostics.find((x) => x.table === '班会记录表');
    expect(d).toMatchObject({ row: 4, severity: 'error', column: '实到人数' });
    expect(d?.message).toContain('多于应到人数');
  });

  test('走访宿舍 with 发现问题 requires 处理情况', () => {
    const raw = h.workbook({
      dormVisits: [
        { ...h.DORM_VISIT, 发现问题: '违规电器' },
        { ...h.DORM_VISIT, 发现问题: '违规电器', 处理情况: '已没收' },
      ],
    });
    const r = parse(raw);
    expect(r.dormVisits.map((v) => v.row)).toEqual([5]);
    const d = r.diagnostics.find((x) => x.table === '走访宿舍记录表');
    expect(d).toMatchObject({ row: 4, severity: 'error', column: '处理情况' });
    expect(d?.message).toContain('如果发现问题，应及时解决');
  });

  test('fully blank rows and rows with only the seq column are ignored silently', () => {
    const blank = h.headerOf('talks').map(() => '');
    const raw = h.workbook({
      talks: h.table('talks', h.headerOf('talks'), [
        blank,
        [7, '', '', '', '', ''],
        [null, undefined, ' ', '\u3000', { formula: 'A1' }, { richText: [] }],
        [],
        h.rowOf('talks', h.TALK),
      ]),
    });
    const r = parse(raw);
    expect(r.talks.map((t) => t.row)).toEqual([8]);
    expect(r.diagnostics.filter((d) => d.table === '谈心记录表')).toEqual([]);
  });

  test('unreadable cells: one error each, saying where, and the row is not counted', () => {
    const raw = h.workbook({
      talks: [
        { ...h.TALK, 日期: '#N/A' },
        { ...h.TALK, '时长（分钟）': { error: '#VALUE!' } },
        { ...h.TALK, 日期: '2026-02-30' },
        { ...h.TALK, 地点: { some: 'object' } },
        { ...h.TALK, 日期: '9月1日' },
      ],
    });
    const r = parse(raw);
    expect(r.talks.map((t) => t.row)).toEqual([8]);
    const ds = r.diagnostics.filter((d) => d.table === '谈心记录表');
    expect(ds.map((d) => [d.row, d.column, d.severity])).toEqual([
      [4, '日期', 'error'],
      [5, '时长（分钟）', 'error'],
      [6, '日期', 'error'],
      [7, '地点', 'error'],
    ]);
    expect(ds[0].message).toContain('谈心记录表第4行“日期”列');
    expect(ds[0].message).toContain('#N/A');
    expect(ds[2].message).toContain('2026-02-30');
  });

  test('year-less dates without 学年度 are errors mentioning 学年度', () => {
    const raw = h.workbook(
      { talks: [{ ...h.TALK, 日期: '9月10日' }] },
      { settings: { 班级: 'A', 班主任: 'B', 学期: 1 } },
    );
    const r = parse(raw);
    expect(r.talks).toEqual([]);
    expect(r.diagnostics.find((d) => d.table === '谈心记录表')?.message).toContain('学年度');
  });

  test('year-less dates with 学年度 take the academic year', () => {
    const raw = h.workbook({
      talks: [
        { ...h.TALK, 日期: '9月10日' },
        { ...h.TALK, 日期: '3/10' },
      ],
    });
    expect(parse(raw).talks.map((t) => t.date)).toEqual([dayFromYMD(2026, 9, 10), dayFromYMD(2027, 3, 10)]);
  });

  test('1904 date system', () => {
    const raw = h.workbook({ talks: [{ ...h.TALK, 日期: 46275 - 1462 }] }, { date1904: true });
    expect(parse(raw).talks[0].date).toBe(dayFromYMD(2026, 9, 10));
  });
});

describe('names', () => {
  const talkWith = (names: unknown) => parse(h.workbook({ talks: [{ ...h.TALK, 姓名: names }] }));

  test.each([
    '艾力·买买提',
    '艾力・买买提',
    '艾力•买买提',
    '艾力‧买买提',
    '艾力．买买提',
    '艾力 · 买买提',
    '艾力　·　买买提',
    '　艾力·买买提　',
  ])('%s matches the roster’s 艾力·买买提', (name) => {
    const r = talkWith(name);
    expect(r.talks[0]).toMatchObject({ students: [2], size: 1 });
    expect(r.diagnostics.filter((d) => d.table === '谈心记录表')).toEqual([]);
  });

  test('学号 first (numeric cells too), then 姓名', () => {
    // 王五 is ambiguous by name, but 2023004 (a number in the roster) and 2023005 are not.
    expect(talkWith('2023004').talks[0].students).toEqual([3]);
    expect(talkWith(2023005).talks[0].students).toEqual([4]);
    // A token that is somebody's 学号 wins over a student named like it.
    const raw = h.workbook(
      { talks: [{ ...h.TALK, 姓名: '2023001' }] },
      {
        roster: [
          { 学号: '2023001', 姓名: '甲' },
          { 学号: '9', 姓名: '2023001' },
        ],
      },
    );
    expect(parse(raw).talks[0].students).toEqual([0]);
  });

  test('a 姓名 twice in the roster is ambiguous: warning, counts for nobody', () => {
    const r = talkWith('王五');
    expect(r.talks[0]).toMatchObject({ students: [], size: 1 });
    const d = r.diagnostics.find((x) => x.table === '谈心记录表');
    expect(d).toMatchObject({ severity: 'warning', row: 4, column: '姓名' });
    expect(d?.message).toContain('学号');
    expect(r.diagnostics.find((x) => x.table === '学生名册表')?.message).toContain('王五');
  });

  test('an unknown name is a warning and counts for nobody', () => {
    const r = talkWith('陈七');
    expect(r.talks[0]).toMatchObject({ students: [], size: 1 });
    const d = r.diagnostics.find((x) => x.table === '谈心记录表');
    expect(d).toMatchObject({ severity: 'warning', row: 4, column: '姓名' });
    expect(d?.message).toContain('陈七');
    expect(d?.message).toContain('不在学生名册中');
  });

  test('group talks: tokens, distinct people, size', () => {
    const r = talkWith('张三、李四，艾力 · 买买提;陈七/张三\n2023001 赵 六');
    expect(r.talks[0].students).toEqual([0, 1, 2, 5]);
    expect(r.talks[0].size).toBe(5); // 张三 (also as 2023001), 李四, 艾力·买买提, 陈七, 赵六
    expect(talkWith('张三、李四、王五').talks[0]).toMatchObject({ students: [0, 1], size: 3 });
    const nine = Array.from({ length: 9 }, (_, i) => `学生${i}`).join('、');
    expect(talkWith(nine).talks[0].size).toBe(9);
  });

  test('a names cell holding only separators is missing', () => {
    const r = talkWith('、、');
    expect(r.talks).toEqual([]);
    expect(r.diagnostics.find((d) => d.table === '谈心记录表')?.message).toContain('缺少：姓名');
  });

  test('interviews and parent contacts resolve names the same way', () => {
    const r = parse(
      h.workbook({
        interviews: [{ ...h.INTERVIEW, 学生姓名: '艾力•买买提、张三', '时长（分钟）': '半小时' }],
        parentContacts: [{ ...h.PARENT_CONTACT, 学生姓名: '2023005' }],
      }),
    );
    expect(r.interviews[0]).toMatchObject({ students: [0, 2], size: 2, minutes: 30 });
    expect(r.parentContacts[0].students).toEqual([4]);
  });
});

describe('roster', () => {
  test('blank rows ignored, rows without 姓名 reported, duplicate 学号 is an error naming both rows', () => {
    const raw = h.workbook(
      {},
      {
        roster: [{ 学号: 'S1', 姓名: '甲' }, {}, { 学号: 'S2', 宿舍: '1-1' }, { 学号: 'S1', 姓名: '乙' }],
      },
    );
    const r = parse(raw);
    expect(r.roster.map((s) => [s.index, s.name, s.row])).toEqual([
      [0, '甲', 4],
      [1, '乙', 7],
    ]);
    const ds = r.diagnostics.filter((d) => d.table === '学生名册表');
    expect(ds.find((d) => d.row === 6)?.message).toContain('缺少：姓名');
    const dup = ds.find((d) => d.row === 7);
    expect(dup).toMatchObject({ severity: 'error', column: '学号' });
    expect(dup?.message).toContain('第7行');
    expect(dup?.message).toContain('第4行');
    // the duplicate 学号 counts for nobody
    const t = parse(
      h.workbook(
        { talks: [{ ...h.TALK, 姓名: 'S1' }] },
        {
          roster: [
            { 学号: 'S1', 姓名: '甲' },
            { 学号: 'S1', 姓名: '乙' },
          ],
        },
      ),
    );
    expect(t.talks[0].students).toEqual([]);
  });

  test('an empty roster is a warning', () => {
    const r = parse(h.workbook({}, { roster: [] }));
    expect(r.diagnostics.find((d) => d.table === '学生名册表')?.severity).toBe('warning');
  });
});

describe('dorm visits', () => {
  test('全部 / 所有宿舍 / 全部宿舍 mean every dorm', () => {
    const r = parse(
      h.workbook({
        dormVisits: [
          { ...h.DORM_VISIT, 走访宿舍: '全部' },
          { ...h.DORM_VISIT, 走访宿舍: '所有宿舍' },
          { ...h.DORM_VISIT, 走访宿舍: ' 全部宿舍 ' },
        ],
      }),
    );
    expect(r.dormVisits.map((v) => [v.all, v.dorms])).toEqual([
      [true, []],
      [true, []],
      [true, []],
    ]);
  });

  test('several dorms, normalised; unknown dorms warn but are kept', () => {
    const r = parse(h.workbook({ dormVisits: [{ ...h.DORM_VISIT, 走访宿舍: '1-101、１－１０２，3号楼 301 9-999' }] }));
    expect(r.dormVisits[0].dorms).toEqual(['1-101', '1-102', '3号楼301', '9-999']);
    const ds = r.diagnostics.filter((d) => d.table === '走访宿舍记录表');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', row: 4, column: '走访宿舍' });
    expect(ds[0].message).toContain('9-999');
  });

  test('without roster dorms any dorm is accepted silently', () => {
    const r = parse(h.workbook({ dormVisits: [{ ...h.DORM_VISIT, 走访宿舍: 'A1' }] }, { roster: [{ 姓名: '甲' }] }));
    expect(r.dormVisits[0].dorms).toEqual(['A1']);
    expect(r.diagnostics.filter((d) => d.table === '走访宿舍记录表')).toEqual([]);
  });
});

describe('choices', () => {
  test('班会记录表.类型: blank → 班会; 班委会; others are errors', () => {
    const r = parse(
      h.workbook({
        meetings: [
          { ...h.MEETING, 类型: '' },
          { ...h.MEETING, 类型: '班委会' },
          { ...h.MEETING, 类型: ' 班 会 ' },
          { ...h.MEETING, 类型: '座谈会' },
        ],
      }),
    );
    expect(r.meetings.map((m) => m.kind)).toEqual(['班会', '班委会', '班会']);
    const d = r.diagnostics.find((x) => x.table === '班会记录表');
    expect(d).toMatchObject({ row: 7, column: '类型', severity: 'error' });
    expect(d?.message).toContain('班委会');
  });

  test('班级活动登记表.班主任参加: blank → 是; 否; TRUE/FALSE; 参加/未参加; others are errors', () => {
    const r = parse(
      h.workbook({
        activities: [
          { ...h.ACTIVITY },
          { ...h.ACTIVITY, 班主任参加: '否' },
          { ...h.ACTIVITY, 班主任参加: true },
          { ...h.ACTIVITY, 班主任参加: false },
          { ...h.ACTIVITY, 班主任参加: '参加' },
          { ...h.ACTIVITY, 班主任参加: '未参加' },
          { ...h.ACTIVITY, 班主任参加: '也许' },
        ],
      }),
    );
    expect(r.activities.map((a) => a.advisorPresent)).toEqual([true, false, true, false, true, false]);
    expect(r.diagnostics.find((x) => x.table === '班级活动登记表')).toMatchObject({ row: 10, column: '班主任参加' });
  });

  test('non-strict choices accept any text', () => {
    const r = parse(
      h.workbook({
        dormVisits: [{ ...h.DORM_VISIT, 事由: '送温暖' }],
        parentContacts: [{ ...h.PARENT_CONTACT, 联系方式: 'QQ', 事由: '生日' }],
      }),
    );
    expect(r.dormVisits[0].reason).toBe('送温暖');
    expect(r.parentContacts[0]).toMatchObject({ method: 'QQ', reason: '生日' });
  });
});

describe('exceljs cells', () => {
  test('objects, Dates and formulas are read like plain values', () => {
    const raw = h.workbook({
      talks: [
        {
          序号: { formula: 'ROW()-3', result: 1 },
          姓名: { richText: [{ text: '张' }, { text: '三' }] },
          日期: new Date(Date.UTC(2026, 8, 10)),
          地点: { text: '办公室', hyperlink: 'https://example.org' },
          '时长（分钟）': { sharedFormula: 'E4', result: 15 },
          谈心内容: { formula: '"学"&"习"', result: '学习' },
        },
      ],
    });
    const r = parse(raw);
    expect(r.talks).toEqual([{ row: 4, date: dayFromYMD(2026, 9, 10), students: [0], size: 1, minutes: 15 }]);
  });
});

describe('robustness', () => {
  test('garbage workbook shapes never throw', () => {
    for (const raw of [
      {},
      { tables: null },
      { tables: { meetings: { values: null } } },
      { tables: { meetings: { values: [null, 5, 'x', [1]], headerRow: NaN } } },
      { tables: { talks: { values: [h.headerOf('talks'), 'not a row', [1, 2, 3, 4, 5, 6, 7, 8]] } } },
    ]) {
      expect(() => parseWorkbook(raw as unknown as RawWorkbook)).not.toThrow();
    }
  });
});
