// Golden: evaluate() on a fixed corpus (columns named by header through records/fields, as shown) prints exactly the JSON recorded before the rules were split into
// one function per minimum (issue 7). Any change of a number, status, note or diagnostic fails here.
// Regenerate only for an intended change of behaviour: GOLDEN_WRITE=1 npx jest test/rules/golden.
import * as fs from 'fs';
import * as path from 'path';
import { withHeaders } from '../../src/records/fields';
import { evaluate, type Evaluation } from '../../src/rules';
import { corpus } from './corpus';

const FILE = path.join(__dirname, 'golden', 'evaluations.json');

/** The public result as the CLI prints it (SPEC §5), plus the diagnostic codes. */
function project(ev: Evaluation): unknown {
  return {
    grade: ev.grade,
    score: ev.score,
    minimums: ev.minimums.map((m) => [m.id, m.name, m.required, m.actual, m.status, m.note, m.missing]),
    bonuses: ev.bonuses.map((b) => [b.id, b.name, b.points, b.cap, b.basis, b.note]),
    diagnostics: ev.diagnostics.map((d) => [d.table, d.row, d.column, d.severity, d.message, d.code ?? null]),
    window: ev.window,
  };
}

test('evaluate() gives the recorded results on the golden corpus', () => {
  const actual = corpus().map((r) => project(withHeaders(evaluate(r))));
  if (process.env.GOLDEN_WRITE) fs.writeFileSync(FILE, `[\n${actual.map((a) => JSON.stringify(a)).join(',\n')}\n]\n`);
  const expected = JSON.parse(fs.readFileSync(FILE, 'utf8')) as unknown[];
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect([i, a]).toEqual([i, expected[i]]));
});
