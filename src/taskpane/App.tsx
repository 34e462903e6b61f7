// The task pane: in Excel it creates/repairs the record sheets, judges the open workbook and writes the
// 量化汇总 sheet; in a plain browser (stand-alone mode) it judges an .xlsx chosen from disk or a sample
// class made in the browser. Every judgement comes from src/rules through records/judge.
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { EnsureReport } from '../records/schema';
import { Dashboard } from './components/Dashboard';
import {
  describeError,
  downloadSample,
  judgeFile,
  judgeOpenWorkbook,
  judgeSample,
  ensureOpenWorkbook,
  writeSummaryToOpenWorkbook,
  type Judged,
} from './sources';

export interface AppProps {
  /** Where the pane runs: 'excel' inside Excel, 'browser' when opened on its own. */
  host: 'excel' | 'browser';
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function statusText(host: AppProps['host']): string {
  return host === 'excel'
    ? '已连接 Excel。工作表函数 BZR.MINIMUMS、BZR.SCORE 等已可使用。'
    : '独立模式：未连接 Excel。可打开本机的 .xlsx 工作簿（只在浏览器内读取，不会上传），或查看示例班级。';
}

/** What ensure did, in one Chinese sentence. */
export function describeEnsure(r: EnsureReport): string {
  if (!r.changed && r.skipped.length === 0) return '记录表齐全，无需修复。';
  const parts: string[] = [];
  if (r.createdSheets.length) parts.push(`新建工作表：${r.createdSheets.join('、')}`);
  if (r.createdTables.length) parts.push(`新建表格：${r.createdTables.join('、')}`);
  if (r.addedColumns.length) parts.push(`补上列：${r.addedColumns.map((c) => `${c.table}.${c.header}`).join('、')}`);
  for (const s of r.skipped) parts.push(`未改动“${s.sheet}”：${s.reason}`);
  return `${parts.join('；')}。`;
}

type Notice = { intent: 'success' | 'error' | 'info' | 'warning'; title: string; text: string };

export function App({ host }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [judged, setJudged] = React.useState<Judged | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const run = React.useCallback(async (label: string, work: () => Promise<Notice | null>) => {
    setBusy(label);
    try {
      setNotice(await work());
    } catch (e) {
      setNotice({ intent: 'error', title: `${label}失败`, text: describeError(e) });
    } finally {
      setBusy(null);
    }
  }, []);

  const refresh = React.useCallback(
    () =>
      run('读取记录', async () => {
        setJudged(await judgeOpenWorkbook());
        return null;
      }),
    [run],
  );

  React.useEffect(() => {
    if (host === 'excel') void refresh();
    else
      void run('生成示例班级', async () => {
        setJudged(await judgeSample());
        return null;
      });
  }, [host, refresh, run]);

  const repair = () =>
    run('创建/修复记录表', async () => {
      const report = await ensureOpenWorkbook({});
      setJudged(await judgeOpenWorkbook());
      return {
        intent: report.skipped.length ? 'warning' : 'success',
        title: '创建/修复记录表',
        text: describeEnsure(report),
      };
    });

  const summary = () =>
    run('写入量化汇总', async () => {
      const fresh = await judgeOpenWorkbook();
      setJudged(fresh);
      await writeSummaryToOpenWorkbook(fresh.evaluation);
      return { intent: 'success', title: '已写入“量化汇总”工作表', text: '结果以数值保存，并附有实时的 BZR 公式。' };
    });

  const openFile = (file: File | undefined) => {
    if (!file) return;
    void run('打开工作簿', async () => {
      setJudged(await judgeFile(file));
      return null;
    });
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">班主任工作量化记录</Title3>
        <Body1 role="status">{statusText(host)}</Body1>
        <div className={styles.toolbar}>
          {host === 'excel' ? (
            <>
              <Button appearance="primary" disabled={!!busy} onClick={() => void repair()}>
                创建/修复记录表
              </Button>
              <Button disabled={!!busy} onClick={() => void refresh()}>
                刷新
              </Button>
              <Button disabled={!!busy || !judged} onClick={() => void summary()}>
                写入量化汇总
              </Button>
            </>
          ) : (
            <>
              <Button appearance="primary" disabled={!!busy} onClick={() => fileInput.current?.click()}>
                打开工作簿…
              </Button>
              <input
                ref={fileInput}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                hidden
                aria-label="选择 .xlsx 工作簿"
                onChange={(e) => openFile(e.target.files?.[0])}
              />
              <Button
                disabled={!!busy}
                onClick={() =>
                  void run('生成示例班级', async () => {
                    setJudged(await judgeSample());
                    return null;
                  })
                }
              >
                查看示例班级
              </Button>
              <Button
                disabled={!!busy}
                onClick={() => void run('下载示例', async () => (await downloadSample(), null))}
              >
                下载示例工作簿
              </Button>
            </>
          )}
        </div>
        {busy && <Spinner size="tiny" label={`${busy}…`} />}
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.text}
            </MessageBarBody>
          </MessageBar>
        )}
        {judged && (
          <>
            <Caption1>数据来源：{judged.source}</Caption1>
            <Dashboard evaluation={judged.evaluation} />
          </>
        )}
      </main>
    </FluentProvider>
  );
}
