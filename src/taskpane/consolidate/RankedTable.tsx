// The ranked advisors, in the order of the summary's 汇总 sheet (per profile, by result and rank): a
// table where the pane is wide, a list of rows where it is narrow (a 350 px pane cannot show seven
// columns without hiding the verdict behind a sideways scroll).
import * as React from 'react';
import {
  Badge,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Award } from '../../rules/quota';
import type { AdvisorRow } from '../../consolidate/types';
import { TableHead, type HeadColumn } from '../components/TableHead';

const NARROW = '@media (max-width: 599px)';

const useStyles = makeStyles({
  wide: { [NARROW]: { display: 'none' } },
  narrow: {
    display: 'none',
    margin: 0,
    padding: 0,
    [NARROW]: { display: 'flex', flexDirection: 'column' },
  },
  item: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  rank: { minWidth: '2em', fontWeight: tokens.fontWeightSemibold },
  flags: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const COLOR: Record<Award, 'success' | 'brand' | 'danger'> = {
  优秀: 'brand',
  合格: 'success',
  称职: 'success',
  不合格: 'danger',
  不称职: 'danger',
};

/** Column widths: the flags take what is left. */
const HEADERS: readonly HeadColumn[] = [
  ['排名', '56px'],
  ['班主任', '96px'],
  ['院系', '96px'],
  ['班级', '120px'],
  ['结论', '72px'],
  ['得分', '56px'],
  ['标记', undefined],
];

const verdict = (a: AdvisorRow) => (
  <Badge appearance="filled" color={COLOR[a.result]}>
    {a.result}
  </Badge>
);

export function RankedTable({ advisors }: { advisors: readonly AdvisorRow[] }) {
  const s = useStyles();
  return (
    <>
      <Table size="small" className={s.wide} aria-label="班主任排名">
        <TableHead columns={HEADERS} />
        <TableBody>
          {advisors.map((a) => (
            <TableRow key={a.key}>
              <TableCell>{a.rank ?? '—'}</TableCell>
              <TableCell>{a.advisor}</TableCell>
              <TableCell>{a.department}</TableCell>
              <TableCell>{a.classNames.join('、')}</TableCell>
              <TableCell>{verdict(a)}</TableCell>
              <TableCell>{a.score ?? '—'}</TableCell>
              <TableCell className={s.flags}>{a.flags.join('；')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ul className={s.narrow} aria-label="班主任排名（列表）">
        {advisors.map((a) => (
          <li key={a.key} className={s.item}>
            <div className={s.head}>
              <Text className={s.rank}>{a.rank ?? '—'}</Text>
              <Text weight="semibold">{a.advisor}</Text>
              {verdict(a)}
              {a.score !== null && <Text>{a.score} 分</Text>}
            </div>
            <Caption1>{[a.department, a.classNames.join('、')].filter((t) => t !== '').join(' · ')}</Caption1>
            {a.flags.length > 0 && <Caption1 className={s.flags}>{a.flags.join('；')}</Caption1>}
          </li>
        ))}
      </ul>
    </>
  );
}
