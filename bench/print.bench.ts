// Print speed (run by `npm run bench`): the print plans and the print view's HTML for a usual class
// (45 students, the sample's records) and a heavy one (60 students, 5,000 records). Prints figures only.
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { performance } from 'perf_hooks';
import { printInput, printPlans } from '../src/plans/print';
import { dayFromYMD } from '../src/rules/days';
import { sampleClass } from '../src/sample';
import { PrintView } from '../src/taskpane/print/PrintView';
import { createWorkbook, read } from '../src/xlsx';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time<T>(runs: number, f: () => T): { ms: number; value: T } {
  const out: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    out.push(performance.now() - t0);
  }
  return { ms: median(out), value };
}

async function bench(students: number, records?: number): Promise<void> {
  const sample = sampleClass({ students, records, semesterStart: dayFromYMD(2026, 9, 7) });
  const { raw } = read(await createWorkbook(sample.options, sample.rows));
  const input = printInput(raw);
  const plans = time(9, () => printPlans(input));
  const pages = plans.value.reduce((a, p) => a + p.pages, 0);
  const cells = plans.value.reduce((a, p) => a + p.cells.length, 0);
  const html = time(5, () => renderToStaticMarkup(React.createElement(PrintView, { workbook: input })));
  console.log(
    `${students} students, ${records ?? 'sample'} records: ${pages} pages, ${cells} cells; ` +
      `printPlans median ${plans.ms.toFixed(1)} ms; PrintView HTML median ${html.ms.toFixed(1)} ms ` +
      `(${(html.value.length / 1024).toFixed(0)} KB)`,
  );
}

(async () => {
  await bench(45);
  await bench(60, 5000);
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
