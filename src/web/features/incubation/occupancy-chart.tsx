import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type OccupancyChartProps = {
  months: string[];
  series: Array<{ name: string; rates: number[] }>;
};

/** Occupancy (percent of leasable floor area let) month by month, one line per series; ECharts, on demand. */
export default function OccupancyChart({ months, series }: OccupancyChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: series.map((s, i) => ({
        type: 'line',
        name: s.name,
        data: s.rates.map((r) => Math.round(r * 1000) / 10),
        lineStyle: { width: i === 0 ? 3 : 1.5 },
        showSymbol: false,
      })),
    }),
    [months, series],
  );
  useEChart(ref, option);
  return <div ref={ref} className="chart" style={{ height: '280px' }} />;
}
