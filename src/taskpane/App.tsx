// The task pane shell: the toolbar for the workbook the pane works on (Excel, or stand-alone a workbook
// held in memory), the view tabs, and one message bar. Views get the read workbook and a `run` that
// handles busy state and Chinese error messages. Every judgement comes from src/rules via records/judge.
import * as React from 'react';
import {
  Body1,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ConsolidatePane } from './consolidate';
import { ResultsView, StudentsView, WeeksView } from './dashboard/lazy';
import { EntryView, type EntryStart } from './entry/lazy';
import { describeError, statusText } from './messages';
import { excelDoc, type Doc, type ReadResult } from './session/doc';
import { PrintTab } from './print-tab';
import { SettingsView } from './settings/lazy';
import { Toolbar } from './shell/Toolbar';
import { VIEWS, type ViewId } from './shell/views';
import { theme } from './theme';

export { describeEnsure, statusText } from './messages';

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
    maxWidth: '960px',
  },
  // Seven tabs do not fit 350 px in one row: they wrap instead of widening the pane.
  tabs: { flexWrap: 'wrap' },
});

export type Notice = { intent: 'success' | 'error' | 'info' | 'warning'; title: string; text: string };

interface Loaded {
  doc: Doc;
  read: ReadResult;
}

export function App({ host }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [view, setView] = React.useState<ViewId>('entry');
  const [entryStart, setEntryStart] = React.useState<EntryStart | undefined>(undefined);

  /** Reads `doc` (each view judges it as it needs); the previous workbook's results never stay under a failure. */
  const load = React.useCallback(async (doc: Doc) => {
    const read = await doc.read();
    setLoaded({ doc, read });
  }, []);

  const run = React.useCallback(async (label: string, work: () => Promise<string | Notice | null>) => {
    setBusy(label);
    try {
      const r = await work();
      setNotice(typeof r === 'string' ? { intent: 'success', title: label, text: r } : r);
    } catch (e) {
      setNotice({ intent: 'error', title: `${label}失败`, text: describeError(e) });
    } finally {
      setBusy(null);
    }
  }, []);

  const open = React.useCallback(
    (label: string, make: () => Promise<Doc>) =>
      run(label, async () => {
        setLoaded(null);
        await load(await make());
        return null;
      }),
    [load, run],
  );

  React.useEffect(() => {
    if (host === 'excel') void open('读取记录', async () => excelDoc());
  }, [host, open]);

  /** A view's action, followed by a fresh read of the workbook. */
  const act = React.useCallback(
    (label: string, work: () => Promise<string | null>) =>
      run(label, async () => {
        const text = await work();
        if (loaded) await load(loaded.doc);
        return text;
      }),
    [loaded, load, run],
  );

  return (
    <FluentProvider theme={theme}>
      <main className={styles.root}>
        <Title3 as="h1">班主任工作量化记录</Title3>
        <Body1 role="status">{statusText(host)}</Body1>
        <Toolbar host={host} doc={loaded?.doc ?? null} busy={!!busy} open={open} act={act} load={load} run={run} />
        {busy && <Spinner size="tiny" label={`${busy}…`} />}
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.text}
            </MessageBarBody>
          </MessageBar>
        )}
        {loaded && <Caption1>数据来源：{loaded.doc.label}</Caption1>}
        {/* The tabs show before a workbook is open: 汇总 (the counsellor's) needs no open workbook. */}
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_, d) => (setEntryStart(undefined), setView(d.value as ViewId))}
          aria-label="视图"
        >
          {VIEWS.map((v) => (
            <Tab key={v.id} value={v.id}>
              {v.label}
            </Tab>
          ))}
        </TabList>
        {loaded && view === 'entry' && (
          <EntryView doc={loaded.doc} read={loaded.read} run={act} busy={!!busy} initial={entryStart} />
        )}
        {loaded && view === 'results' && <ResultsView read={loaded.read} />}
        {loaded && view === 'students' && (
          <StudentsView read={loaded.read} onEntry={(e) => (setEntryStart(e), setView('entry'))} />
        )}
        {loaded && view === 'weeks' && <WeeksView read={loaded.read} />}
        {loaded && view === 'settings' && <SettingsView doc={loaded.doc} read={loaded.read} run={act} busy={!!busy} />}
        {loaded && view === 'print' && <PrintTab doc={loaded.doc} read={loaded.read} run={act} busy={!!busy} />}
        {view === 'consolidate' && <ConsolidatePane host={host} />}
      </main>
    </FluentProvider>
  );
}
