// The sample rows of each record form, keyed by its record table.
import type { RecordTableKey } from '../../rules/model';
import type { FormSample } from '../context';
import { activities } from './activities';
import { dormVisits } from './dorm-visits';
import { interviews } from './interviews';
import { meetings } from './meetings';
import { parentContacts } from './parent-contacts';
import { talks } from './talks';

export const FORM_SAMPLES: Record<RecordTableKey, FormSample> = {
  meetings,
  talks,
  interviews,
  activities,
  dormVisits,
  parentContacts,
};
