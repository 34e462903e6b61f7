// Shown inside Office until office.js is ready. No buttons: nothing can be done before Excel answers.
import * as React from 'react';
import { Caption1, FluentProvider, Spinner } from '@fluentui/react-components';
import { theme } from '../theme';

export const CONNECTING_TEXT = '正在连接 Excel…';

export function Connecting() {
  return (
    <FluentProvider theme={theme}>
      <main style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 8 }}>
        <Spinner size="small" label={CONNECTING_TEXT} role="status" />
        <Caption1>若长时间停留在此，请关闭任务窗格后重新打开。</Caption1>
      </main>
    </FluentProvider>
  );
}
