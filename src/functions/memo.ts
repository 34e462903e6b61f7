// Memoised judging. A summary sheet holds =BZR.GRADE, =BZR.SCORE and =BZR.MINIMUMS over the same
// tables; Excel hands each formula its own fresh copy of the ranges, so the cache compares contents,
// not references. Comparing cells costs a small fraction of parsing them (bench/functions.bench.ts
// prints both). The few last inputs are kept (their rows with data only), with their evaluation.
import type { Evaluation } from '../rules/model';
import { isRawBlank, tableCell } from './cells';
import type { PassedTable } from './tables';

const SIZE = 4;

interface Entry {
  date1904: boolean;
  tables: readonly PassedTable[];
  evaluation: Evaluation;
}

const entries: Entry[] = [];
const counts = { hits: 0, misses: 0 };

function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isRawBlank(a, true) && isRawBlank(b, true)) return true; // records/ reads every blank alike
  if (typeof a !== 'object' && typeof b !== 'object') return false;
  const x = tableCell(a);
  return typeof x !== 'object' && x === tableCell(b);
}

function sameRows(a: readonly unknown[][], b: readonly unknown[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const r = a[i];
    const s = b[i];
    if (r === s) continue;
    if (r.length !== s.length) return false;
    for (let j = 0; j < r.length; j++) if (!sameCell(r[j], s[j])) return false;
  }
  return true;
}

function sameTables(a: readonly PassedTable[], b: readonly PassedTable[]): boolean {
  return a.length === b.length && a.every((t, i) => t.position === b[i].position && sameRows(t.rows, b[i].rows));
}

/** The evaluation of these tables: from the cache when the same contents were judged lately. */
export function memoised(tables: readonly PassedTable[], date1904: boolean, judge: () => Evaluation): Evaluation {
  const k = entries.findIndex((e) => e.date1904 === date1904 && sameTables(e.tables, tables));
  if (k >= 0) {
    counts.hits++;
    const [hit] = entries.splice(k, 1);
    entries.unshift(hit);
    return hit.evaluation;
  }
  counts.misses++;
  const evaluation = judge();
  entries.unshift({ date1904, tables, evaluation });
  entries.length = Math.min(entries.length, SIZE);
  return evaluation;
}

/** Empties the cache (benchmarks measure the cold path with it). */
export function clearMemo(): void {
  entries.length = 0;
}

/** Cache hits and misses since the runtime started (benchmarks print them). */
export function memoCounts(): { hits: number; misses: number } {
  return { ...counts };
}
