// 「汇总」: the counsellor's consolidation in the pane (SPEC §7.2 “In the pane”). The picked class
// workbooks are read and judged on this machine by src/consolidate/browser (the same judging and
// the same pure core as `bzr consolidate`); the summary is downloaded (stand-alone) or written as
// sheets of the open workbook (Excel).
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  consolidateFiles,
  fileLabel,
  workbookFiles,
  type BrowserRun,
  type FileProgress,
} from '../../consolidate/browser';
import { consolidate } from '../../consolidate/core';
import type { Consolidation } from '../../consolidate/types';
import { describeError } from '../messages';
import { FileList } from './FileList';
import { downloadSummary, writeIntoWorkbook } from './output';
import { Pickers } from './Pickers';
import { RankedTable } from './RankedTable';
import { Summary } from './Summary';

const Charts = React.lazy(() => import('./Charts'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Notice = { intent: 'success' | 'error' | 'warning'; text: string };

/** “30” → 0.3; null when it is not a percentage from 0 to 100. */
function parseRatio(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  const n = Number(t);
  return t !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? n / 100 : null;
}

/** Adds newly picked files, skipping .xlsx files already in the list (same path, size and time). */
function merge(old: readonly File[], picked: readonly File[]): File[] {
  const id = (f: File) => `${fileLabel(f)}\u0000${f.size}\u0000${f.lastModified}`;
  const seen = new Set(old.map(id));
  return [...old, ...workbookFiles(picked).filter((f) => !seen.has(id(f)))];
}

export default function ConsolidateView({ host }: { host: 'excel' | 'browser' }) {
  const s = useStyles();
  const [files, setFiles] = React.useState<File[]>([]);
  const [history, setHistory] = React.useState<File[]>([]);
  const [ratioText, setRatioText] = React.useState('30');
  const [mask, setMask] = React.useState(false);
  const [progress, setProgress] = React.useState<FileProgress[]>([]);
  const [run, setRun] = React.useState<BrowserRun | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const ratio = parseRatio(ratioText);

  // A new ratio or mask re-runs the pure core on the results already read: nothing is read again.
  const c: Consolidation | null = React.useMemo(() => {
    if (!run) return null;
    const base = run.consolidation;
    if (ratio === null || (ratio === base.ratio && mask === base.mask)) return base;
    return consolidate(run.results, { ratio, mask, history: run.history, date: base.date });
  }, [run, ratio, mask]);

  const start = async () => {
    if (ratio === null || files.length === 0) return;
    setBusy('正在汇总');
    setNotice(null);
    setRun(null);
    const rows: FileProgress[] = [];
    try {
      const r = await consolidateFiles(files, {
        ratio,
        mask,
        history,
        onProgress: (p) => {
          rows[p.index] = p;
          setProgress([...rows]);
        },
      });
      setRun(r);
    } catch (e) {
      setNotice({ intent: 'error', text: `汇总没有完成：${describeError(e)}` });
    } finally {
      setBusy(null);
    }
  };

  const output = async () => {
    if (!c) return;
    setBusy(host === 'excel' ? '正在写入' : '正在生成汇总工作簿');
    try {
      if (host === 'excel') {
        const names = await Excel.run((context) => writeIntoWorkbook(c, context));
        setNotice({ intent: 'success', text: `已写入当前工作簿：${names.join('、')}工作表（只含数值）。` });
      } else {
        await downloadSummary(c, `汇总-${c.date}.xlsx`);
        setNotice({ intent: 'success', text: '已生成汇总工作簿，请在浏览器的下载中查看。' });
      }
    } catch (e) {
      setNotice({ intent: 'error', text: describeError(e) });
    } finally {
      setBusy(null);
    }
  };

  const clear = () => {
    setFiles([]);
    setHistory([]);
    setProgress([]);
    setRun(null);
    setNotice(null);
  };

  return (
    <div className={s.root}>
      <Body1>
        把本院系各班的班主任工作量化记录工作簿放在一起汇总：按班主任排名，计算优秀名额，列出无法汇总的文件。
      </Body1>
      <Pickers
        busy={!!busy}
        classCount={files.length}
        historyCount={history.length}
        ratioText={ratioText}
        ratioError={ratio === null ? '请输入 0 到 100 之间的数，例如 30。' : null}
        mask={mask}
        onClasses={(picked) => {
          setFiles((old) => merge(old, picked));
          setRun(null);
          setProgress([]);
        }}
        onHistory={(picked) => setHistory((old) => merge(old, picked))}
        onRatio={setRatioText}
        onMask={setMask}
        onClear={clear}
      />
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={!!busy || files.length === 0 || ratio === null}
          onClick={() => void start()}
        >
          开始汇总
        </Button>
        {c && (
          <Button disabled={!!busy} onClick={() => void output()}>
            {host === 'excel' ? '写入当前工作簿' : '下载汇总工作簿'}
          </Button>
        )}
      </div>
      {busy && <Spinner size="tiny" label={`${busy}…`} />}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {c && <Summary consolidation={c} historyProblems={run?.historyProblems ?? []} />}
      {c && c.advisors.length > 0 && (
        <>
          <Subtitle2 as="h2">班主任排名</Subtitle2>
          <RankedTable advisors={c.advisors} />
          <React.Suspense fallback={<Caption1>正在加载图表…</Caption1>}>
            <Charts consolidation={c} />
          </React.Suspense>
        </>
      )}
      {progress.length > 0 &&
        (busy || !c ? (
          <FileList items={progress} />
        ) : (
          // Once the run is over the per-file bars fold away; the errors are listed above.
          <details>
            <summary>
              <Caption1>文件进度（{progress.length} 个文件）</Caption1>
            </summary>
            <FileList items={progress} />
          </details>
        ))}
    </div>
  );
}
