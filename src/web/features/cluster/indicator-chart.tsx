import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([BarChart, LineChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export type IndicatorChartProps = {
  months: string[];
  series: (number | null)[];
  /** Drawn as a dashed line for stock figures (a flow's target is for twelve months, not one). */
  target: number | null;
  kind: 'bar' | 'line';
  label: string;
  onMonth?: (month: string) => void;
};

/**
 * One indicator per month: bars for a flow, a line for a stock or a share, the target as a dashed line. A click
 * on a month opens the records behind it.
 */
export default function IndicatorChart({
  months,
  series,
  target,
  kind,
  label,
  onMonth,
}: IndicatorChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 4, right: 8, top: 12, bottom: 4, containLabel: true },
      xAxis: { type: 'category', data: months, axisLabel: { fontSize: 10 } },
      yAxis: {
        type: 'value',
        axisLabel: { fontSize: 10 },
        max: target ? (v: { max: number }) => Math.max(v.max, target) : undefined,
      },
      series: [
        {
          type: kind,
          data: series,
          connectNulls: true,
          showSymbol: false,
          markLine:
            target === null
              ? undefined
              : {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { type: 'dashed', color: '#c0392b' },
                  data: [{ yAxis: target }],
                },
        },
      ],
    }),
    [months, series, target, kind],
  );
  useEChart(ref, option, (p) => {
    if (onMonth && typeof p.dataIndex === 'number') onMonth(months[p.dataIndex]!);
  });
  return (
    <div ref={ref} className="chart clu-chart" role="img" aria-label={label} data-testid="indicator-chart" />
  );
}
