// Office.js gateway round trips on the in-memory Excel (run by `npm run bench -- gateway`): a class of
// 45 students with 10,000 records. Prints syncs and cells transferred per operation, and the median
// time of read + parseWorkbook + evaluate. The in-memory Excel answers instantly, so the times show
// the add-in's own work; on real Excel each sync adds a round trip (tens to hundreds of ms on the web).
import { performance } from 'perf_hooks';
import { append, ensure, read, writeSummary } from '../src/excel';
import { parseWorkbook } from '../src/records';
import { TABLE_KEYS } from '../src/records/schema';
import { evaluate } from '../src/rules';
import { dayFromYMD } from '../src/rules/days';
import { sampleClass } from '../src/sample';
import { FakeExcel } from '../test/support/fake-excel';

const STUDENTS = 45;
const RECORDS = 10_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main(): Promise<void> {
  const sample = sampleClass({ students: STUDENTS, records: RECORDS, semesterStart: dayFromYMD(2026, 9, 7), seed: 7 });
  const fake = new FakeExcel([{ name: 'Sheet1' }]);
  const rows: Array<[string, number, number, number, number]> = [];
  const measure = async (label: string, f: () => Promise<unknown>): Promise<void> => {
    fake.resetStats();
    const t0 = performance.now();
    await f();
    const ms = performance.now() - t0;
    rows.push([label, fake.stats.syncs, fake.stats.cellsWritten, fake.stats.cellsRead, Math.round(ms)]);
  };

  await measure('ensure (empty workbook)', () => ensure(fake.ctx, sample.options));
  await measure('ensure again', () => ensure(fake.ctx, sample.options));
  // Load the sample (not measured as one operation: one append per table).
  let total = 0;
  for (const key of TABLE_KEYS) {
    const r = sample.rows[key];
    if (!r || key === 'settings') continue;
    await append(fake.ctx, key, r);
    total += key === 'roster' ? 0 : r.length;
  }
  await measure(`read (${total} records)`, () => read(fake.ctx));
  const one = sample.rows.talks![0];
  await measure('append 1', () => append(fake.ctx, 'talks', [one]));
  await measure('append 50', () =>
    append(
      fake.ctx,
      'talks',
      Array.from({ length: 50 }, () => one),
    ),
  );
  const evaluation = evaluate(parseWorkbook((await read(fake.ctx)).raw));
  await measure('writeSummary', () => writeSummary(fake.ctx, evaluation, new Date()));

  console.log(`students ${STUDENTS}, records ${total + 51}`);
  console.log('operation                        syncs  cells written  cells read   ms');
  for (const [label, syncs, w, r, ms] of rows) {
    console.log(
      `${label.padEnd(32)} ${String(syncs).padStart(5)} ${String(w).padStart(14)} ${String(r).padStart(11)} ${String(ms).padStart(5)}`,
    );
  }

  const times: number[] = [];
  const readTimes: number[] = [];
  let syncs = 0;
  for (let i = 0; i < 7; i++) {
    fake.resetStats();
    const t0 = performance.now();
    const { raw } = await read(fake.ctx);
    const t1 = performance.now();
    evaluate(parseWorkbook(raw));
    times.push(performance.now() - t0);
    readTimes.push(t1 - t0);
    syncs = fake.stats.syncs;
  }
  console.log(
    `read + parseWorkbook + evaluate on the in-memory Excel: median ${median(times).toFixed(1)} ms of 7 ` +
      `(read alone ${median(readTimes).toFixed(1)} ms, mostly the fake copying its state per sync; ` +
      `${syncs} syncs, largest batch ${(fake.stats.maxPayload / 1024).toFixed(0)} KB)`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
