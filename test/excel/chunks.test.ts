// The chunking that keeps every Office.js request/response under Excel on the web's 5 MB limit.
import fc from 'fast-check';
import { cellBytes, chunkRows, guessRowBytes, planReads, rowBytes } from '../../src/excel/chunks';
import { TABLES } from '../../src/records/schema';

describe('chunks', () => {
  test('cellBytes counts UTF-8 and JSON escapes', () => {
    expect(cellBytes('')).toBe(3);
    expect(cellBytes('ab')).toBe(5);
    expect(cellBytes('谈心')).toBe(9);
    expect(cellBytes('"')).toBe(9);
    expect(cellBytes(46272)).toBe(6);
    expect(rowBytes(['a', 1])).toBe(2 + 4 + 2);
    expect(Buffer.byteLength(JSON.stringify(['谈心内容', 'x']))).toBeLessThanOrEqual(rowBytes(['谈心内容', 'x']));
  });

  test('guessRowBytes is generous for free text and counts extra columns', () => {
    expect(guessRowBytes(TABLES.talks, 6)).toBeGreaterThan(600);
    expect(guessRowBytes(TABLES.talks, 8) - guessRowBytes(TABLES.talks, 6)).toBe(128);
  });

  test('chunkRows: consecutive, complete, each chunk under the budget unless one row alone exceeds it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 2000 }),
        (sizes, budget) => {
          const chunks = chunkRows(sizes, budget);
          let next = 0;
          for (const c of chunks) {
            expect(c.start).toBe(next);
            expect(c.count).toBeGreaterThan(0);
            const bytes = sizes.slice(c.start, c.start + c.count).reduce((a, b) => a + b, 0);
            if (c.count > 1) expect(bytes).toBeLessThanOrEqual(budget);
            next += c.count;
          }
          expect(next).toBe(sizes.length);
        },
      ),
    );
  });

  test('planReads: one batch when everything fits; otherwise every row once, batches under the budget', () => {
    expect(
      planReads(
        [
          { id: 'a', start: 0, rows: 10, bytesPerRow: 100 },
          { id: 'b', start: 0, rows: 5, bytesPerRow: 100 },
        ],
        10_000,
      ),
    ).toEqual([
      [
        { id: 'a', start: 0, count: 10 },
        { id: 'b', start: 0, count: 5 },
      ],
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ rows: fc.integer({ min: 0, max: 300 }), bytesPerRow: fc.integer({ min: 1, max: 900 }) }), {
          maxLength: 8,
        }),
        fc.integer({ min: 100, max: 20_000 }),
        (ps, budget) => {
          const pieces = ps.map((p, i) => ({ id: String(i), start: 0, ...p }));
          const batches = planReads(pieces, budget);
          const seen = new Map<string, number>();
          for (const b of batches) {
            const bytes = b.reduce((n, s) => n + s.count * pieces[Number(s.id)].bytesPerRow, 0);
            if (b.length > 1 || b[0].count > 1) expect(bytes).toBeLessThanOrEqual(budget);
            for (const s of b) {
              expect(s.start).toBe(seen.get(s.id) ?? 0);
              seen.set(s.id, s.start + s.count);
            }
          }
          for (const p of pieces) expect(seen.get(p.id) ?? 0).toBe(p.rows);
        },
      ),
    );
  });
});
