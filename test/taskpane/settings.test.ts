// 设置与名册: the settings form's checks (records' own readers) and the pasted roster written in ONE
// append (≤ 2 syncs on the in-memory Excel).
import * as office from '../../src/excel';
import { dayFromYMD } from '../../src/rules/days';
import { appendAllInExcel } from '../../src/taskpane/settings/write';
import { checkSettings, loadSettings } from '../../src/taskpane/settings/form';
import { parseRosterPaste } from '../../src/taskpane/settings/paste';
import { FakeExcel } from '../support/fake-excel';

let fake: FakeExcel;
beforeEach(async () => {
  fake = new FakeExcel([{ name: 'Sheet1' }]);
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fake.ctx),
  };
  await office.ensure(fake.ctx, { className: '会计2301', academicYear: '2026-2027', semester: 1 });
});
afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

test('a pasted roster of 30 students is written in one append: ≤ 2 syncs, numbered rows, nothing else', async () => {
  const text = [
    '学号\t姓名',
    ...Array.from({ length: 30 }, (_, i) => `2301${String(i + 1).padStart(2, '0')}\t学生${i + 1}`),
  ].join('\n');
  const { add } = parseRosterPaste(text, []);
  fake.resetStats();
  expect(await appendAllInExcel('roster', add)).toMatchObject({ count: 30 });
  expect(fake.stats.syncs).toBeLessThanOrEqual(2);
  const { raw } = await office.read(fake.ctx);
  const [header, ...body] = raw.tables.roster!.values;
  const name = header.indexOf('姓名');
  expect(body.map((r) => r[name])).toEqual(add.map((r) => r.name));
});

test('the form reads back what the sheet holds and writes only the changed keys, typed', async () => {
  const { raw } = await office.read(fake.ctx);
  const loaded = loadSettings(raw);
  expect(loaded.text).toMatchObject({ 班级: '会计2301', 学年度: '2026-2027', 学期: '1', 学期周数: '18' });
  const c = checkSettings(raw, loaded, {
    ...loaded.text,
    学年度: '2027—2028学年',
    学期: '第二学期',
    学期开始日期: '2028年2月21日',
    班主任: '王老师',
  });
  expect(c.errors).toEqual({});
  expect(c.edits).toEqual([
    { key: '班主任', value: '王老师', expected: '' },
    { key: '学年度', value: '2027-2028', expected: '2026-2027' },
    { key: '学期', value: 2, expected: 1 },
    { key: '学期开始日期', value: { day: dayFromYMD(2028, 2, 21) }, expected: '' },
  ]);
});

test('bad values are stopped before writing, with the readers’ reasons; parameters are judged by the settings reader', async () => {
  const { raw } = await office.read(fake.ctx);
  const loaded = loadSettings(raw);
  const c = checkSettings(raw, loaded, {
    ...loaded.text,
    学年度: '2026-2028',
    学期: '3',
    学期开始日期: '9月',
    班级: '',
  });
  expect(Object.keys(c.errors).sort()).toEqual(['学年度', '学期', '学期开始日期', '班级'].sort());
  expect(c.errors['班级']).toBe('“班级”必须填写。');
  const p = checkSettings(raw, loaded, { ...loaded.text, 学期周数: '-3' });
  expect(p.errors).toEqual({});
  expect(p.diagnostics.map((d) => d.message).join('')).toContain('学期周数');
});
