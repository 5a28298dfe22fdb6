import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type EventFiguresChartProps = {
  label: string;
  months: string[];
  series: Array<{ name: string; values: (number | null)[]; type?: 'bar' | 'line' }>;
  /** Stack the bars (events by kind); a percent axis for rates. */
  stacked?: boolean;
  percent?: boolean;
};

/** Monthly bars or lines for the coordinator's event figures; ECharts, loaded on demand. */
export default function EventFiguresChart({
  label,
  months,
  series,
  stacked,
  percent,
}: EventFiguresChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', ...(percent ? { valueFormatter: (v: number) => `${v}%` } : {}) },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months },
      yAxis: percent
        ? { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }
        : { type: 'value', minInterval: 1 },
      series: series.map((s) => ({
        type: s.type ?? 'bar',
        name: s.name,
        data: s.values,
        ...(stacked && (s.type ?? 'bar') === 'bar' ? { stack: 'all' } : {}),
        connectNulls: false,
      })),
    }),
    [months, series, stacked, percent],
  );
  useEChart(ref, option);
  return <div ref={ref} role="img" aria-label={label} className="chart" style={{ height: '260px' }} />;
}
