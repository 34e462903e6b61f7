import fc from 'fast-check';
import { GROUP_MIN, groupDiagnostics, rowRanges } from '../../src/records/diagnostics';
import type { Diagnostic } from '../../src/rules/model';

const outside = (row: number, table = '谈心记录表'): Diagnostic => ({
  table,
  row,
  column: '日期',
  severity: 'warning',
  message: `${table}第${row}行：日期2026-09-08不在本学期（2027-02-22至2027-06-27）内，不计入本学期。`,
  code: 'outsideSemester',
});
const other: Diagnostic = {
  table: '谈心记录表',
  row: 9,
  column: '姓名',
  severity: 'warning',
  message: '学生名册中没有“王五”',
};

describe('rowRanges', () => {
  test('runs of rows are written as ranges, in order, without repeats', () => {
    expect(rowRanges([9, 4, 5, 6, 6, 12, 13])).toBe('4–6、9、12–13');
    expect(rowRanges([7])).toBe('7');
  });
});

describe('groupDiagnostics', () => {
  test('many out-of-semester rows of one table become one warning naming the rows', () => {
    const out = groupDiagnostics([outside(4), outside(5), other, outside(6), outside(8), outside(4, '班会记录表')]);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ table: '谈心记录表', row: null, severity: 'warning', code: 'outsideSemester' });
    expect(out[0].message).toBe(
      '谈心记录表第4–6、8行（共4行）：日期不在本学期内，不计入本学期（属于其他学期的记录可以保留在表中）。',
    );
    expect(out[1]).toBe(other);
    expect(out[2].message).toContain('班会记录表第4行：日期2026-09-08'); // a lone row keeps its own message
  });

  test('below the group size, and without a code, nothing changes', () => {
    const few = Array.from({ length: GROUP_MIN - 1 }, (_, i) => outside(i + 4));
    expect(groupDiagnostics(few)).toEqual(few);
    expect(groupDiagnostics([other, other, other])).toEqual([other, other, other]);
  });

  test('property: no finding is lost — every row of the input is named once in the output', () => {
    const diag = fc.record({
      row: fc.integer({ min: 4, max: 60 }),
      table: fc.constantFrom('谈心记录表', '班会记录表'),
      coded: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(diag, { maxLength: 40 }), (items) => {
        const input = items.map((x) => (x.coded ? outside(x.row, x.table) : { ...other, row: x.row, table: x.table }));
        const out = groupDiagnostics(input);
        expect(out.length).toBeLessThanOrEqual(input.length);
        for (const table of ['谈心记录表', '班会记录表']) {
          const coded = input.filter((d) => d.table === table && d.code);
          const folded = out.filter((d) => d.table === table && d.code && d.row === null);
          if (coded.length >= GROUP_MIN) {
            expect(folded).toHaveLength(1);
            expect(folded[0].message).toContain(`（共${coded.length}行）`);
          } else expect(out.filter((d) => d.table === table && d.code)).toEqual(coded);
        }
        expect(out.filter((d) => !d.code)).toEqual(input.filter((d) => !d.code));
      }),
    );
  });
});
