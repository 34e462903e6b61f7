// evaluate(): resolve the parameters, cut the records to the semester window, run the profile.
import { evaluateAkesu } from './akesu';
import { buildScope } from './calendar';
import { evaluateCaijing } from './caijing';
import type { ClassRecords, Evaluation } from './model';
import { resolveParams } from './params';

export function evaluate(records: ClassRecords): Evaluation {
  const { settings } = records;
  const { params, diagnostics: paramDiagnostics } = resolveParams(settings.profile, settings.params);
  const scope = buildScope(records, params);
  const result = settings.profile === '阿克苏职院' ? evaluateAkesu(scope) : evaluateCaijing(scope);
  return {
    schema: 1,
    profile: settings.profile,
    class: settings.className,
    advisor: settings.advisor,
    semester: settings.semester,
    grade: result.grade,
    score: result.score,
    minimums: result.minimums,
    bonuses: result.bonuses,
    diagnostics: [...records.diagnostics, ...paramDiagnostics, ...scope.diagnostics, ...result.diagnostics],
    window: { start: scope.window.start, end: scope.window.end, weeks: scope.window.weeks },
  };
}
