import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type GapsChartProps = {
  categories: string[];
  series: Array<{ name: string; values: number[]; color: string }>;
};

/** Demand against supply per technology area, as horizontal bars; loaded on demand with ECharts. */
export default function GapsChart({ categories, series }: GapsChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: categories,
        inverse: true,
        axisLabel: { width: 220, overflow: 'truncate' },
      },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        itemStyle: { color: s.color },
      })),
    }),
    [categories, series],
  );
  useEChart(ref, option);
  return (
    <div ref={ref} className="chart" style={{ height: `${Math.max(240, categories.length * 34 + 60)}px` }} />
  );
}
