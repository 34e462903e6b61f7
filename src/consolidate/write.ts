// SUMMARY.xlsx: the summary's sheet plans written straight to .xlsx bytes by src/sheetml (no exceljs:
// loading and running it was ~0.5 s of `bzr consolidate`), on disk atomically (temporary file, rename).
import { writeFileAtomically } from '../files/atomic';
import { writeXlsx, type ZipCodec } from '../sheetml';
import { summaryPlans } from './sheets';
import type { Consolidation } from './types';

/** The summary workbook's bytes (the pane downloads them). `codec`: Node's zlib in the CLI. */
export function summaryBytes(c: Consolidation, codec?: ZipCodec): Uint8Array {
  return writeXlsx(summaryPlans(c), { codec });
}

export async function writeSummaryFile(c: Consolidation, out: string, codec?: ZipCodec): Promise<void> {
  await writeFileAtomically(summaryBytes(c, codec), out);
}
