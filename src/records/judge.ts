// cells → records → rules → results, in one call: every front end (CLI, task pane, functions,
// consolidation) judges a workbook through this, so reader and rule findings arrive together.
import { evaluate } from '../rules/evaluate';
import type { Diagnostic, EvaluateOptions, Evaluation } from '../rules/model';
import { withHeaders } from './fields';
import { parseWorkbook } from './parse';
import type { RawWorkbook } from './schema';

export function judge(
  raw: RawWorkbook,
  readerDiagnostics: readonly Diagnostic[] = [],
  options: EvaluateOptions = {},
): Evaluation {
  const records = parseWorkbook(raw);
  return withHeaders(evaluate({ ...records, diagnostics: [...readerDiagnostics, ...records.diagnostics] }, options));
}
