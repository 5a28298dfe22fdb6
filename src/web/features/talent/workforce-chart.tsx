import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type WorkforceChartProps = {
  categories: string[];
  demand: number[];
  supply: number[];
  /** A running line (the cumulative gap by year), drawn over the bars. */
  line?: { name: string; values: number[] };
  labels: { demand: string; supply: string };
  horizontal?: boolean;
  selected?: number | null;
  onSelect: (index: number) => void;
  /** What the chart shows, for screen readers (the figures are also in the table beside it). */
  description: string;
};

/** Demand against supply as grouped bars (skills or years); a click on a bar picks its category. */
export default function WorkforceChart(props: WorkforceChartProps) {
  const { categories, demand, supply, line, labels, horizontal, selected, onSelect, description } = props;
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(() => {
    const categoryAxis = {
      type: 'category' as const,
      data: categories,
      inverse: horizontal,
      axisLabel: horizontal ? { width: 160, overflow: 'truncate' as const } : {},
    };
    const faded = (i: number) => (selected == null || selected === i ? 1 : 0.45);
    return {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: horizontal ? { type: 'value' } : categoryAxis,
      yAxis: horizontal ? categoryAxis : { type: 'value' },
      series: [
        {
          type: 'bar',
          name: labels.demand,
          data: demand.map((value, i) => ({ value, itemStyle: { opacity: faded(i) } })),
          itemStyle: { color: '#c2410c' },
        },
        {
          type: 'bar',
          name: labels.supply,
          data: supply.map((value, i) => ({ value, itemStyle: { opacity: faded(i) } })),
          itemStyle: { color: '#135e8a' },
        },
        ...(line
          ? [
              {
                type: 'line',
                name: line.name,
                data: line.values,
                itemStyle: { color: '#334155' },
                symbolSize: 6,
              },
            ]
          : []),
      ],
    };
  }, [categories, demand, supply, line, labels, horizontal, selected]);
  useEChart(ref, option, (e) => {
    if (typeof e.dataIndex === 'number') onSelect(e.dataIndex);
  });
  const height = horizontal ? Math.max(240, categories.length * 40 + 60) : 320;
  return (
    <div
      ref={ref}
      className="chart workforce-chart"
      role="img"
      aria-label={description}
      style={{ height: `${height}px` }}
    />
  );
}
