// Issue 8 item 5 (SPEC §6): nothing typed into the 量化汇总 sheet is lost. The decision both adapters
// apply (plans/summary planSummary): the record of our cells in hidden column L, the user's cells kept
// at their address, or a refusal that names the cells the new summary would cover.
import fc from 'fast-check';
import { planSummary, summarySpill, RECORD_COL, type OldSummary } from '../../src/plans/summary';
import { MOVED_MESSAGE } from '../../src/plans/summary-keep';
import { cellHash, decodeRecord } from '../../src/plans/summary-record';
import type { CellPlan, SheetPlan } from '../../src/plans/model';
import { evaluate } from '../../src/rules';
import type { Diagnostic, Evaluation } from '../../src/rules/model';
import { makeRecords, minimalPass } from '../support/builders';

const TABLES = ['设置表', '学生名册表', '班会记录表'];
const AT = new Date(2026, 10, 2, 14, 5);
const BASE = evaluate(makeRecords(minimalPass()));

/** The evaluation with n warnings (each one more row in the summary's 问题 list). */
function withProblems(n: number, ev: Evaluation = BASE): Evaluation {
  const extra: Diagnostic[] = Array.from({ length: n }, (_, i) => ({
    table: '班会记录表',
    row: 10 + i,
    column: '日期',
    severity: 'warning',
    message: `第${i}条问题`,
  }));
  return { ...ev, diagnostics: [...ev.diagnostics, ...extra] };
}

const addr = (c: { row: number; col: number }) => `${String.fromCharCode(64 + c.col)}${c.row}`;

/** What an adapter reads back of a written plan: formulas with '=', values as written, by address. */
function sheetOf(plan: SheetPlan): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const c of plan.cells) {
    const v = c.value;
    m.set(addr(c), v !== null && typeof v === 'object' && 'formula' in v ? v.formula : v);
  }
  return m;
}

/** The sheet's cells as one block from A1 (Office.js reads the used range this way). */
function oldOf(cells: Map<string, unknown>, spilling = false): OldSummary {
  const at = [...cells.keys()].map((a) => ({ col: a.charCodeAt(0) - 64, row: Number(a.slice(1)) }));
  const rows = Math.max(...at.map((x) => x.row));
  const cols = Math.max(...at.map((x) => x.col));
  const grid = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cells.get(addr({ row: r + 1, col: c + 1 })) ?? ''),
  );
  return { blocks: [{ row: 1, col: 1, formulas: grid }], spilling };
}

function written(ev: Evaluation, old: OldSummary | null = null): SheetPlan {
  const d = planSummary(ev, AT, TABLES, old);
  if (!d.ok) throw new Error(d.message);
  return d.plan;
}

const ourRows = (p: SheetPlan) => Math.max(...p.cells.filter((c) => c.col <= 11).map((c) => c.row));

describe('the record of our cells', () => {
  test('one record cell in hidden column L per row we write, hashing each cell of A–K', () => {
    const plan = written(withProblems(2));
    expect(plan.hiddenCols).toEqual([RECORD_COL]);
    const records = plan.cells.filter((c) => c.col === RECORD_COL);
    // Rows with a cell we write, and the spill area's rows; blank rows need no record.
    const spill = summarySpill(withProblems(2));
    const rows = new Set(plan.cells.filter((c) => c.col <= 11).map((c) => c.row));
    for (let r = 0; r < spill.rows; r++) rows.add(spill.row + r);
    expect(records.map((c) => c.row)).toEqual([...rows].sort((a, b) => a - b));
    expect(records.length).toBeLessThan(ourRows(plan));
    for (const c of plan.cells.filter((x) => x.col <= 11)) {
      const tokens = decodeRecord(records.find((r) => r.row === c.row)!.value)!;
      expect(tokens[c.col - 1]).toBe(cellHash(c.value));
    }
  });

  test('the MINIMUMS spill area (G5 down, five columns, anchor aside) is marked, not hashed', () => {
    const ev = withProblems(1);
    const plan = written(ev);
    const spill = summarySpill(ev);
    // header + one row per minimum + the problems row (there is a warning).
    expect(spill.rows).toBe(1 + ev.minimums.length + 1);
    const tokensOf = (row: number) =>
      decodeRecord(plan.cells.find((c) => c.col === RECORD_COL && c.row === row)!.value)!;
    expect(tokensOf(5)[6]).toBe(cellHash(plan.cells.find((c) => addr(c) === 'G5')!.value));
    expect(tokensOf(5).slice(7, 11)).toEqual(['~', '~', '~', '~']);
    expect(tokensOf(5 + spill.rows - 1).slice(6, 11)).toEqual(['~', '~', '~', '~', '~']);
    const below = plan.cells.find((c) => c.col === RECORD_COL && c.row === 5 + spill.rows);
    expect(below === undefined || (decodeRecord(below.value)![6] ?? '') !== '~').toBe(true);
  });
});

