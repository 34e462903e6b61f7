import { TABLES, TABLE_KEYS, identifyTable, matchColumns } from '../../src/records';

describe('matchColumns', () => {
  const spec = TABLES.talks;

  test('exact header', () => {
    const { index, missing } = matchColumns(
      spec,
      spec.columns.map((c) => c.header),
    );
    expect(missing).toEqual([]);
    expect(index).toEqual({ seq: 0, names: 1, date: 2, place: 3, minutes: 4, content: 5 });
  });

  test('any order, whitespace, full/half width, extra columns, first occurrence wins', () => {
    const header = ['备注', ' 谈心内容 ', '日期', '时长(分钟)', '姓 名', '地点\u3000', '日期', null, 42];
    const { index, missing } = matchColumns(spec, header);
    expect(index).toEqual({ content: 1, date: 2, minutes: 3, names: 4, place: 5 });
    expect(missing.map((c) => c.header)).toEqual(['序号']);
  });

  test('missing columns are listed with their spec', () => {
    const { missing } = matchColumns(TABLES.meetings, ['主题', '日期']);
    expect(missing.find((c) => c.header === '地点')?.required).toBe(true);
    expect(missing.some((c) => c.header === '日期')).toBe(false);
  });

  test('a header that is not an array matches nothing', () => {
    expect(matchColumns(spec, undefined as unknown as unknown[]).missing).toHaveLength(spec.columns.length);
  });
});

describe('identifyTable', () => {
  test.each(TABLE_KEYS)('recognises %s by its own header', (key) => {
    const header = TABLES[key].columns.map((c) => c.header);
    expect(identifyTable([header, ['x']])).toBe(key);
  });

  test.each(TABLE_KEYS)('recognises %s from its required headers only, reversed, with extras', (key) => {
    const header = TABLES[key].columns.filter((c) => c.required).map((c) => ` ${c.header.normalize('NFKC')} `);
    expect(identifyTable([['我的列', ...header.reverse()]])).toBe(key);
  });

  test('nothing recognisable', () => {
    expect(identifyTable([])).toBeNull();
    expect(identifyTable([[]])).toBeNull();
    expect(identifyTable([['A', 'B']])).toBeNull();
    expect(identifyTable([['日期', '地点']])).toBeNull();
    expect(identifyTable('x' as unknown as unknown[][])).toBeNull();
  });

  test('a talks header is not mistaken for the roster (both have 姓名)', () => {
    expect(identifyTable([['姓名', '日期', '地点', '时长（分钟）', '谈心内容']])).toBe('talks');
    expect(identifyTable([['学号', '姓名', '宿舍']])).toBe('roster');
  });
});
