// The 录入 view as the shell mounts it. The first screen shows no form until a workbook is open, so the
// view (Combobox, Dropdown, Textarea and the records reader behind them) is its own chunk, prefetched
// while the browser is idle after start-up (issue 10: initial JavaScript ≤ 200 KB gzipped).
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import type { EntryView as View } from './EntryView';

const Lazy = React.lazy(() =>
  import(/* webpackChunkName: "view-entry", webpackPrefetch: true */ './EntryView').then((m) => ({
    default: m.EntryView,
  })),
);

export type { EntryStart } from './EntryView';

export function EntryView(props: React.ComponentProps<typeof View>): React.JSX.Element {
  return (
    <React.Suspense fallback={<Spinner size="tiny" label="正在加载…" />}>
      <Lazy {...props} />
    </React.Suspense>
  );
}
