// SUMMARY.xlsx: the summary's sheet plans written straight to .xlsx bytes by src/sheetml (no exceljs:
// loading and running it was ~0.5 s of `bzr consolidate`), on disk atomically (temporary file, rename).
import { writeFileAtomically } from '../files/atomic';
import { writeXlsx } from '../sheetml';
import { summaryPlans } from './sheets';
import type { Consolidation } from './types';

/** The summary workbook's bytes (the CLI saves them; the pane downloads them). */
export function summaryBytes(c: Consolidation): Uint8Array {
  return writeXlsx(summaryPlans(c));
}

export async function writeSummaryFile(c: Consolidation, out: string): Promise<void> {
  await writeFileAtomically(summaryBytes(c), out);
}
