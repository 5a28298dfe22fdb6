import { GraphChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Network, RelationType } from './industry-map-api.ts';

// SVG, not canvas: the labels are <text> elements a browser test can measure for overlap; at the demo's
// network (34 organisations) it draws as fast as the canvas did.
echarts.use([GraphChart, TooltipComponent, LegendComponent, LabelLayout, SVGRenderer]);

export type NetworkChartProps = {
  network: Network;
  name: (id: string) => string;
  typeLabel: (type: RelationType) => string;
  onOpen: (id: string) => void;
};

const palette: Record<RelationType, string> = {
  membership: '#94a3b8',
  partnership: '#135e8a',
  'supplier-customer': '#c2410c',
  'joint-research': '#067647',
  investment: '#7c3aed',
};

// Names beside every node overlapped into a smear once a graph had more than a few dozen nodes: only the
// best-connected carry a permanent label (the rest show theirs on hover), overlapping labels are hidden
// (labelLayout.hideOverlap, which needs ECharts' LabelLayout feature installed: without it the option is
// silently ignored), and the graph keeps a margin on the right, where labels sit, so none runs past the
// chart's edge. The force layout runs to its end before the first frame, so the labels to hide are chosen
// on the nodes' final places (animated, they were chosen early and some overlapped once the nodes settled).
const labelledNodes = 30;
const labelWidth = 140;
// The force layout does not keep nodes inside its box: tuned on the demo's first network (34 organisations), a
// network twice as large (the Tohoku organisations of issue 18 brought 81) spread past the chart's top and into
// the legend. Beyond that size the pull to the centre grows and the push between nodes shrinks with the count,
// so the drawing keeps about the area it had.
const tunedFor = 34;
function forceFor(nodes: number) {
  const scale = Math.max(1, nodes / tunedFor);
  return {
    repulsion: 120 / Math.sqrt(scale),
    edgeLength: [40, 120],
    gravity: 0.1 * scale,
    layoutAnimation: false,
  };
}

function bestConnected(nodes: Network['nodes'], n: number): Set<string> {
  return new Set(
    [...nodes]
      .sort((a, b) => b.degree - a.degree)
      .slice(0, n)
      .map((node) => node.id),
  );
}

/** The force-directed graph; loaded on demand so the rest of the app does not carry ECharts. */
export default function NetworkChart({ network, name, typeLabel, onOpen }: NetworkChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const types = [...new Set(network.links.map((l) => l.type))];
    const labelled = bestConnected(network.nodes, labelledNodes);
    chart.setOption({
      tooltip: { formatter: (p: { dataType: string; data: { tip: string } }) => p.data.tip },
      legend: { data: types.map(typeLabel), bottom: 0 },
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          left: 16,
          top: 16,
          right: labelWidth + 8,
          bottom: 48,
          force: forceFor(network.nodes.length),
          // The line as tall as the browser draws the text's box (11-px Noto Sans): ECharts measures overlap
          // on its own box, which without a line height is about the font size, and let the boxes of labels on
          // neighbouring lines overlap by a few pixels.
          label: { position: 'right', fontSize: 11, lineHeight: 16, width: labelWidth, overflow: 'truncate' },
          labelLayout: { hideOverlap: true },
          emphasis: { focus: 'adjacency', label: { show: true } },
          categories: types.map((type) => ({ name: typeLabel(type), itemStyle: { color: palette[type] } })),
          data: network.nodes.map((n) => ({
            id: n.id,
            name: name(n.id),
            symbolSize: 6 + Math.min(24, Math.sqrt(n.degree) * 5),
            itemStyle: { color: n.matched ? '#0b3d5c' : '#cbd5e1' },
            label: { show: labelled.has(n.id) },
            tip: `${name(n.id)} (${n.degree})`,
          })),
          links: network.links.map((l) => ({
            source: l.from,
            target: l.to,
            lineStyle: { color: palette[l.type], width: l.type === 'membership' ? 1 : 2, opacity: 0.7 },
            tip: `${name(l.from)} → ${name(l.to)}: ${typeLabel(l.type)}${l.since ? ` (${l.since})` : ''}`,
          })),
        },
      ],
    });
    chart.on('click', (p) => {
      if (p.dataType === 'node') onOpen((p.data as { id: string }).id);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [network, name, typeLabel, onOpen]);
  return <div ref={ref} className="chart chart-network" />;
}
