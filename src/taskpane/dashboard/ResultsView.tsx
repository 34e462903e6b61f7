// 结果: the semester judged up to a chosen day (default today, kept inside the window), or the
// end-of-semester judgement one click away (SPEC §7.1 “As of today”). The judging is records/judge's.
import * as React from 'react';
import { Caption1, Field, Input, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { judge } from '../../records/judge';
import { weekOf } from '../../rules/calendar';
import { dayToChinese } from '../../rules/days';
import type { Day } from '../../rules/model';
import { Dashboard } from '../components/Dashboard';
import type { ReadResult } from '../session/doc';
import { dayOfField, defaultAsOf, fieldOfDay, pickBounds } from './asOf';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
});

export interface ResultsProps {
  read: ReadResult;
  /** The teacher's today (tests pass a fixed day). */
  today?: Date;
  /** Start on the end-of-semester judgement. */
  end?: boolean;
}

export default function ResultsView({ read, today, end = false }: ResultsProps) {
  const s = useStyles();
  const whole = React.useMemo(() => judge(read.raw, read.diagnostics), [read]);
  const bounds = pickBounds(whole.window);
  const first = React.useMemo(() => defaultAsOf(whole.window, today ?? new Date()), [whole, today]);
  const [atEnd, setAtEnd] = React.useState(end);
  const [text, setText] = React.useState(first === null ? '' : fieldOfDay(first));
  const [day, setDay] = React.useState<Day | null>(first);
  React.useEffect(() => {
    // A re-read workbook may have another window: start again from today.
    setDay(first);
    setText(first === null ? '' : fieldOfDay(first));
  }, [first]);
  const asOf = bounds && !atEnd ? day : null;
  const shown = React.useMemo(
    () => (asOf === null ? whole : judge(read.raw, read.diagnostics, { asOf })),
    [read, whole, asOf],
  );
  const bad = bounds !== null && !atEnd && dayOfField(text, bounds) === null;
  return (
    <section className={s.root} aria-label="结果">
      {bounds ? (
        <div className={s.controls}>
          <Field
            label="截至日期"
            validationState={bad ? 'error' : 'none'}
            validationMessage={
              bad ? `请选择 ${fieldOfDay(bounds.min)} 至 ${fieldOfDay(bounds.max)} 之间的日期（本学期内）` : undefined
            }
          >
            <Input
              type="date"
              value={text}
              min={fieldOfDay(bounds.min)}
              max={fieldOfDay(bounds.max)}
              disabled={atEnd}
              onChange={(_, d) => {
                setText(d.value);
                const next = dayOfField(d.value, bounds);
                if (next !== null) setDay(next);
              }}
            />
          </Field>
          <ToggleButton checked={atEnd} onClick={() => setAtEnd((v) => !v)}>
            学期末结论
          </ToggleButton>
        </div>
      ) : (
        <Caption1>设置表未填写学期开始日期，无法按日期查看进度；下面是按全部记录得出的学期末结论。</Caption1>
      )}
      {bounds && (
        <Caption1 role="status">
          {asOf !== null && whole.window.start !== null
            ? `按截至${dayToChinese(asOf)}（第${weekOf(asOf, whole.window.start)}周）的记录判断：尚未到来的周不算缺。`
            : '学期末结论：按整个学期的记录判断。'}
        </Caption1>
      )}
      <Dashboard evaluation={shown} />
    </section>
  );
}