describe('rewriting', () => {
  test('our own previous output is replaced; nothing of it is kept as the user’s', () => {
    const first = written(withProblems(3));
    const second = written(withProblems(1), oldOf(sheetOf(first)));
    expect(second).toEqual(written(withProblems(1)));
  });

  test('text read back with Excel’s quote prefix, or a formula re-cased, is still ours', () => {
    const first = written(BASE);
    const read = sheetOf(first);
    for (const [a, v] of read) {
      if (typeof v === 'string' && v.startsWith('=')) read.set(a, v.toLowerCase().replace('(', ' ('));
      else if (typeof v === 'string' && !v.startsWith('bzr1:')) read.set(a, `'${v}`);
    }
    expect(planSummary(BASE, AT, TABLES, oldOf(read)).ok).toBe(true);
  });

  test('a value typed below the summary, and one in a blank cell of its area, are kept at their address', () => {
    const first = written(BASE);
    const read = sheetOf(first);
    const below = ourRows(first) + 5;
    read.set(`B${below}`, '我的备注');
    read.set('F3', 42);
    read.set(`C${below + 1}`, '=SUM(1,2)');
    const plan = written(BASE, oldOf(read));
    const kept = plan.cells.filter((c) => [`B${below}`, 'F3', `C${below + 1}`].includes(addr(c)));
    expect(kept).toEqual<CellPlan[]>(
      [
        { row: 3, col: 6, value: 42 },
        { row: below, col: 2, value: '我的备注' },
        { row: below + 1, col: 3, value: { formula: '=SUM(1,2)' } },
      ].sort((a, b) => a.row - b.row),
    );
    // Kept cells are not recorded as ours: the next rewrite keeps them again.
    const again = written(BASE, oldOf(sheetOf(plan)));
    expect(again.cells.filter((c) => addr(c) === `B${below}`)).toHaveLength(1);
  });

  test('a typed cell where the new (longer) summary lands: refused, naming the cells', () => {
    const first = written(BASE);
    const read = sheetOf(first);
    const row = ourRows(first) + 2;
    read.set(`B${row}`, '我的');
    read.set(`C${row}`, '备注');
    const d = planSummary(withProblems(10), AT, TABLES, oldOf(read));
    expect(d).toEqual({
      ok: false,
      cells: [`B${row}`, `C${row}`],
      message: `量化汇总表的 B${row}、C${row} 中有您自己输入或改动过的内容，更新会覆盖它们。请把它们移到 L 列右边或别的工作表后再更新。`,
    });
  });

  test('a cell of ours the user changed counts as theirs: refused when the summary writes there again', () => {
    const read = sheetOf(written(BASE));
    read.set('B2', '会计2302（改）');
    const d = planSummary(BASE, AT, TABLES, oldOf(read));
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.cells).toEqual(['B2']);
  });

  test('a changed cell of ours that the new summary no longer covers is kept', () => {
    const first = written(withProblems(5));
    const read = sheetOf(first);
    const last = ourRows(first);
    read.set(`E${last}`, '已处理');
    const plan = written(withProblems(0), oldOf(read));
    expect(plan.cells.filter((c) => addr(c) === `E${last}`)).toEqual([{ row: last, col: 5, value: '已处理' }]);
  });

  test('the spill area: what spilled is ours; what is there while nothing spills was typed', () => {
    const ev = withProblems(1);
    const read = sheetOf(written(ev));
    read.set('H6', 2);
    read.set('K7', '说明');
    expect(planSummary(ev, AT, TABLES, oldOf(read, true)).ok).toBe(true);
    const d = planSummary(ev, AT, TABLES, oldOf(read, false));
    expect(d.ok ? [] : d.cells).toEqual(['H6', 'K7']);
  });

  test('a spill grown by its problems row since the last write is still ours', () => {
    const read = sheetOf(written(BASE));
    const row = 5 + summarySpill(BASE).rows;
    ['记录问题', '', 3, '请检查', '班会记录表…'].forEach((v, j) => v !== '' && read.set(addr({ row, col: 7 + j }), v));
    expect(planSummary(withProblems(3), AT, TABLES, oldOf(read, true)).ok).toBe(true);
    // A note typed there instead is the user's.
    const typed = sheetOf(written(BASE));
    typed.set(addr({ row, col: 7 }), '我的备注');
    const d = planSummary(withProblems(3), AT, TABLES, oldOf(typed, true));
    expect(d.ok ? [] : d.cells).toEqual([addr({ row, col: 7 })]);
  });

  test('a summary written before the record existed: A–K are ours, the rest is kept', () => {
    const legacy = new Map([...sheetOf(written(BASE))].filter(([a]) => !a.startsWith('L')));
    legacy.set('A40', '旧的汇总行');
    legacy.set('M3', '我的备注');
    const plan = written(BASE, oldOf(legacy));
    expect(plan.cells.filter((c) => ['A40', 'M3'].includes(addr(c)))).toEqual([{ row: 3, col: 13, value: '我的备注' }]);
  });

  test('anything of the user’s in the hidden column L is never hidden there: refused', () => {
    const read = sheetOf(written(BASE));
    read.set('L90', '藏起来的');
    const d = planSummary(BASE, AT, TABLES, oldOf(read));
    expect(d.ok ? [] : d.cells).toEqual(['L90']);
  });

  test('columns inserted or deleted (the record is not in L): refused, nothing guessed', () => {
    const read = new Map<string, unknown>();
    for (const [a, v] of sheetOf(written(BASE))) {
      const col = a.charCodeAt(0) - 64;
      read.set(`${String.fromCharCode(64 + (col >= 3 ? col + 1 : col))}${a.slice(1)}`, v);
    }
    expect(planSummary(BASE, AT, TABLES, oldOf(read))).toEqual({ ok: false, message: MOVED_MESSAGE, cells: [] });
  });
});

