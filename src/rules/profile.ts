// A profile is a registry: its minimums, each judged by one small function, then its grade and bonuses.
// evaluate() picks the profile from PROFILES (rules/profiles) and runs it through runProfile().
import type { BonusResult, Diagnostic, Grade, MinimumResult, ProfileId } from './model';
import { weekOf } from './calendar';
import type { Scope } from './scope';
import { tallies, type Tallies } from './tallies';

/** What a minimum function sees: the scope and the counts several rules share (computed once). */
export interface Context extends Scope {
  tally: Tallies;
}

/** One minimum's result and the findings its check produced. */
export interface MinimumOutcome {
  result: MinimumResult;
  diagnostics?: Diagnostic[];
}

export type MinimumRule = (ctx: Context) => MinimumOutcome;

export interface ProfileResult {
  grade: Grade;
  score: number | null;
  minimums: MinimumResult[];
  bonuses: BonusResult[];
  diagnostics: Diagnostic[];
}

export interface Profile {
  id: ProfileId;
  /** In the order they are reported. */
  minimums: readonly MinimumRule[];
  grade: (minimums: readonly MinimumResult[]) => Grade;
  /** Score and bonuses once the grade is known; profiles without points answer null and []. */
  score: (ctx: Context, grade: Grade) => { score: number | null; bonuses: BonusResult[] };
  /** Findings about the result as a whole (阿克苏职院: the grade is a suggestion). */
  closing?: (grade: Grade) => Diagnostic[];
}

/** The fields every minimum starts from: judgeable, nothing due, no pace. */
export const plain = { judgeable: true, due: null, pace: null } as const;

export function runProfile(profile: Profile, scope: Scope): ProfileResult {
  const ctx: Context = { ...scope, tally: tallies(scope) };
  const minimums: MinimumResult[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const rule of profile.minimums) {
    const { result, diagnostics: found } = rule(ctx);
    minimums.push(result);
    if (found) diagnostics.push(...found);
  }
  const grade = profile.grade(minimums);
  const { score, bonuses } = profile.score(ctx, grade);
  if (profile.closing) diagnostics.push(...profile.closing(grade));
  return { grade, score, minimums, bonuses, diagnostics };
}

/** A count not reached yet is 未达标 at the end of the semester, but still open (pending) as of a day. */
export function countStatus(met: boolean, ctx: Context): 'met' | 'unmet' | 'pending' {
  if (met) return 'met';
  return ctx.asOf === null ? 'unmet' : 'pending';
}

/** “还需3次班会，剩7周”: the pace that finishes the semester, as of a day; null at the end or when met. */
export function paceText(ctx: Context, still: number, what: string): string | null {
  if (ctx.asOf === null || still <= 0) return null;
  const left = ctx.window.start === null ? '' : `，剩${ctx.window.weeks - weekOf(ctx.asOf, ctx.window.start) + 1}周`;
  return `还需${what.replace('{n}', String(still))}${left}`;
}
