// The buttons for the workbook itself: in Excel 创建/修复, 刷新, 写入量化汇总; stand-alone 打开, 新建,
// 示例, and, once a workbook is open, 创建/修复 and 下载工作簿.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { newBlank, openFile, sample, type Doc } from '../session/doc';
import type { Notice } from '../App';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  host: 'excel' | 'browser';
  doc: Doc | null;
  busy: boolean;
  open(label: string, make: () => Promise<Doc>): Promise<void>;
  act(label: string, work: () => Promise<string | null>): Promise<void>;
  load(doc: Doc): Promise<void>;
  run(label: string, work: () => Promise<string | Notice | null>): Promise<void>;
}

export function Toolbar({ host, doc, busy, open, act, load, run }: Props) {
  const s = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const repair = doc && (
    <Button
      disabled={busy}
      onClick={() =>
        void act('创建/修复记录表', async () => {
          const report = await doc.repair();
          const { describeEnsure } = await import('../../plans/repair');
          return describeEnsure(report);
        })
      }
    >
      创建/修复记录表
    </Button>
  );
  if (host === 'excel') {
    return (
      <div className={s.toolbar}>
        {repair}
        <Button disabled={busy || !doc} onClick={() => doc && void run('刷新', async () => (await load(doc), null))}>
          刷新
        </Button>
        <Button
          disabled={busy || !doc}
          onClick={() =>
            doc &&
            void act('写入量化汇总', async () => {
              const read = await doc.read();
              const [{ writeSummary }, { judge }] = await Promise.all([
                import('../../excel/sheet'),
                import('../../records/judge'),
              ]);
              const evaluation = judge(read.raw, read.diagnostics);
              await Excel.run((context) => writeSummary(context, evaluation, new Date()));
              return '已写入“量化汇总”工作表：结果以数值保存，并附有实时的 BZR 公式。';
            })
          }
        >
          写入量化汇总
        </Button>
      </div>
    );
  }
  return (
    <div className={s.toolbar}>
      <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
        打开工作簿…
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        aria-label="选择 .xlsx 工作簿"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open('打开工作簿', () => openFile(file));
        }}
      />
      <Button disabled={busy} onClick={() => void open('新建空白工作簿', newBlank)}>
        新建空白工作簿
      </Button>
      <Button disabled={busy} onClick={() => void open('生成示例班级', sample)}>
        查看示例班级
      </Button>
      {repair}
      {doc?.download && (
        <Button disabled={busy} onClick={() => void run('下载工作簿', async () => (await doc.download?.(), null))}>
          下载工作簿
        </Button>
      )}
    </div>
  );
}
