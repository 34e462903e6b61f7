// One colour per status for both the badge and the progress bar of a minimum, so that they never
// disagree: 待学年末 (pending) is neutral — nothing is wrong yet.
import type { Status } from '../../rules/model';

export interface StatusColors {
  badge: 'success' | 'danger' | 'informative';
  /** ProgressBar colour; undefined is Fluent's neutral brand colour. */
  bar: 'success' | 'error' | undefined;
}

export const STATUS_COLORS: Readonly<Record<Status, StatusColors>> = {
  met: { badge: 'success', bar: 'success' },
  unmet: { badge: 'danger', bar: 'error' },
  pending: { badge: 'informative', bar: undefined },
  'n/a': { badge: 'informative', bar: undefined },
};
