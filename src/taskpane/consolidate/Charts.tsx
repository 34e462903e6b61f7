// The score distribution and each minimum's pass rate (@fluentui/react-charts, the same library as
// the teacher's views). Loaded with React.lazy by the 汇总 view, so the chart library stays out of
// the pane's initial JavaScript. The figures come from stats.ts; nothing is judged here.
import * as React from 'react';
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { HorizontalBarChart, ResponsiveContainer, VerticalBarChart, type Legend } from '@fluentui/react-charts';
import type { Consolidation } from '../../consolidate/types';
import { passRates, rateLabel, scoreBins } from './stats';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  chart: { width: '100%', minWidth: 0 },
  // A block of its own under the heading (Caption1 is inline and ran on beside it).
  caption: { display: 'block', marginBottom: tokens.spacingVerticalS },
});

const SEGMENTS = [
  { legend: '达标', key: 'met', color: tokens.colorPaletteGreenBackground3 },
  { legend: '进行中', key: 'pending', color: tokens.colorPaletteMarigoldBackground3 },
  { legend: '未达标', key: 'unmet', color: tokens.colorPaletteRedBackground3 },
] as const;
/** A segment whose legend is not the one picked is drawn in grey (the library's own highlight is per bar). */
const DIMMED = tokens.colorNeutralBackground5;

function ScoreChart({ consolidation }: { consolidation: Consolidation }) {
  const bins = scoreBins(consolidation);
  if (bins.length === 0) return <Caption1>没有得分可画（阿克苏职院的规则只给出称职/不称职）。</Caption1>;
  // ResponsiveContainer measures its box with a ResizeObserver and passes the width on: the chart is
  // drawn again when the pane is resized (the chart alone measures its parent only once).
  return (
    <ResponsiveContainer height={240}>
      <VerticalBarChart
        hideLegend
        barWidth="auto"
        // The default cap (24 px) leaves four bars as hairlines across a wide pane.
        maxBarWidth={64}
        yAxisTitle="人数"
        xAxisTitle="得分"
        data={bins.map((b) => ({
          x: b.label,
          y: b.count,
          legend: b.label,
          color: b.label === '不合格' ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground,
          xAxisCalloutData: b.label,
          yAxisCalloutData: `${b.count} 人`,
        }))}
      />
    </ResponsiveContainer>
  );
}

function PassRateChart({ consolidation }: { consolidation: Consolidation }) {
  const [picked, setPicked] = React.useState('');
  const rates = passRates(consolidation);
  // One legend for the whole chart: the library would list every bar's segments (3 × bars, “+13 more”).
  const legends: Legend[] = SEGMENTS.map((g) => ({
    title: g.legend,
    color: g.color,
    action: () => setPicked((p) => (p === g.legend ? '' : g.legend)),
  }));
  return (
    <HorizontalBarChart
      // 'hidden': the library's right-hand figure of a stacked bar is the sum of its segments (the
      // total), not 达标/总数; the title carries that instead.
      chartDataMode="hidden"
      legendProps={{ legends, enabledWrapLines: true, centerLegends: false }}
      data={rates.map((r) => ({
        chartTitle: `${r.name}　${rateLabel(r)}`,
        chartData: SEGMENTS.map((g) => ({
          legend: g.legend,
          horizontalBarChartdata: { x: r[g.key], total: r.judged },
          color: picked === '' || picked === g.legend ? g.color : DIMMED,
          xAxisCalloutData: `${r.name}：${g.legend}`,
          yAxisCalloutData: `${r[g.key]}/${r.judged} 个班级`,
        })),
      }))}
    />
  );
}

export default function Charts({ consolidation }: { consolidation: Consolidation }) {
  const s = useStyles();
  return (
    <div className={s.root}>
      <section aria-label="得分分布" className={s.chart}>
        <Subtitle2 as="h3">得分分布（班主任人数）</Subtitle2>
        <ScoreChart consolidation={consolidation} />
      </section>
      <section aria-label="各项最低要求达标率" className={s.chart}>
        <Subtitle2 as="h3">各项最低要求达标率（班级）</Subtitle2>
        <Caption1 className={s.caption}>
          名称后的“18/20”：适用的 20 个班级中 18 个达标；“进行中”是尚未到期的班级。
        </Caption1>
        <PassRateChart consolidation={consolidation} />
      </section>
    </div>
  );
}
