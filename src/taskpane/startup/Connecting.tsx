// Shown inside Office until office.js is ready. No buttons: nothing can be done before Excel answers.
// The title stays where the page's static shell (taskpane.html) and the pane put it, so nothing jumps.
import * as React from 'react';
import { Caption1, FluentProvider, Spinner, Title3, tokens } from '@fluentui/react-components';
import { theme } from '../theme';

export const CONNECTING_TEXT = '正在连接 Excel…';

export function Connecting() {
  return (
    <FluentProvider theme={theme}>
      <main
        style={{
          padding: tokens.spacingHorizontalL,
          display: 'flex',
          flexDirection: 'column',
          gap: tokens.spacingVerticalM,
          alignItems: 'flex-start',
        }}
      >
        <Title3 as="h1">班主任工作量化记录</Title3>
        <Spinner size="small" label={CONNECTING_TEXT} role="status" />
        <Caption1>若长时间停留在此，请关闭任务窗格后重新打开。</Caption1>
      </main>
    </FluentProvider>
  );
}
