// 学生: every roster student with counts and last dates of 谈心, 谈话 and 联系家长 and 需特别关照
// (rules/progress studentProgress); filters 未谈心 / 未联系家长; a student opens the 录入 form prefilled.
import * as React from 'react';
import {
  Body1,
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableRow,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { parseWorkbook } from '../../records/parse';
import type { Day } from '../../rules/model';
import { studentProgress } from '../../rules/progress';
import { TableHead } from '../components/TableHead';
import { todayIn } from '../dashboard/asOf';
import type { ReadResult } from '../session/doc';
import {
  FILTER_TEXT,
  countCell,
  entryFor,
  filterStudents,
  shortDay,
  pickValue,
  type EntryStart,
  type StudentFilter,
} from './rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Narrow panes scroll the table sideways instead of squeezing names into one character per line.
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  name: { textAlign: 'left' },
  date: { display: 'block', color: tokens.colorNeutralForeground3 },
  care: { color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
});

interface Props {
  read: ReadResult;
  /** Opens the 录入 view on the given forms. */
  onEntry(start: EntryStart): void;
  today?: Date;
}

export default function StudentsView({ read, onEntry, today }: Props) {
  const s = useStyles();
  const records = React.useMemo(() => parseWorkbook(read.raw), [read]);
  // As of today (kept inside the window): a record dated later is not yet “done”.
  const all = React.useMemo(
    () => studentProgress(records, { asOf: todayIn(records, today ?? new Date()) }),
    [records, today],
  );
  const [filter, setFilter] = React.useState<StudentFilter>('all');
  const rows = filterStudents(all, filter);
  if (all.length === 0) {
    return (
      <section aria-label="学生">
        <Body1>学生名册为空：请先在“设置与名册”中粘贴名册，或在“学生名册”工作表填写全班学生。</Body1>
      </section>
    );
  }
  return (
    <section className={s.root} aria-label="学生">
      <div className={s.filters} role="group" aria-label="筛选">
        {(['all', 'noTalk', 'noParent'] as const).map((f) => (
          <ToggleButton key={f} size="small" checked={filter === f} onClick={() => setFilter(f)}>
            {FILTER_TEXT[f]}（{filterStudents(all, f).length}）
          </ToggleButton>
        ))}
      </div>
      <Caption1>本学期谈心、谈话的次数与最近日期；联系家长按本学年计。点姓名可为该生录入记录。</Caption1>
      <div className={s.scroll}>
        <Table size="small" aria-label="学生记录">
          <TableHead columns={['姓名', '谈心', '谈话', '联系家长', '需特别关照']} />
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.index}>
                <TableCell>
                  <Link
                    as="button"
                    className={s.name}
                    title={`为${r.name}录入记录`}
                    onClick={() => onEntry(entryFor(pickValue(records.roster, r.index), filter, today ?? new Date()))}
                  >
                    {r.name}
                  </Link>
                </TableCell>
                <CountCell n={r.talks} last={r.lastTalk} />
                <CountCell n={r.interviews} last={r.lastInterview} />
                <CountCell n={r.parentContacts} last={r.lastParentContact} />
                <TableCell className={s.care}>{r.specialCare}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {rows.length === 0 && <Body1>没有符合“{FILTER_TEXT[filter]}”的学生。</Body1>}
    </section>
  );
}

/** “2次” over its last date, so that five columns fit a 350 px pane. */
function CountCell({ n, last }: { n: number; last: Day | null }) {
  const s = useStyles();
  return (
    <TableCell aria-label={countCell(n, last)}>
      {n}次{n > 0 && <Caption1 className={s.date}>{shortDay(last)}</Caption1>}
    </TableCell>
  );
}
