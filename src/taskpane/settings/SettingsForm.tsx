// 编辑设置: every 设置表 key as a field, checked by records' readers before writing (form.ts); 保存设置
// writes only the changed keys through plans/settings. A 值 changed in the sheet since it was read is
// not overwritten: the conflict is shown and 仍然保存 re-reads the sheet and plans again.
import * as React from 'react';
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Doc, ReadResult } from '../session/doc';
import { FIELDS, checkSettings, loadSettings, type FieldDef } from './form';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Props {
  doc: Doc;
  read: ReadResult;
  run(label: string, work: () => Promise<string | null>): Promise<void>;
  busy: boolean;
}

function FieldInput({
  f,
  value,
  error,
  onChange,
}: {
  f: FieldDef;
  value: string;
  error?: string;
  onChange(v: string): void;
}) {
  const label = `${f.key}${f.required ? ' *' : ''}`;
  const hint = f.kind === 'date' ? '如 2026-09-07' : f.kind === 'year' ? '如 2026-2027' : undefined;
  return (
    <Field label={label} hint={hint} validationState={error ? 'error' : 'none'} validationMessage={error}>
      {f.choices ? (
        <Dropdown
          aria-label={f.key}
          value={value}
          selectedOptions={value ? [value] : []}
          onOptionSelect={(_, d) => onChange(d.optionValue ?? '')}
        >
          {f.choices.map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Dropdown>
      ) : (
        <Input aria-label={f.key} value={value} onChange={(_, d) => onChange(d.value)} />
      )}
    </Field>
  );
}

export function SettingsForm({ doc, read, run, busy }: Props) {
  const s = useStyles();
  const loaded = React.useMemo(() => loadSettings(read.raw), [read]);
  const [text, setText] = React.useState(loaded.text);
  const [conflict, setConflict] = React.useState<string | null>(null);
  React.useEffect(() => {
    setText(loaded.text);
    setConflict(null);
  }, [loaded]);
  const checked = React.useMemo(() => checkSettings(read.raw, loaded, text), [read, loaded, text]);
  const blocked = Object.keys(checked.errors).length > 0;

  const save = (force: boolean) =>
    run('保存设置', async () => {
      let edits = checked.edits;
      if (force) {
        // Confirmed: plan again against what the sheet holds now (the user saw the conflict).
        const fresh = await doc.read();
        edits = checkSettings(fresh.raw, loadSettings(fresh.raw), text).edits;
      }
      const r = await doc.writeSettings(edits);
      if (!r.written) {
        setConflict(r.message);
        return null;
      }
      setConflict(null);
      return `设置已保存：修改 ${r.updated} 项，新增 ${r.appended} 项；其他行未改动。`;
    });

  return (
    <>
      <div className={s.grid}>
        {FIELDS.map((f) => (
          <FieldInput
            key={f.key}
            f={f}
            value={text[f.key] ?? ''}
            error={checked.errors[f.key]}
            onChange={(v) => setText((t) => ({ ...t, [f.key]: v }))}
          />
        ))}
      </div>
      {checked.edits.length > 0 &&
        checked.diagnostics.map((d, i) => (
          <MessageBar key={i} intent={d.severity === 'error' ? 'error' : 'warning'}>
            <MessageBarBody>保存后：{d.message}</MessageBarBody>
          </MessageBar>
        ))}
      {conflict && (
        <MessageBar intent="warning">
          <MessageBarBody>{conflict}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={busy || blocked || checked.edits.length === 0}
          onClick={() => void save(false)}
        >
          保存设置{checked.edits.length ? `（${checked.edits.length} 项）` : ''}
        </Button>
        {conflict && (
          <Button disabled={busy || blocked} onClick={() => void save(true)}>
            仍然保存（覆盖表中的新值）
          </Button>
        )}
        <Button disabled={busy} onClick={() => setText(loaded.text)}>
          还原
        </Button>
      </div>
    </>
  );
}
