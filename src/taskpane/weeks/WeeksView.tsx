// 周历: the semester as a grid of weeks with the periodic rules' blocks (班会 per 3 weeks, 走访 per 2
// weeks, 班委会 per month) as of today, and a chart of records per week, loaded only when shown.
import * as React from 'react';
import { Badge, Body1, Caption1, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { parseWorkbook } from '../../records/parse';
import { weekProgress } from '../../rules/progress';
import { todayIn } from '../dashboard/asOf';
import type { ReadResult } from '../session/doc';
import { STATE_COLOR, STATE_TEXT, periodRows, periodText, weekAt } from './grid';
import { shortDay } from '../students/rows';

const WeekChart = React.lazy(() => import(/* webpackChunkName: "week-chart" */ './WeekChart'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  weeks: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(72px, 1fr))',
    gap: tokens.spacingHorizontalXS,
  },
  week: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  now: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  periods: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  chart: { minHeight: '260px', width: '100%' },
});

export default function WeeksView({ read, today }: { read: ReadResult; today?: Date }) {
  const s = useStyles();
  const records = React.useMemo(() => parseWorkbook(read.raw), [read]);
  const progress = React.useMemo(() => {
    const asOf = todayIn(records, today ?? new Date());
    const w = asOf === null ? null : weekProgress(records, { asOf });
    return w && w.weeks.length > 0 ? { asOf, w } : null;
  }, [records, today]);
  const box = React.useRef<HTMLDivElement>(null);
  const [width, setWidth] = React.useState(0);
  React.useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [progress]);
  if (!progress) {
    return (
      <section aria-label="周历">
        <Body1>设置表未填写学期开始日期，无法按周显示。请在“设置与名册”中填写学期开始日期（第1周的第一天）。</Body1>
      </section>
    );
  }
  const { w, asOf } = progress;
  const current = weekAt(w, asOf);
  return (
    <section className={s.root} aria-label="周历">
      <Caption1>
        {current ? `今天是第${current}周。` : ''}
        “已完成”“缺”“本期待完成”“未到”按今天判断：尚未到来的周不算缺。
      </Caption1>
      {periodRows(w).map((row) => (
        <div key={row.title}>
          <Text weight="semibold">{row.title}</Text>
          <div className={s.periods}>
            {row.periods.map((p) => (
              <Badge key={p.label} appearance="tint" color={STATE_COLOR[p.state]} aria-label={periodText(p)}>
                {p.label} {STATE_TEXT[p.state]}
              </Badge>
            ))}
          </div>
        </div>
      ))}
      <Text weight="semibold">各周记录</Text>
      <div className={s.weeks} role="list" aria-label="各周">
        {w.weeks.map((x) => {
          const n = Object.values(x.counts).reduce((a, b) => a + b, 0);
          return (
            <div key={x.week} role="listitem" className={mergeClasses(s.week, x.week === current && s.now)}>
              <Caption1>
                <b>第{x.week}周</b>
              </Caption1>
              {x.week === current && <Caption1>（本周）</Caption1>}
              <Caption1>{shortDay(x.from)}起</Caption1>
              <Caption1>{n}条记录</Caption1>
            </div>
          );
        })}
      </div>
      <div ref={box} className={s.chart}>
        {width > 0 && (
          <React.Suspense fallback={<Spinner size="tiny" label="正在加载图表…" />}>
            <WeekChart progress={w} width={width} />
          </React.Suspense>
        )}
      </div>
    </section>
  );
}
