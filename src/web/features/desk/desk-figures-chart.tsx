import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type DeskBarChartProps = {
  /** The chart's name for screen readers (the numbers are in the table next to it). */
  label: string;
  categories: string[];
  series: Array<{ name: string; values: number[]; stack?: string }>;
  /** Values are shares 0–1, shown as percent. */
  percent?: boolean;
  horizontal?: boolean;
};

/** Bars for the desk's figures (stacked where series share a stack); ECharts, loaded on demand. */
export default function DeskBarChart({ label, categories, series, percent, horizontal }: DeskBarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(() => {
    const valueAxis = percent
      ? { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }
      : { type: 'value', minInterval: 1 };
    const categoryAxis = {
      type: 'category',
      data: categories,
      ...(horizontal ? { inverse: true, axisLabel: { width: 140, overflow: 'truncate' } } : {}),
    };
    return {
      animation: false,
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        ...(percent ? { valueFormatter: (v: number) => `${v}%` } : {}),
      },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        stack: s.stack,
        data: percent ? s.values.map((v) => Math.round(v * 1000) / 10) : s.values,
      })),
    };
  }, [categories, series, percent, horizontal]);
  useEChart(ref, option);
  const height = horizontal ? Math.max(200, categories.length * 30 + 70) : 300;
  return <div ref={ref} className="chart" role="img" aria-label={label} style={{ height: `${height}px` }} />;
}
