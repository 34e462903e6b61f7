import { dayFromYMD } from '../../src/rules/days';
import { resolveParams } from '../../src/rules/params';
import { parseWorkbook } from '../../src/records';
import { settingsTable, table } from './helpers';

function settingsOf(entries: Record<string, unknown>, date1904 = false) {
  const r = parseWorkbook({ tables: { settings: settingsTable(entries) }, date1904 });
  return { s: r.settings, diags: r.diagnostics.filter((d) => d.table === '设置表') };
}

const BASE = { 班级: '会计2301', 班主任: '李老师', 学年度: '2026-2027', 学期: 1 };

describe('设置表', () => {
  test('a complete table', () => {
    const { s, diags } = settingsOf({
      模板版本: 1,
      学校: '某职业技术学院',
      院系: '财经学院',
      专业: '会计',
      ...BASE,
      学期开始日期: '2026-09-07',
      学期周数: 18,
      学年开始日期: 46235,
      考核规则: '阿克苏职院',
      学生类别: '中职',
      班主任类型: '专职',
      班级状态: '实习',
    });
    expect(diags).toEqual([]);
    expect(s).toEqual({
      templateVersion: 1,
      school: '某职业技术学院',
      department: '财经学院',
      major: '会计',
      className: '会计2301',
      advisor: '李老师',
      academicYear: 2026,
      semester: 1,
      semesterStart: dayFromYMD(2026, 9, 7),
      yearStart: dayFromYMD(2026, 8, 1),
      profile: '阿克苏职院',
      studentCategory: '中职',
      advisorType: '专职',
      classStatus: '实习',
      params: [{ key: '学期周数', value: 18, row: 13 }],
    });
  });

  test.each([
    '2026-2027',
    '2026—2027',
    '2026~2027',
    '2026～2027',
    '2026–2027',
    '2026-27',
    '2026至2027',
    '2026',
    2026,
    '2026-2027学年',
    ' 2026 - 2027 ',
  ])('学年度 %p', (v) => {
    const { s, diags } = settingsOf({ ...BASE, 学年度: v });
    expect(s.academicYear).toBe(2026);
    expect(diags).toEqual([]);
  });

  test('inconsistent 学年度 is a warning and the first year is used', () => {
    const { s, diags } = settingsOf({ ...BASE, 学年度: '2026-2028' });
    expect(s.academicYear).toBe(2026);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ severity: 'warning', row: 6, column: '值' });
    expect(diags[0].message).toContain('2026-2028');
  });

  test('unreadable 学年度 is a warning', () => {
    const { s, diags } = settingsOf({ ...BASE, 学年度: '今年' });
    expect(s.academicYear).toBeNull();
    expect(diags.some((d) => d.message.includes('今年'))).toBe(true);
    expect(diags.some((d) => d.message.includes('学年度') && d.row === null)).toBe(true);
  });

  test.each<[unknown, 1 | 2]>([
    [1, 1],
    [2, 2],
    ['1', 1],
    ['第一学期', 1],
    ['第二学期', 2],
    ['一', 1],
    ['二', 2],
    ['第1学期', 1],
    ['第2学期', 2],
    ['上学期', 1],
    ['下学期', 2],
    ['２', 2],
    ['2026-2027学年第二学期', 2],
  ])('学期 %p', (v, n) => {
    const { s, diags } = settingsOf({ ...BASE, 学期: v });
    expect(s.semester).toBe(n);
    expect(diags).toEqual([]);
  });

  test('unreadable 学期 is a warning', () => {
    const { s, diags } = settingsOf({ ...BASE, 学期: 3 });
    expect(s.semester).toBeNull();
    expect(diags.find((d) => d.row === 7)?.message).toContain('1 或 2');
  });

  test('dates in any form; year-less dates use 学年度; 1904', () => {
    expect(settingsOf({ ...BASE, 学期开始日期: '2026年9月7日' }).s.semesterStart).toBe(dayFromYMD(2026, 9, 7));
    expect(settingsOf({ ...BASE, 学期开始日期: new Date(Date.UTC(2026, 8, 7)) }).s.semesterStart).toBe(
      dayFromYMD(2026, 9, 7),
    );
    expect(settingsOf({ ...BASE, 学期开始日期: '3月1日' }).s.semesterStart).toBe(dayFromYMD(2027, 3, 1));
    expect(settingsOf({ ...BASE, 学期开始日期: 46272 - 1462 }, true).s.semesterStart).toBe(dayFromYMD(2026, 9, 7));
    const bad = settingsOf({ ...BASE, 学期开始日期: '2026-02-30' });
    expect(bad.s.semesterStart).toBeNull();
    expect(bad.diags[0].message).toContain('学期开始日期');
  });

  test('choices: unknown values warn and keep the default; aliases are read', () => {
    const { s, diags } = settingsOf({
      ...BASE,
      考核规则: '别的学院',
      学生类别: '本科',
      班主任类型: '临时',
      班级状态: '放假',
    });
    expect(s.profile).toBe('财经学院');
    expect(s.studentCategory).toBeNull();
    expect(s.advisorType).toBe('兼职');
    expect(s.classStatus).toBe('在校');
    expect(diags).toHaveLength(4);
    for (const d of diags) expect(d.severity).toBe('warning');
    expect(diags[0].message).toContain('财经学院、阿克苏职院');
    expect(settingsOf({ ...BASE, 考核规则: ' 阿克苏职业技术学院 ' }).s.profile).toBe('阿克苏职院');
    expect(settingsOf({ ...BASE, 学生类别: '高职' }).s.studentCategory).toBe('高职');
  });

  test('keys are normalised (whitespace, full width, trailing colon)', () => {
    const { s } = settingsOf({ ' 班 级 ': 'A班', '班主任：': '王老师', 学年度: '2026-2027', 学期: 2 });
    expect(s.className).toBe('A班');
    expect(s.advisor).toBe('王老师');
  });

  test('missing 班级/班主任/学年度/学期 → one warning naming them', () => {
    const { diags } = settingsOf({ 班级: '会计2301' });
    expect(diags).toHaveLength(1);
    expect(diags[0].severity).toBe('warning');
    expect(diags[0].message).toContain('班主任、学年度、学期');
    expect(diags[0].message).toContain('设置表');
  });

  test('parameter keys and unknown keys go to params for resolveParams (no duplicate warnings here)', () => {
    const { s, diags } = settingsOf({
      ...BASE,
      学期周数: '20周',
      优秀比例: '30%',
      神秘参数: 5,
      集体谈心人数上限: 'abc',
    });
    expect(diags).toEqual([]);
    expect(s.params).toEqual([
      { key: '学期周数', value: '20周', row: 8 },
      { key: '优秀比例', value: '30%', row: 9 },
      { key: '神秘参数', value: 5, row: 10 },
      { key: '集体谈心人数上限', value: 'abc', row: 11 },
    ]);
    const resolved = resolveParams(s.profile, s.params);
    expect(resolved.params.weeks).toBe(20);
    expect(resolved.diagnostics).toHaveLength(2);
  });

  test('the first occurrence of a key wins; the duplicate is a warning', () => {
    const { s, diags } = settingsOf({ ...BASE });
    expect(s.className).toBe('会计2301');
    const r = parseWorkbook({
      tables: {
        settings: table(
          'settings',
          ['项目', '值'],
          [
            ['班级', 'A'],
            ['班级', 'B'],
          ],
        ),
      },
      date1904: false,
    });
    expect(r.settings.className).toBe('A');
    expect(r.diagnostics.find((d) => d.row === 5)?.message).toContain('重复');
    expect(diags).toEqual([]);
  });

  test('a missing 设置表 is a warning and defaults apply', () => {
    const r = parseWorkbook({ tables: {}, date1904: false });
    expect(r.present.settings).toBe(false);
    expect(r.settings.profile).toBe('财经学院');
    expect(r.diagnostics.find((d) => d.table === '设置表')?.severity).toBe('warning');
  });
});
