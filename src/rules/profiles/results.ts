// The two shapes most minimums report in: a count that must reach a number (“至少N次”), and a count
// shown for information only. Field order is the order results have always been printed in (JSON).
import type { MinimumResult } from '../model';
import { countStatus, paceText, plain, type Context } from '../profile';

/** What a minimum counts: its id and name, the number required and the number found. */
export interface Count {
  id: string;
  name: string;
  required: number;
  actual: number;
}

/**
 * “至少N次”: met at `required`; short of it, 未达标 at the end of the semester and pending as of a day.
 * The note is `head`, then “，还差2次” when short, then `tail`; `what` is the pace's unit ('{n}次班会').
 */
export function atLeast(ctx: Context, c: Count, text: { head: string; tail: string; what: string }): MinimumResult {
  const met = c.actual >= c.required;
  const gap = met ? '' : `，还差${c.required - c.actual}次`;
  return {
    ...c,
    status: countStatus(met, ctx),
    note: `${text.head}${gap}${text.tail}。`,
    missing: [],
    ...plain,
    pace: paceText(ctx, c.required - c.actual, text.what),
  };
}

/** A count the rule sets no minimum for (or does not judge here): status n/a. */
export function forInformation(c: Count, note: string, missing: string[] = []): MinimumResult {
  return { ...c, status: 'n/a', note, missing, ...plain };
}
