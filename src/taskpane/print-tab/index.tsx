// The 打印 tab as the shell mounts it: the print view and the print plans load only when the tab is
// opened (React.lazy), so the pane's initial JS does not grow.
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import type { PrintTabProps } from './PrintTab';

const Lazy = React.lazy(() => import('./PrintTab'));

export function PrintTab(props: PrintTabProps): React.JSX.Element {
  return (
    <React.Suspense fallback={<Spinner size="tiny" label="正在准备打印视图…" />}>
      <Lazy {...props} />
    </React.Suspense>
  );
}
