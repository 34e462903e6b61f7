// Records per week as a stacked bar chart (@fluentui/react-charts, the Fluent UI v9 chart library).
// This file is only reached through React.lazy, so the chart library stays out of the pane's start.
import * as React from 'react';
import { VerticalStackedBarChart, getNextColor } from '@fluentui/react-charts';
import type { WeekProgress } from '../../rules/progress';
import { SERIES, chartStacks } from './grid';

export default function WeekChart({ progress, width }: { progress: WeekProgress; width: number }) {
  const colors = React.useMemo(() => new Map(SERIES.map((s, i) => [s.legend, getNextColor(i)])), []);
  const data = React.useMemo(
    () =>
      chartStacks(progress).map((w) => ({
        xAxisPoint: `${w.week}`,
        xAxisCalloutData: `第${w.week}周`,
        chartData: w.parts.map((p) => ({ legend: p.legend, data: p.n, color: colors.get(p.legend) })),
      })),
    [progress, colors],
  );
  return (
    <VerticalStackedBarChart
      data={data}
      width={width}
      height={260}
      chartTitle="每周记录数"
      xAxisTitle="周次"
      yAxisTitle="记录数"
      hideLabels
      barWidth="auto"
      maxBarWidth={24}
      enabledLegendsWrapLines
      yAxisTickCount={4}
    />
  );
}
