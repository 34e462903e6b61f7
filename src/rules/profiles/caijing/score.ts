// 财经学院 score (SPEC §3.1): “符合最低条件为合格，记60分” plus the bonuses of points();
// “不合格者不再参加打分”: every bonus 0 and the score 0, each bonus saying so under its own name.
import type { BonusResult, Grade } from '../../model';
import { points } from '../../points';
import type { Context } from '../../profile';
import { classMeetings } from './meetings';
import { contactedStudents } from '../../tallies';

const NOT_SCORED = '不合格者不再参加打分，不加分。';

/** Roster dorms visited at least twice; with no dorms in the roster, distinct dorms named twice or more. */
function dormsTwice(ctx: Context): number {
  const { rosterDorms, visitsPerDorm } = ctx.tally.dorms;
  if (rosterDorms.size === 0) return [...visitsPerDorm.values()].filter((n) => n >= 2).length;
  return [...rosterDorms.keys()].filter((k) => (visitsPerDorm.get(k) ?? 0) >= 2).length;
}

export function score(ctx: Context, grade: Grade): { score: number; bonuses: BonusResult[] } {
  const N = ctx.records.roster.length;
  const talks = ctx.tally.talks.perStudent;
  const result = points(
    {
      meetings: classMeetings(ctx).length,
      talksTwice: talks.filter((n) => n >= 2).length,
      activities: ctx.tally.activities.count,
      dormsTwice: dormsTwice(ctx),
      parentContacts: contactedStudents(ctx.parentContacts, N).reduce((a, b) => a + b, 0),
      classSize: N,
    },
    ctx.params,
  );
  if (grade !== '不合格') return result;
  return {
    score: 0,
    bonuses: result.bonuses.map((b) => ({
      ...b,
      points: 0,
      note: NOT_SCORED,
      line: `${b.name}：不合格者不再参加打分，本项不加分。`,
    })),
  };
}
