// The 设置表 as the reader understood it, as label/value pairs for display.
import { SETTINGS_KEYS } from '../../records/schema';
import { dayToISO } from '../../rules/days';
import type { Settings } from '../../rules/model';

const orBlank = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? '（未填写）' : String(v);

export function settingsRows(st: Settings): Array<[string, string]> {
  return [
    [SETTINGS_KEYS.school, orBlank(st.school)],
    [SETTINGS_KEYS.department, orBlank(st.department)],
    [SETTINGS_KEYS.className, orBlank(st.className)],
    [SETTINGS_KEYS.advisor, orBlank(st.advisor)],
    [SETTINGS_KEYS.academicYear, st.academicYear === null ? '（未填写）' : `${st.academicYear}-${st.academicYear + 1}`],
    [SETTINGS_KEYS.semester, orBlank(st.semester)],
    [SETTINGS_KEYS.semesterStart, st.semesterStart === null ? '（未填写）' : dayToISO(st.semesterStart)],
    [SETTINGS_KEYS.profile, st.profile],
    [SETTINGS_KEYS.advisorType, st.advisorType],
    [SETTINGS_KEYS.classStatus, st.classStatus],
  ];
}
