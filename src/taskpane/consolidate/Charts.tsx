// The score distribution and each minimum's pass rate (@fluentui/react-charts, the same library as
// the teacher's views). Loaded with React.lazy by the 汇总 view, so the chart library stays out of
// the pane's initial JavaScript. The figures come from stats.ts; nothing is judged here.
import * as React from 'react';
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { HorizontalBarChart, VerticalBarChart } from '@fluentui/react-charts';
import type { Consolidation } from '../../consolidate/types';
import { passRates, scoreBins } from './stats';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  chart: { width: '100%', minWidth: 0 },
});

export default function Charts({ consolidation }: { consolidation: Consolidation }) {
  const s = useStyles();
  const bins = scoreBins(consolidation);
  const rates = passRates(consolidation);
  const failed = tokens.colorPaletteRedBackground3;
  const ok = tokens.colorPaletteGreenBackground3;
  const pending = tokens.colorPaletteMarigoldBackground3;
  return (
    <div className={s.root}>
      <section aria-label="得分分布" className={s.chart}>
        <Subtitle2 as="h3">得分分布（班主任人数）</Subtitle2>
        {bins.length === 0 ? (
          <Caption1>没有得分可画（阿克苏职院的规则只给出称职/不称职）。</Caption1>
        ) : (
          <VerticalBarChart
            height={220}
            hideLegend
            barWidth="auto"
            yAxisTitle="人数"
            xAxisTitle="得分"
            data={bins.map((b) => ({
              x: b.label,
              y: b.count,
              legend: b.label,
              color: b.label === '不合格' ? failed : tokens.colorBrandBackground,
              xAxisCalloutData: b.label,
              yAxisCalloutData: `${b.count} 人`,
            }))}
          />
        )}
      </section>
      <section aria-label="各项最低要求达标率" className={s.chart}>
        <Subtitle2 as="h3">各项最低要求达标率（班级）</Subtitle2>
        <Caption1>绿色：达标；黄色：进行中（尚未到期）；红色：未达标。</Caption1>
        <HorizontalBarChart
          chartDataMode="fraction"
          data={rates.map((r) => ({
            chartTitle: r.name,
            // “达标/总数” is the first segment over `total`; 进行中 and 未达标 follow in their colours.
            chartData: [
              { legend: '达标', x: r.met, color: ok },
              { legend: '进行中', x: r.pending, color: pending },
              { legend: '未达标', x: r.unmet, color: failed },
            ].map((d) => ({
              legend: d.legend,
              horizontalBarChartdata: { x: d.x, total: r.judged },
              color: d.color,
              xAxisCalloutData: `${r.name}：${d.legend}`,
              yAxisCalloutData: `${d.x}/${r.judged} 个班级`,
            })),
          }))}
        />
      </section>
    </div>
  );
}
