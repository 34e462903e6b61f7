// One progress bar per picked class workbook, with what became of it.
import * as React from 'react';
import { Caption1, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FileProgress, FileState } from '../../consolidate/browser';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  head: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  name: { overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const STATE_TEXT: Record<FileState, string> = {
  waiting: '等待',
  reading: '读取中',
  done: '已读取',
  error: '未汇总',
};

function bar(state: FileState): { value?: number; color?: 'error' | 'success' } {
  if (state === 'reading') return {}; // indeterminate while the file is read
  if (state === 'waiting') return { value: 0 };
  return state === 'done' ? { value: 1, color: 'success' } : { value: 1, color: 'error' };
}

export function FileList({ items }: { items: readonly FileProgress[] }) {
  const s = useStyles();
  const done = items.filter((p) => p.state === 'done' || p.state === 'error').length;
  return (
    <section aria-label="文件进度">
      <Caption1>
        已处理 {done}/{items.length} 个文件
      </Caption1>
      <ul className={s.list}>
        {items.map((p) => (
          <li key={p.index} className={s.item}>
            <div className={s.head}>
              <Text size={200} className={s.name}>
                {p.name}
              </Text>
              <Caption1>{STATE_TEXT[p.state]}</Caption1>
            </div>
            <ProgressBar thickness="medium" aria-label={`${p.name}：${STATE_TEXT[p.state]}`} {...bar(p.state)} />
            {p.message && <Caption1 className={s.error}>{p.message}</Caption1>}
          </li>
        ))}
      </ul>
    </section>
  );
}
