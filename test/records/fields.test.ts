// Rules name columns by field id; records/fields shows them under the schema's headers (issue 7).
import { headerOf, withHeaders } from '../../src/records/fields';
import { evaluate } from '../../src/rules';
import { activity, makeRecords, minimalPass, talk, wk } from '../support/builders';

test('field ids become the headers of their table', () => {
  expect(headerOf('谈心记录表', 'minutes')).toBe('时长（分钟）');
  expect(headerOf('谈心记录表', 'names')).toBe('姓名');
  expect(headerOf('谈话记录表', 'names')).toBe('学生姓名');
  expect(headerOf('班级活动登记表', 'advisorPresent')).toBe('班主任参加');
  expect(headerOf('设置表', 'value')).toBe('值');
  expect(headerOf('未知表', 'minutes')).toBe('minutes');
});

test('a rules finding carries a field id and is shown with the header, as before the change', () => {
  const rec = makeRecords(
    minimalPass({
      talks: [...minimalPass().talks!, talk([0], wk(3), 3, 1, 90)],
      activities: [activity(wk(5, 3)), activity(wk(6, 3), { advisorPresent: false, row: 91 })],
    }),
  );
  const raw = evaluate(rec).diagnostics.filter((x) => x.row === 90 || x.row === 91);
  expect(raw.map((x) => [x.column, x.field])).toEqual([
    [null, 'minutes'],
    [null, 'advisorPresent'],
  ]);
  const shown = withHeaders(evaluate(rec)).diagnostics.filter((x) => x.row === 90 || x.row === 91);
  expect(shown.map((x) => x.column)).toEqual(['时长（分钟）', '班主任参加']);
});
