// Property: however talks are spread over students and days, the 谈心记录表 prints every (student, talk)
// once, at most two talks per line, lines in order of first talk, 30 lines a page.
import fc from 'fast-check';
import { pagesOf, printInput } from '../../src/plans/print';
import { talksSheet, talkLines } from '../../src/plans/print/talks';
import { rowTexts } from '../../src/plans/print/fields';
import { workbook } from '../records/helpers';
import { bigRoster } from './helpers';

const ROSTER = bigRoster(12);
const name = (i: number) => ROSTER[i].姓名 as string;

test('every student’s talks are on their lines, two per line, and pages follow the lines', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ who: fc.uniqueArray(fc.nat(11), { minLength: 1, maxLength: 3 }), day: fc.nat(100) }), {
        maxLength: 80,
      }),
      (rows) => {
        const talks = rows.map((r) => ({
          姓名: r.who.map(name).join('、'),
          日期: new Date(Date.UTC(2026, 8, 7 + r.day)).toISOString().slice(0, 10),
          地点: '办公室',
          '时长（分钟）': 10,
          谈心内容: '谈心',
        }));
        const input = printInput(workbook({ talks }, { roster: ROSTER }));
        const lines = talkLines(input.records.talks, rowTexts(input.raw, 'talks'), input.records.roster);
        for (let s = 0; s < 12; s++) {
          const want = rows.filter((r) => r.who.includes(s)).length;
          const mine = lines.filter((l) => l[0] === name(s));
          const got = mine.reduce((a, l) => a + (l.length - 1) / 3, 0);
          expect(got).toBe(want);
          // Only a student's last line may hold a single talk.
          mine.slice(0, -1).forEach((l) => expect(l).toHaveLength(7));
        }
        const plan = talksSheet(input);
        expect(pagesOf(plan)).toHaveLength(Math.max(1, Math.ceil(lines.length / 30)));
      },
    ),
    { numRuns: 60 },
  );
});
