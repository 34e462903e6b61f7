// The 设置与名册 view, loaded when its tab is first opened: the first screen does not need it (issue 10:
// initial JavaScript ≤ 200 KB gzipped).
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import type { SettingsView as View } from './SettingsView';

const Lazy = React.lazy(() => import('./SettingsView').then((m) => ({ default: m.SettingsView })));

export function SettingsView(props: React.ComponentProps<typeof View>) {
  return (
    <React.Suspense fallback={<Spinner size="small" label="正在加载…" />}>
      <Lazy {...props} />
    </React.Suspense>
  );
}
