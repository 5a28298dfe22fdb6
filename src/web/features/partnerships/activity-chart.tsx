import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export type ActivityChartProps = {
  months: string[];
  areas: Array<{ name: string; quiet: boolean }>;
  counts: number[][];
  label: string;
};

/** Activities per area (rows) and month (columns): a heat map; quiet areas are marked on their row label. */
export default function ActivityChart({ months, areas, counts, label }: ActivityChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(() => {
    const data = counts.flatMap((row, a) => row.map((n, m) => [m, a, n]));
    const max = Math.max(1, ...data.map((d) => d[2]!));
    return {
      animation: false,
      tooltip: {
        formatter: (p: { data: number[] }) =>
          `${areas[p.data[1]!]?.name}<br/>${months[p.data[0]!]}: ${p.data[2]}`,
      },
      grid: { left: 8, right: 16, top: 8, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: months, splitArea: { show: true } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: areas.map((a) => (a.quiet ? `⚠ ${a.name}` : a.name)),
        axisLabel: { width: 160, overflow: 'truncate' },
      },
      visualMap: {
        min: 0,
        max,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 80,
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: { show: true, formatter: (p: { data: number[] }) => (p.data[2] ? String(p.data[2]) : '') },
        },
      ],
    };
  }, [months, areas, counts]);
  useEChart(ref, option);
  return (
    <div
      ref={ref}
      className="chart"
      role="img"
      aria-label={label}
      data-testid="activity-chart"
      style={{ height: `${Math.max(200, 48 * areas.length + 80)}px` }}
    />
  );
}
