// The record form's model and the verdict shown before 添加记录: the judge's own reader decides, on the
// documents' own sentences (“每次谈心不少于5分钟”, “集体谈心…学生人数不能超过8人”).
import type { RawWorkbook } from '../../src/records/schema';
import { TABLES } from '../../src/records/schema';
import { dayFromYMD } from '../../src/rules/days';
import {
  FORM_KEYS,
  formFields,
  initialValues,
  missingRequired,
  toInput,
  withCandidate,
} from '../../src/taskpane/entry/form';
import { verdict } from '../../src/taskpane/entry/verdict';
import { createWorkbook, read } from '../../src/xlsx';

const NAMES = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨磊', '赵敏', '黄强', '周杰', '吴刚'];
let raw: RawWorkbook;

beforeAll(async () => {
  const wb = await createWorkbook(
    { className: '会计2301', academicYear: '2026-2027', semester: 1, semesterStart: dayFromYMD(2026, 9, 7) },
    {
      roster: NAMES.map((name, i) => ({ id: `2301${String(i + 1).padStart(2, '0')}`, name, dorm: `${101 + (i % 3)}` })),
      talks: [{ names: '张伟', date: { day: dayFromYMD(2026, 9, 10) }, place: '办公室', minutes: 10, content: '学习' }],
    },
  );
  raw = read(wb).raw;
});

const talk = (names: string, minutes: string) =>
  toInput('talks', { ...initialValues('talks', '2026-09-21'), names, place: '办公室', minutes, content: '谈心' });

test('every form shows its columns in the schema’s (paper form’s) order, without 序号/编号 or signatures', () => {
  expect(FORM_KEYS.map((k) => TABLES[k].sheet)).toEqual([
    '班会记录',
    '谈心记录',
    '谈话记录',
    '班级活动',
    '走访宿舍',
    '联系家长',
  ]);
  expect(formFields('talks').map((c) => c.header)).toEqual(['姓名', '日期', '地点', '时长（分钟）', '谈心内容']);
  expect(formFields('meetings').map((c) => c.header)).not.toContain('班长签字');
});

test('the date starts on today; required fields left empty are named', () => {
  const v = initialValues('dormVisits', '2026-10-08');
  expect(v.date).toBe('2026-10-08');
  expect(missingRequired('dormVisits', v)).toEqual(['走访宿舍', '事由']);
});

test('typed text becomes a record: ISO date → day, minutes → number', () => {
  expect(talk('张伟', '12')).toEqual({
    names: '张伟',
    date: { day: dayFromYMD(2026, 9, 21) },
    place: '办公室',
    minutes: 12,
    content: '谈心',
  });
});

test('a second talk with 张伟 counts as his 2nd', () => {
  expect(verdict(raw, 'talks', talk('张伟', '10'))).toEqual({ counts: true, text: '将计入：张伟 谈心第2次' });
  expect(verdict(raw, 'talks', talk('李娜、王芳', '10')).text).toBe('将计入：李娜 谈心第1次、王芳 谈心第1次');
});

test('“每次谈心不少于5分钟”: 4 minutes will not count, and the reason says so', () => {
  const v = verdict(raw, 'talks', talk('张伟', '4'));
  expect(v.counts).toBe(false);
  expect(v.text).toMatch(/^不会计入：.*少于5分钟/);
});

test('“学生人数不能超过8人”: a group of 9 will not count', () => {
  const v = verdict(raw, 'talks', talk(NAMES.slice(0, 9).join('、'), '30'));
  expect(v.counts).toBe(false);
  expect(v.text).toMatch(/不会计入：.*不能超过8人/);
  expect(verdict(raw, 'talks', talk(NAMES.slice(0, 8).join('、'), '30')).counts).toBe(true);
});

test('a record with a required field missing will not count', () => {
  const input = toInput('talks', { ...initialValues('talks', '2026-09-21'), names: '张伟', minutes: '10' });
  expect(verdict(raw, 'talks', input).counts).toBe(false);
});

test('the candidate takes the fresh table’s blank row, or the next row', () => {
  const fresh = withCandidate(raw, 'meetings', { topic: 'x' });
  expect(fresh.row).toBe(4);
  expect(withCandidate(raw, 'talks', talk('张伟', '10')).row).toBe(5);
});

describe('roster pickers', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseWorkbook } = require('../../src/records/parse') as typeof import('../../src/records/parse');
  const { dormOptions, filterOptions, loadInitials, studentOptions } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/taskpane/entry/roster') as typeof import('../../src/taskpane/entry/roster');

  test('students are found by 姓名, 学号 and pinyin initials', async () => {
    const roster = parseWorkbook(raw).roster;
    const options = studentOptions(roster, await loadInitials());
    expect(filterOptions(options, '张').map((o) => o.value)).toEqual(['张伟']);
    expect(filterOptions(options, '230102').map((o) => o.value)).toEqual(['李娜']);
    expect(filterOptions(options, 'wf').map((o) => o.value)).toEqual(['王芳']);
    expect(filterOptions(options, '')).toHaveLength(NAMES.length);
  });

  test('dorms: 全部 first, then the roster’s dorms in order', () => {
    expect(dormOptions(parseWorkbook(raw).roster).map((o) => o.value)).toEqual(['全部', '101', '102', '103']);
  });
});
