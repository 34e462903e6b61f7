// 阿克苏职院 profile (seed 000, 第二十条 and 第五章; SPEC §3.2): three cadence minimums, grade 称职/不称职
// as a suggestion only, no points.
import type { Diagnostic, Grade } from '../../model';
import { TABLE_NAMES } from '../../model';
import type { Profile } from '../../profile';
import { committeeMeetings } from './committee';
import { activitiesInfo, parentContactsInfo, talksInfo } from './info';
import { classMeetings } from './meetings';
import { dormVisitsWeekly } from './weekly';

function suggestion(grade: Grade): Diagnostic[] {
  return [
    {
      table: TABLE_NAMES.settings,
      row: null,
      column: null,
      severity: 'info',
      message: `阿克苏职院：“${grade}”只是根据量化记录给出的建议，最终以系（部）德、能、勤、绩考核结果为准（第二十七至二十九条）；“优秀”由辅导员认定。本规则不计分。`,
    },
  ];
}

export const AKESU: Profile = {
  id: '阿克苏职院',
  minimums: [dormVisitsWeekly, committeeMeetings, classMeetings, talksInfo, activitiesInfo, parentContactsInfo],
  grade: (minimums) => (minimums.some((m) => m.status === 'unmet') ? '不称职' : '称职'),
  score: () => ({ score: null, bonuses: [] }),
  closing: suggestion,
};
