import { normalizeHeader, normalizeName, splitList, splitListKnown } from '../../src/records';

describe('normalizeName', () => {
  const canonical = normalizeName('艾力·买买提');
  test.each([
    '艾力·买买提', // U+00B7
    '艾力・买买提', // U+30FB
    '艾力･买买提', // U+FF65 half-width katakana middle dot
    '艾力‧买买提', // U+2027
    '艾力•买买提', // U+2022
    '艾力．买买提', // U+FF0E
    '艾力.买买提',
    '艾力 · 买买提',
    '艾力　·　买买提', // U+3000
    ' 艾力·买买提\n',
  ])('%s matches 艾力·买买提', (s) => {
    expect(normalizeName(s)).toBe(canonical);
  });

  test('removes all whitespace incl. U+3000 and applies NFKC', () => {
    expect(normalizeName('张　三')).toBe('张三');
    expect(normalizeName(' 张 三 ')).toBe('张三');
    expect(normalizeName('２０２３００１')).toBe('2023001');
    expect(normalizeName('Ａ１０１')).toBe('A101');
  });
});

describe('normalizeHeader', () => {
  test('NFKC, whitespace and marks', () => {
    expect(normalizeHeader('时长（分钟）')).toBe(normalizeHeader('时长(分钟)'));
    expect(normalizeHeader(' 日期 ')).toBe('日期');
    expect(normalizeHeader('日 期')).toBe('日期');
    expect(normalizeHeader('日期*')).toBe('日期');
    expect(normalizeHeader({ richText: [{ text: '日' }, { text: '期' }] })).toBe('日期');
    expect(normalizeHeader(null)).toBe('');
    expect(normalizeHeader({ error: '#REF!' })).toBe('');
  });
});

describe('splitList', () => {
  test('every separator', () => {
    expect(splitList('张三、李四，王五,赵六；钱七;孙八／周九/吴十 郑一\n冯二\r\n陈三　褚四\t卫五')).toEqual([
      '张三',
      '李四',
      '王五',
      '赵六',
      '钱七',
      '孙八',
      '周九',
      '吴十',
      '郑一',
      '冯二',
      '陈三',
      '褚四',
      '卫五',
    ]);
  });

  test('empty tokens are dropped', () => {
    expect(splitList('、、张三,,  ；')).toEqual(['张三']);
    expect(splitList('')).toEqual([]);
    expect(splitList('  ')).toEqual([]);
  });

  test('whitespace around a middle dot belongs to the name', () => {
    expect(splitList('艾力 · 买买提、张三')).toEqual(['艾力·买买提', '张三']);
    expect(splitList('艾力　・　买买提 张三')).toEqual(['艾力・买买提', '张三']);
  });

  test('splitListKnown keeps padded names together when the roster knows them', () => {
    const known = new Set(['张三', '李四', '3号楼301']);
    const isKnown = (k: string) => known.has(k);
    expect(splitListKnown('张　三、李 四', isKnown)).toEqual(['张三', '李四']);
    expect(splitListKnown('张 三 李 四', isKnown)).toEqual(['张三', '李四']);
    expect(splitListKnown('3号楼 301 1-101', isKnown)).toEqual(['3号楼301', '1-101']);
    expect(splitListKnown('王五 赵六', isKnown)).toEqual(['王五', '赵六']);
  });
});
