// Each form reader on its own: a prepared table in, records and the table's diagnostics out.
import type { Diagnostic, RecordTableKey } from '../../src/rules/model';
import { dayFromYMD } from '../../src/rules/days';
import { FORM_READERS, type FormContext } from '../../src/records/forms';
import { buildLookup } from '../../src/records/resolve';
import { readRoster } from '../../src/records/roster';
import { prepareTable } from '../../src/records/rows';
import type { TableKey } from '../../src/records';
import {
  ACTIVITY,
  DORM_VISIT,
  INTERVIEW,
  MEETING,
  PARENT_CONTACT,
  TALK,
  headerOf,
  ROSTER,
  rowOf,
  table,
} from './helpers';

function prepared(key: TableKey, rows: Array<Record<string, unknown>>, header = headerOf(key)) {
  const diags: Diagnostic[] = [];
  const t = prepareTable(
    key,
    table(
      key,
      header,
      rows.map((r) => (header === headerOf(key) ? rowOf(key, r) : header.map((h) => r[h] ?? ''))),
    ),
    diags,
  );
  return { t, diags };
}

function context(): FormContext {
  const roster = readRoster(prepared('roster', ROSTER).t!);
  return { dates: { date1904: false, academicYear: 2026 }, lookup: buildLookup(roster) };
}

function read<K extends RecordTableKey>(key: K, rows: Array<Record<string, unknown>>) {
  const { t, diags } = prepared(key, rows);
  const records = FORM_READERS[key](t!, context());
  return { records, diags };
}

const day = (m: number, d: number) => dayFromYMD(2026, m, d);

describe('one reader per record table', () => {
  test('the table of readers covers exactly the six record tables', () => {
    expect(Object.keys(FORM_READERS).sort()).toEqual(
      ['activities', 'dormVisits', 'interviews', 'meetings', 'parentContacts', 'talks'].sort(),
    );
  });

  test('meetings: synonyms of the type; more present than expected is an error', () => {
    const { records, diags } = read('meetings', [
      { ...MEETING, 类型: '班干部会议' },
      { ...MEETING, 实到人数: 7 },
    ]);
    expect(records).toEqual([
      { row: 4, date: day(9, 8), kind: '班委会', topic: '开学第一课', expected: 6, present: 6 },
    ]);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ row: 5, column: '实到人数', severity: 'error' });
    expect(diags[0].message).toContain('多于应到人数');
  });

  test('talks: names resolve against the roster; the row needs 时长', () => {
    const { records, diags } = read('talks', [
      { ...TALK, 姓名: '张三、2023002' },
      { ...TALK, '时长（分钟）': '' },
    ]);
    expect(records).toEqual([{ row: 4, date: day(9, 10), students: [0, 1], size: 2, minutes: 10 }]);
    expect(diags.map((d) => [d.row, d.severity])).toEqual([[5, 'error']]);
    expect(diags[0].message).toContain('时长');
  });

  test('interviews: 时长 may be blank', () => {
    const { records, diags } = read('interviews', [{ ...INTERVIEW }]);
    expect(records).toEqual([
      { row: 4, date: day(9, 11), students: [1], size: 1, minutes: null, careType: '学习困难' },
    ]);
    expect(diags).toEqual([]);
  });

  test('activities: a blank 班主任参加 means 是, 否 means not present', () => {
    const { records } = read('activities', [{ ...ACTIVITY }, { ...ACTIVITY, 班主任参加: '否' }]);
    expect(records.map((a) => a.advisorPresent)).toEqual([true, false]);
  });

  test('dorm visits: 全部, dorms outside the roster warned; a problem needs its handling', () => {
    const { records, diags } = read('dormVisits', [
      { ...DORM_VISIT, 走访宿舍: '全部' },
      { ...DORM_VISIT, 走访宿舍: '1-101、9-999' },
      { ...DORM_VISIT, 发现问题: '有人吸烟' },
    ]);
    expect(records.map((v) => [v.dorms, v.all])).toEqual([
      [[], true],
      [['1-101', '9-999'], false],
    ]);
    expect(diags.map((d) => [d.row, d.severity])).toEqual([
      [5, 'warning'],
      [6, 'error'],
    ]);
    expect(diags[1].message).toContain('处理情况');
  });

  test('parent contacts: an unknown name is warned and counts nobody', () => {
    const { records, diags } = read('parentContacts', [{ ...PARENT_CONTACT, 学生姓名: '张三、钱八' }]);
    expect(records).toEqual([{ row: 4, date: day(9, 20), students: [0], method: '电话', reason: '节假日离校' }]);
    expect(diags).toHaveLength(1);
    expect(diags[0].message).toContain('“钱八”不在学生名册中');
  });
});

describe('the roster reader', () => {
  function roster(students: Array<Record<string, unknown>>) {
    const { t, diags } = prepared('roster', students);
    return { students: readRoster(t!), diags };
  }

  test('a duplicate 学号 is an error but the student stays on the roster', () => {
    const { students, diags } = roster([
      { 学号: '1', 姓名: '张三' },
      { 学号: '1', 姓名: '李四' },
    ]);
    expect(students.map((s) => [s.index, s.row, s.name])).toEqual([
      [0, 4, '张三'],
      [1, 5, '李四'],
    ]);
    expect(diags).toEqual([
      expect.objectContaining({
        row: 5,
        column: '学号',
        severity: 'error',
        message: expect.stringContaining('与第4行重复'),
      }),
    ]);
    expect(diags[0].message).not.toContain('暂不计入');
  });

  test('a row without 姓名 is no student; an unreadable side column is a warning', () => {
    const { students, diags } = roster([
      { 学号: '1', 姓名: '' },
      { 学号: '2', 姓名: '李四', 宿舍: '#REF!' },
    ]);
    expect(students.map((s) => [s.index, s.name, s.dorm])).toEqual([[0, '李四', '']]);
    expect(diags.map((d) => [d.row, d.column, d.severity])).toEqual([
      [4, '姓名', 'error'],
      [5, '宿舍', 'warning'],
    ]);
  });

  test('the same name twice is noted once; an empty roster is warned', () => {
    expect(roster([{ 姓名: '王五' }, { 姓名: '王五' }]).diags).toEqual([
      expect.objectContaining({
        row: 5,
        severity: 'info',
        message: expect.stringContaining('第4、5行的姓名都是“王五”'),
      }),
    ]);
    expect(roster([]).diags).toEqual([expect.objectContaining({ severity: 'warning', row: null })]);
  });
});
