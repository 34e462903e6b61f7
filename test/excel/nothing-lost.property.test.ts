// SPEC §6 “Nothing lost”, as a property: on random existing workbooks (our sheet names holding user
// data, tables with missing, extra or reordered columns, sheets without their table, user formulas and
// formats), ensure never changes or removes a user's cell or table, and a second run is a no-op.
import fc from 'fast-check';
import { ensure } from '../../src/excel';
import { TABLES, TABLE_KEYS, type TableKey } from '../../src/records/schema';
import { FakeExcel, colName, type FakeCell, type SeedSheet } from '../support/fake-excel';

type UserCell = { r: number; c: number; cell: Partial<FakeCell> };

const userCell: fc.Arbitrary<UserCell> = fc.record({
  r: fc.integer({ min: 0, max: 14 }),
  c: fc.integer({ min: 0, max: 22 }),
  cell: fc.oneof(
    fc.record({ v: fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.integer()) }),
    fc.record({ v: fc.integer(), f: fc.constant('=1+2') }),
    fc.record({ v: fc.constant('标记'), fill: fc.constant('#FFFF00'), bold: fc.constant(true) }),
    fc.record({ v: fc.constant(''), nf: fc.constant('0.00') }),
  ),
});

type Scenario =
  | { kind: 'none' }
  | { kind: 'emptySheet' }
  | { kind: 'sheetData'; cells: UserCell[] }
  | {
      kind: 'table';
      columns: number[];
      extras: number;
      r0: number;
      c0: number;
      body: number;
      cells: UserCell[];
      elsewhere: boolean;
    };

function scenario(key: TableKey): fc.Arbitrary<Scenario> {
  const n = TABLES[key].columns.length;
  return fc.oneof(
    fc.constant<Scenario>({ kind: 'none' }),
    fc.constant<Scenario>({ kind: 'emptySheet' }),
    fc.record({ kind: fc.constant('sheetData' as const), cells: fc.array(userCell, { minLength: 1, maxLength: 5 }) }),
    fc.record({
      kind: fc.constant('table' as const),
      columns: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: 0, maxLength: n },
      ),
      extras: fc.integer({ min: 0, max: 2 }),
      r0: fc.integer({ min: 0, max: 4 }),
      c0: fc.integer({ min: 0, max: 3 }),
      body: fc.integer({ min: 1, max: 4 }),
      cells: fc.array(userCell, { maxLength: 5 }),
      elsewhere: fc.boolean(),
    }),
  );
}

function build(scenarios: Array<[TableKey, Scenario]>, sheet1: UserCell[]): SeedSheet[] {
  const seeds: SeedSheet[] = [{ name: 'Sheet1', cells: cellsOf(sheet1, null) }];
  for (const [key, s] of scenarios) {
    const spec = TABLES[key];
    if (s.kind === 'none') continue;
    if (s.kind === 'emptySheet') {
      seeds.push({ name: spec.sheet });
      continue;
    }
    if (s.kind === 'sheetData') {
      seeds.push({ name: spec.sheet, cells: cellsOf(s.cells, null) });
      continue;
    }
    const headers = [
      ...s.columns.map((i) => spec.columns[i].header),
      ...Array.from({ length: s.extras }, (_, i) => `我的列${i + 1}`),
    ];
    if (headers.length === 0) headers.push('我的列');
    const rows = [
      headers,
      ...Array.from({ length: s.body }, (_, i) => headers.map((_h, j) => (j === 0 ? i + 1 : `值${i}${j}`))),
    ];
    const rect = { r0: s.r0, c0: s.c0, r1: s.r0 + s.body, c1: s.c0 + headers.length - 1 };
    const range = `${colName(rect.c0)}${rect.r0 + 1}:${colName(rect.c1)}${rect.r1 + 1}`;
    seeds.push({
      name: s.elsewhere ? `其他${key}` : spec.sheet,
      rows,
      at: `${colName(s.c0)}${s.r0 + 1}`,
      cells: cellsOf(s.cells, rect),
      tables: [{ name: spec.table, range }],
    });
  }
  return seeds;
}

function cellsOf(cells: UserCell[], avoid: { r0: number; c0: number; r1: number; c1: number } | null) {
  const out: Record<string, Partial<FakeCell>> = {};
  for (const u of cells) {
    if (avoid && u.r >= avoid.r0 && u.r <= avoid.r1 && u.c >= avoid.c0 && u.c <= avoid.c1) continue;
    out[`${colName(u.c)}${u.r + 1}`] = u.cell;
  }
  return out;
}

test('ensure never changes or removes a user’s cell, and the second run is a no-op', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.tuple(...TABLE_KEYS.map((k) => scenario(k))),
      fc.array(userCell, { maxLength: 6 }),
      async (scenarios, sheet1) => {
        const fake = new FakeExcel(
          build(
            TABLE_KEYS.map((k, i) => [k, scenarios[i]]),
            sheet1,
          ),
        );
        const before = fake.dump();
        await ensure(fake.ctx, { className: '会计1班' });
        const after = fake.dump();

        // Every sheet that was there is still there, in the same order, with every cell unchanged.
        expect(after.sheets.slice(0, before.sheets.length).map((s) => s.name)).toEqual(
          before.sheets.map((s) => s.name),
        );
        for (const s of before.sheets) {
          const now = after.sheets.find((x) => x.name === s.name)!;
          for (const [address, cell] of Object.entries(s.cells))
            expect([address, now.cells[address]]).toEqual([address, cell]);
          expect(now.validations.slice(0, s.validations.length)).toEqual(s.validations);
        }
        // Every table is still there, at the same place; it may only have grown to the right.
        for (const t of before.tables) {
          const now = after.tables.find((x) => x.name === t.name)!;
          expect(now.sheet).toBe(t.sheet);
          expect(now.headers.slice(0, t.headers.length)).toEqual(t.headers);
          expect(now.range.split(':')[0]).toBe(t.range.split(':')[0]);
          expect(now.range.replace(/^[A-Z]+\d+:[A-Z]+/, '')).toBe(t.range.replace(/^[A-Z]+\d+:[A-Z]+/, ''));
        }

        // Second run: no write, nothing changes.
        fake.resetStats();
        const again = await ensure(fake.ctx, { className: '会计1班' });
        expect(again.changed).toBe(false);
        expect(fake.stats.writes).toBe(0);
        expect(fake.stats.syncs).toBe(1);
        expect(fake.dump()).toEqual(after);
      },
    ),
    { numRuns: 150 },
  );
});
