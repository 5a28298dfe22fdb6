import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type FitChartProps = {
  people: string[];
  /** One series per signal: each person's points of fit (0–100) that the signal gave. */
  series: Array<{ name: string; values: number[]; color: string }>;
};

/**
 * Who fits an opening and why, at a glance: one bar per person, as long as their fit (0–100), split into the
 * points each signal gave, so a company sees that one person is listed for skills and another for being near.
 * Loaded on demand (ECharts).
 */
export default function FitChart({ people, series }: FitChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: {
        type: 'category',
        data: people,
        inverse: true,
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: series.map((s) => ({
        type: 'bar',
        stack: 'fit',
        name: s.name,
        data: s.values,
        itemStyle: { color: s.color },
        barMaxWidth: 22,
      })),
    }),
    [people, series],
  );
  useEChart(ref, option);
  return (
    <div ref={ref} className="chart" style={{ height: `${Math.max(160, people.length * 36 + 60)}px` }} />
  );
}
