import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([
  BarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type PanelChartProps = {
  applicants: string[];
  means: Array<number | null>;
  totals: number[][];
  labels: { mean: string; reviewer: string };
};

/**
 * The panel at a glance: each applicant's mean weighted score as a bar, and each reviewer's own weighted
 * score as a dot on it, so the spread between reviewers shows as dots far apart. Loaded on demand (ECharts).
 */
export default function PanelChart({ applicants, means, totals, labels }: PanelChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 1, max: 5, interval: 1 },
      yAxis: {
        type: 'category',
        data: applicants,
        inverse: true,
        axisLabel: { width: 200, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: labels.mean,
          data: means.map((m) => (m === null ? null : Math.round(m * 100) / 100)),
          itemStyle: { color: '#4a78b5' },
          barMaxWidth: 22,
        },
        {
          type: 'scatter',
          name: labels.reviewer,
          data: totals.flatMap((list, i) => list.map((v) => [Math.round(v * 100) / 100, i])),
          itemStyle: { color: '#d9822b' },
          symbolSize: 11,
        },
      ],
    }),
    [applicants, means, totals, labels],
  );
  useEChart(ref, option);
  return (
    <div ref={ref} className="chart" style={{ height: `${Math.max(200, applicants.length * 44 + 70)}px` }} />
  );
}
