// The 「汇总」 view as the shell mounts it: loaded on first use (React.lazy), so neither the view nor
// the reader and charts behind it add to the pane's initial JavaScript.
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';

const ConsolidateView = React.lazy(() => import('./ConsolidateView'));

export function ConsolidatePane({ host }: { host: 'excel' | 'browser' }) {
  return (
    <React.Suspense fallback={<Spinner size="tiny" label="正在加载汇总…" />}>
      <ConsolidateView host={host} />
    </React.Suspense>
  );
}