describe('property: nothing typed is lost', () => {
  test('every typed cell is kept at its address, or the write is refused naming exactly the covered ones', () => {
    const first = written(withProblems(2));
    const base = sheetOf(first);
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !s.startsWith("'") && s.trim() !== ''),
      fc.integer(),
    );
    const cell = fc.record({
      row: fc.integer({ min: 1, max: 60 }),
      col: fc.integer({ min: 1, max: 16 }).filter((c) => c !== RECORD_COL),
      value: text,
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), fc.integer({ min: 0, max: 30 }), (typed, problems) => {
        const read = new Map(base);
        const mine = new Map<string, unknown>();
        for (const t of typed) {
          const a = addr(t);
          // Typing over one of our cells with its own value changes nothing.
          if (cellHash(read.get(a)) === cellHash(t.value)) continue;
          read.set(a, t.value);
          mine.set(a, t.value);
        }
        const ev = withProblems(problems);
        const d = planSummary(ev, AT, TABLES, oldOf(read));
        const fresh = written(ev);
        const spill = summarySpill(ev);
        const covers = (a: string) => {
          const col = a.charCodeAt(0) - 64;
          const row = Number(a.slice(1));
          const inSpill = col >= 7 && col <= 11 && row >= 5 && row < 5 + spill.rows;
          return col === RECORD_COL || inSpill || fresh.cells.some((c) => addr(c) === a);
        };
        const expected = [...mine.keys()].filter(covers);
        if (!d.ok) {
          expect([...d.cells].sort()).toEqual(expected.sort());
          return;
        }
        expect(expected).toEqual([]);
        for (const [a, v] of mine) {
          const got = d.plan.cells.filter((c) => addr(c) === a);
          expect(got).toHaveLength(1);
          expect(got[0].value).toEqual(typeof v === 'string' && v.startsWith('=') ? { formula: v } : v);
        }
      }),
      { numRuns: 300 },
    );
  });
});
