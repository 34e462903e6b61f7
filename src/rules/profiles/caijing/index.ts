// 财经学院 profile (seed 004, SPEC §3.1): five minimums, grade 合格/不合格 (“没有达到最低要求为不合格”),
// score 60–90 via points().
import type { Profile } from '../../profile';
import { activities } from './activities';
import { dormVisits } from './dorms';
import { meetings } from './meetings';
import { parentContacts } from './parents';
import { score } from './score';
import { talks } from './talks';

export const CAIJING: Profile = {
  id: '财经学院',
  minimums: [meetings, talks, activities, dormVisits, parentContacts],
  grade: (minimums) => (minimums.some((m) => m.status === 'unmet') ? '不合格' : '合格'),
  score,
};
