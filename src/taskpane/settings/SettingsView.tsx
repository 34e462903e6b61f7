// 设置与名册: the 设置表 as the reader understands it, with its diagnostics, and a roster pasted from
// any sheet — checked (duplicates, conflicts with the roster) and shown before anything is written.
import * as React from 'react';
import {
  Body1,
  Button,
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
import { SettingsForm } from './SettingsForm';
import { ViewStack } from '../components/ViewStack';
import type { WorkbookViewProps } from '../components/viewProps';

const useStyles = makeStyles({
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
      // One append call for all of them (≤ 2 syncs in Excel).
      const { count: n } = await doc.appendAll('roster', preview.add);
      setPreview(null);
      setText('');
      return `已在名册末尾添加 ${n} 名学生；原有学生未改动。`;
    });

  return (
    <ViewStack as="section" label="设置与名册">
      <Text weight="semibold">设置（{TABLES.settings.table}）</Text>
      <SettingsForm doc={doc} read={read} run={run} busy={busy} />
      {settingsDiags.map((d, i) => (
        <MessageBar key={i} intent={d.severity === 'error' ? 'error' : 'warning'}>
          <MessageBarBody>{d.message}</MessageBarBody>
        </MessageBar>
      ))}

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
