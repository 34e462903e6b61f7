// The one resolver of names and dorms (records/resolve): what differs is the kind of list.
import type { Student } from '../../src/rules/model';
import { DORMS, NAMES, buildLookup, resolveList } from '../../src/records/resolve';

function student(index: number, id: string, name: string, dorm: string): Student {
  return {
    index,
    row: index + 4,
    id,
    name,
    gender: '',
    dorm,
    dormKey: dorm.replace(/\s+/g, ''),
    parentName: '',
    parentContact: '',
    specialCare: '',
    note: '',
  };
}

const lk = buildLookup([
  student(0, '2023001', '张三', '1-101'),
  student(1, '2023002', '李四', '1-101'),
  student(2, '2023003', '艾力·买买提', '3号楼 301'),
  student(3, '2023004', '王五', '2-201'),
  student(4, '2023005', '王五', '2-201'),
  student(5, '2023005', '赵六', '2-202'),
]);

describe('names', () => {
  test('by name or 学号, each person once, in roster order', () => {
    const r = resolveList('李四、2023001，张三 艾力 · 买买提', '姓名', lk, NAMES);
    expect(r).toEqual({ members: [0, 1, 2], all: false, size: 3, warnings: [] });
  });

  test('same name twice, duplicate 学号 and unknown names are counted as named but resolve to nobody', () => {
    const r = resolveList('王五、2023005、钱八、钱八', '姓名', lk, NAMES);
    expect(r.members).toEqual([]);
    expect(r.size).toBe(3);
    expect(r.warnings).toHaveLength(3);
    expect(r.warnings[0]).toContain('2人同名（名册第7、8行）');
    expect(r.warnings[1]).toContain('出现了2次（名册第8、9行）');
    expect(r.warnings[2]).toContain('“钱八”不在学生名册中');
  });

  test('without a roster, names are counted but not warned about', () => {
    const r = resolveList('钱八、孙九', '姓名', buildLookup([]), NAMES);
    expect(r).toEqual({ members: [], all: false, size: 2, warnings: [] });
  });
});

describe('dorms', () => {
  test('dorm keys in the order written, 全部 as a flag; a padded dorm is joined again', () => {
    const r = resolveList('1-101、全部、3号楼 301、1-101', '走访宿舍', lk, DORMS);
    expect(r).toEqual({ members: ['1-101', '3号楼301'], all: true, size: 3, warnings: [] });
  });

  test('a dorm not on the roster is kept and warned about', () => {
    const r = resolveList('9-999', '走访宿舍', lk, DORMS);
    expect(r.members).toEqual(['9-999']);
    expect(r.warnings).toEqual([expect.stringContaining('宿舍“9-999”不在学生名册的宿舍中')]);
    expect(resolveList('9-999', '走访宿舍', buildLookup([]), DORMS).warnings).toEqual([]);
  });
});
