// 设置与名册: the 设置表 as the reader understands it, with its diagnostics, and a roster pasted from
// any sheet — checked (duplicates, conflicts with the roster) and shown before anything is written.
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { parseWorkbook } from '../../records/parse';
import { TABLES } from '../../records/schema';
import { parseRosterPaste, type PastedRoster } from './paste';
import { settingsRows } from './rows';
import { ViewStack } from '../components/ViewStack';
import type { WorkbookViewProps } from '../components/viewProps';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function SettingsView({ doc, read, run, busy }: WorkbookViewProps) {
  const s = useStyles();
  const records = React.useMemo(() => parseWorkbook(read.raw), [read]);
  const settingsDiags = records.diagnostics.filter((d) => d.table === TABLES.settings.table);
  const [text, setText] = React.useState('');
  const [preview, setPreview] = React.useState<PastedRoster | null>(null);

  const importRoster = () =>
    run('导入名册', async () => {
      if (!preview) return null;
      for (const r of preview.add) await doc.append('roster', r);
      const n = preview.add.length;
      setPreview(null);
      setText('');
      return `已在名册末尾添加 ${n} 名学生；原有学生未改动。`;
    });

  return (
    <ViewStack as="section" label="设置与名册">
      <Text weight="semibold">设置（{TABLES.settings.table}）</Text>
      <div className={s.grid}>
        {settingsRows(records.settings).map(([k, v]) => (
          <React.Fragment key={k}>
            <Caption1>{k}</Caption1>
            <Body1>{v}</Body1>
          </React.Fragment>
        ))}
      </div>
      {settingsDiags.map((d, i) => (
        <MessageBar key={i} intent={d.severity === 'error' ? 'error' : 'warning'}>
          <MessageBarBody>{d.message}</MessageBarBody>
        </MessageBar>
      ))}
      <Caption1>设置请在“{TABLES.settings.sheet}”工作表中修改；这里显示检查结果。</Caption1>

      <Text weight="semibold">学生名册（现有 {records.roster.length} 人）</Text>
      <Field
        label="粘贴学生名册"
        hint="从任意表格复制（可带表头：学号、姓名、性别、宿舍……；不带表头时按此顺序）后粘贴到这里。"
      >
        <Textarea
          value={text}
          resize="vertical"
          onChange={(_, d) => {
            setText(d.value);
            setPreview(null);
          }}
        />
      </Field>
      <div>
        <Button disabled={busy || !text.trim()} onClick={() => setPreview(parseRosterPaste(text, records.roster))}>
          检查名册
        </Button>
      </div>
      {preview && (
        <>
          <Body1>
            将添加 {preview.add.length} 名新学生
            {preview.same.length ? `；${preview.same.length} 名已在名册中，跳过` : ''}。
          </Body1>
          {preview.conflicts.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                <ul className={s.list}>
                  {preview.conflicts.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button
              appearance="primary"
              disabled={busy || preview.add.length === 0}
              onClick={() => void importRoster()}
            >
              确认添加 {preview.add.length} 名学生
            </Button>
          </div>
        </>
      )}
    </ViewStack>
  );
}
