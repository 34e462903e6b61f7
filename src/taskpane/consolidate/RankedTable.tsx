// The ranked advisors, in the order of the summary's 汇总 sheet (per profile, by result and rank).
import * as React from 'react';
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Award } from '../../rules/quota';
import type { AdvisorRow } from '../../consolidate/types';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '640px' },
  flags: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const COLOR: Record<Award, 'success' | 'brand' | 'danger' | 'informative'> = {
  优秀: 'brand',
  合格: 'success',
  称职: 'success',
  不合格: 'danger',
  不称职: 'danger',
};

const HEADERS = ['排名', '班主任', '院系', '班级', '结论', '得分', '标记'];

export function RankedTable({ advisors }: { advisors: readonly AdvisorRow[] }) {
  const s = useStyles();
  return (
    <div className={s.scroll}>
      <Table size="small" className={s.table} aria-label="班主任排名">
        <TableHeader>
          <TableRow>
            {HEADERS.map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {advisors.map((a) => (
            <TableRow key={a.key}>
              <TableCell>{a.rank ?? '—'}</TableCell>
              <TableCell>{a.advisor}</TableCell>
              <TableCell>{a.department}</TableCell>
              <TableCell>{a.classNames.join('、')}</TableCell>
              <TableCell>
                <Badge appearance="filled" color={COLOR[a.result]}>
                  {a.result}
                </Badge>
              </TableCell>
              <TableCell>{a.score ?? '—'}</TableCell>
              <TableCell className={s.flags}>{a.flags.join('；')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
