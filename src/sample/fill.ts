// A sample of a given size (benchmarks ask for thousands of rows): the record tables grown or trimmed
// to a total, each to its share.
import type { RecordTableKey } from '../rules/model';
import type { RecordInput } from '../records/schema';
import type { SampleContext } from './context';
import { FORM_SAMPLES } from './forms';

export type RecordRows = Record<RecordTableKey, RecordInput[]>;

/** Share of the rows each table gets when a total is asked for. */
const SHARES: Array<[RecordTableKey, number]> = [
  ['talks', 0.35],
  ['dormVisits', 0.15],
  ['parentContacts', 0.15],
  ['interviews', 0.12],
  ['meetings', 0.12],
  ['activities', 0.11],
];

/** Grows (or trims) the record tables to exactly `total` rows, keeping the base rows first. */
export function fillTo(rows: RecordRows, total: number, cx: SampleContext): void {
  const quota = SHARES.map(([k, share]) => [k, Math.floor(total * share)] as [RecordTableKey, number]);
  let rest = total - quota.reduce((s, [, q]) => s + q, 0);
  for (let i = 0; rest > 0; i = (i + 1) % quota.length, rest--) quota[i][1]++;
  for (const [key, q] of quota) {
    const list = rows[key];
    if (list.length > q) list.length = q;
    while (list.length < q) list.push(FORM_SAMPLES[key].extra(cx, cx.r.int(1, cx.weeks)));
  }
}
