// evaluate(): resolve the parameters, cut the records to the semester window (as of a day, or the whole
// semester), and run the profile the settings name, picked from the registry of profiles.
import { AKESU } from './profiles/akesu';
import { CAIJING } from './profiles/caijing';
import type { ClassRecords, EvaluateOptions, Evaluation, ProfileId } from './model';
import { resolveParams } from './params';
import { runProfile, type Profile } from './profile';
import { buildScope } from './scope';

export const PROFILES: Readonly<Record<ProfileId, Profile>> = { 财经学院: CAIJING, 阿克苏职院: AKESU };

export function evaluate(records: ClassRecords, options: EvaluateOptions = {}): Evaluation {
  const { settings } = records;
  const { params, diagnostics: paramDiagnostics } = resolveParams(settings.profile, settings.params);
  const scope = buildScope(records, params, options.asOf ?? null);
  const result = runProfile(PROFILES[settings.profile] ?? CAIJING, scope);
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
    asOf: scope.asOf,
  };
}
