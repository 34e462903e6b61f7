// cells → records → rules → results, in one call: every front end (CLI, task pane, functions,
// consolidation) judges a workbook through this, so reader and rule findings arrive together.
import { evaluate } from '../rules/evaluate';
import type { Diagnostic, Evaluation } from '../rules/model';
import { parseWorkbook } from './parse';
import type { RawWorkbook } from './schema';

export function judge(raw: RawWorkbook, readerDiagnostics: readonly Diagnostic[] = []): Evaluation {
  const records = parseWorkbook(raw);
  return evaluate({ ...records, diagnostics: [...readerDiagnostics, ...records.diagnostics] });
}
