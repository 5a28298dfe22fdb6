import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart } from '../../lib/use-echart.ts';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type PhaseTimelineProps = {
  phases: string[];
  /** Each setting of the phase, oldest first. */
  settings: { setOn: string; phase: number }[];
  milestones: { title: string; targetDate: string; actualDate: string | null }[];
  today: string;
  names: { phase: string; target: string; actual: string };
  label: string;
};

const yearMs = 365 * 24 * 3600 * 1000;

const milestoneDates = (milestones: PhaseTimelineProps['milestones']) =>
  milestones.flatMap((m) => (m.actualDate ? [m.targetDate, m.actualDate] : [m.targetDate]));

/** The axis' bounds: 1 January of the first date's year to 31 December of the last's (dates are ISO strings). */
function yearSpan(dates: string[]) {
  const years = dates.map((d) => Number(d.slice(0, 4)));
  return {
    min: new Date(Math.min(...years), 0, 1).getTime(),
    max: new Date(Math.max(...years), 11, 31).getTime(),
  };
}

/**
 * The phase timeline: the phase the coordinator set, as steps over time up to today, and each milestone's target
 * (hollow) and actual (filled) date on the phase axis' top line.
 */
export default function PhaseTimeline({
  phases,
  settings,
  milestones,
  today,
  names,
  label,
}: PhaseTimelineProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(() => {
    const steps = settings.map((s) => [s.setOn, s.phase]);
    if (steps.length) steps.push([today, settings.at(-1)!.phase]);
    const top = phases.length + 1;
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName: string; data: unknown[] }) =>
          `${p.seriesName}: ${p.data[2] ?? ''} ${p.data[0]}`,
      },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      // Whole years from the earliest of today, a phase setting or a milestone to the latest, labelled by year:
      // officials read a plan in years, and a year reads the same in both languages.
      xAxis: {
        type: 'time',
        ...yearSpan([today, ...steps.map((s) => s[0] as string), ...milestoneDates(milestones)]),
        minInterval: yearMs,
        axisLabel: { formatter: '{yyyy}' },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: top,
        interval: 1,
        // Phase numbers only: the bottom line is nothing yet, the top one carries the milestones.
        axisLabel: { formatter: (v: number) => (v >= 1 && v < top ? `${v}` : ''), fontSize: 10 },
      },
      series: [
        { name: names.phase, type: 'line', step: 'end', data: steps, symbolSize: 6 },
        {
          name: names.target,
          type: 'scatter',
          symbol: 'emptyCircle',
          symbolSize: 12,
          data: milestones.map((m) => [m.targetDate, top - 0.3, m.title]),
        },
        {
          name: names.actual,
          type: 'scatter',
          symbolSize: 12,
          data: milestones.filter((m) => m.actualDate).map((m) => [m.actualDate, top - 0.3, m.title]),
        },
      ],
    };
  }, [phases, settings, milestones, today, names]);
  useEChart(ref, option);
  return (
    <div
      ref={ref}
      className="chart clu-timeline"
      role="img"
      aria-label={label}
      data-testid="phase-timeline"
    />
  );
}
