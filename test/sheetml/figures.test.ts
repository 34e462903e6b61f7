// Figures (printed): the 300-class SUMMARY.xlsx written cold by the exceljs adapter (before) and by
// src/sheetml (after), each in a fresh process on dist/. Only the order of magnitude is asserted.
import { benchConsolidation, coldSummaryWrite, figuresLine } from '../../bench/summary-write';
import { ensureConsolidateDist } from '../consolidate/helpers';

it('writes the 300-class summary cold in less than half the time exceljs takes', () => {
  ensureConsolidateDist();
  const f = coldSummaryWrite(benchConsolidation(300));
  console.log(figuresLine(f));
  expect(f.sheetmlMs * 2).toBeLessThan(f.exceljsMs);
}, 120_000);
