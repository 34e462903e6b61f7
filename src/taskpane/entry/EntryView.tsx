// 录入: a tab per paper form, the form's fields, the verdict of the judge before writing, and
// 添加记录 / 撤销 through the workbook the pane works on.
import * as React from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { parseWorkbook } from '../../records/parse';
import { TABLES, type RecordInput } from '../../records/schema';
import { resolveParams } from '../../rules/params';
import type { RecordTableKey } from '../../rules/model';
import { FieldInput } from './FieldInput';
import { FORM_KEYS, formFields, initialValues, isoToday, missingRequired, toInput, type FormValues } from './form';
import { dormOptions, loadInitials, studentOptions, type Initials } from './roster';
import { verdict } from './verdict';
import { ViewStack } from '../components/ViewStack';
import type { WorkbookViewProps } from '../components/viewProps';

const useStyles = makeStyles({
  tabs: { flexWrap: 'wrap' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface Written {
  key: RecordTableKey;
  row: number;
  input: RecordInput;
}

interface Props extends WorkbookViewProps {
  /** The form to open and its starting values (the 学生 view opens one prefilled with a student). */
  initial?: EntryStart;
}

export interface EntryStart {
  key: RecordTableKey;
  values: Partial<Record<RecordTableKey, FormValues>>;
}

export function EntryView({ doc, read, run, busy, initial }: Props) {
  const s = useStyles();
  const [key, setKey] = React.useState<RecordTableKey>(initial?.key ?? 'talks');
  const [values, setValues] = React.useState<Partial<Record<RecordTableKey, FormValues>>>(initial?.values ?? {});
  const [last, setLast] = React.useState<Written | null>(null);
  const [initials, setInitials] = React.useState<Initials | undefined>(undefined);
  const form = values[key] ?? initialValues(key, isoToday(new Date()));
  const records = React.useMemo(() => parseWorkbook(read.raw), [read]);
  const groupMax = React.useMemo(
    () => resolveParams(records.settings.profile, records.settings.params).params.groupTalkMax,
    [records],
  );
  const students = React.useMemo(() => studentOptions(records.roster, initials), [records, initials]);
  const dorms = React.useMemo(() => dormOptions(records.roster), [records]);
  const input = toInput(key, form);
  const missing = missingRequired(key, form);
  // The verdict judges the whole workbook: recomputed when the record's content changes, not per render.
  const inputKey = React.useDeferredValue(JSON.stringify(input));
  const shown = React.useMemo(
    () => (missing.length ? null : verdict(read.raw, key, JSON.parse(inputKey) as RecordInput)),
    [read, key, inputKey, missing.length],
  );

  const set = (field: string, v: string) => setValues((all) => ({ ...all, [key]: { ...form, [field]: v } }));

  const add = () =>
    run('添加记录', async () => {
      const r = await doc.append(key, input);
      setLast({ key, row: r.row, input });
      // Keep the date and place for the next record; clear what differs each time.
      const next = initialValues(key, form.date ?? isoToday(new Date()));
      setValues((all) => ({ ...all, [key]: { ...next, date: form.date ?? next.date, place: form.place ?? '' } }));
      return `已添加到“${TABLES[key].sheet}”第${r.row}行。${shown?.text ?? ''}`;
    });

  const undo = () =>
    run('撤销', async () => {
      if (!last) return null;
      const r = await doc.remove(last.key, last.row, last.input);
      setLast(null);
      if (!r.removed) throw new Error(r.reason);
      return `已撤销“${TABLES[last.key].sheet}”第${last.row}行。`;
    });

  return (
    <ViewStack as="section" label="录入">
      <TabList
        className={s.tabs}
        selectedValue={key}
        onTabSelect={(_, d) => setKey(d.value as RecordTableKey)}
        size="small"
      >
        {FORM_KEYS.map((k) => (
          <Tab key={k} value={k}>
            {TABLES[k].sheet}
          </Tab>
        ))}
      </TabList>
      <form
        className={s.form}
        aria-label={TABLES[key].title}
        onSubmit={(e) => {
          e.preventDefault();
          // Enter in a field does not write a record: only the button does.
        }}
      >
        {formFields(key).map((c) => (
          <FieldInput
            key={`${key}-${c.field}`}
            column={c}
            value={form[c.field] ?? ''}
            onChange={(v) => set(c.field, v)}
            students={students}
            dorms={dorms}
            groupMax={key === 'talks' && c.kind === 'names' ? groupMax : undefined}
            onPickerFocus={() => {
              if (!initials) void loadInitials().then((f) => setInitials(() => f));
            }}
          />
        ))}
        {missing.length > 0 ? (
          <Body1>还需填写：{missing.join('、')}</Body1>
        ) : (
          shown && (
            <MessageBar intent={shown.counts ? 'success' : 'warning'}>
              <MessageBarBody>{shown.text}</MessageBarBody>
            </MessageBar>
          )
        )}
        <div className={s.actions}>
          <Button appearance="primary" disabled={busy || missing.length > 0} onClick={() => void add()}>
            添加记录
          </Button>
          <Button disabled={busy || !last} onClick={() => void undo()}>
            撤销
          </Button>
        </div>
      </form>
    </ViewStack>
  );
}
