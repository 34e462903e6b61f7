// The task pane shell: a Fluent UI v9 provider, the product title and one status line.
// The lead wires the real panels (setup, records, dashboard) into this shell.
import * as React from 'react';
import { Body1, FluentProvider, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

export interface AppProps {
  /** Where the pane runs: 'excel' inside Excel, 'browser' when opened on its own (no workbook). */
  host: 'excel' | 'browser';
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
});

export function statusText(host: AppProps['host']): string {
  return host === 'excel'
    ? '已连接 Excel。工作表函数 BZR.MINIMUMS、BZR.SCORE 等已可使用。'
    : '未在 Excel 中运行：这是独立浏览器模式，不会读取或修改任何工作簿。';
}

export function App({ host }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">班主任工作量化记录</Title3>
        <Body1 role="status">{statusText(host)}</Body1>
      </main>
    </FluentProvider>
  );
}
