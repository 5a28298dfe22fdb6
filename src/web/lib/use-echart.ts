import { type ECElementEvent, type EChartsCoreOption, init } from 'echarts/core';
import { type RefObject, useEffect, useRef } from 'react';

/**
 * The life of an ECharts chart in the app, written once because ten charts each carried their own copy and the
 * copies drifted (only the cluster's charts followed the print layout). A chart is drawn into the element, set to
 * the element's size again when the window resizes and before printing (the print layout is narrower than the
 * screen, and a chart left at screen width is cut off on paper), and disposed with its listeners when it leaves
 * or its option changes. `data-drawn` is set once ECharts has rendered the current option: print and the browser
 * tests wait for it.
 *
 * The caller registers the chart types and components it uses (echarts.use) so each lazily loaded chart carries
 * only its own, and memoises `option`: a new object draws the chart afresh. `onClick` may be a new function on
 * every render; the latest one is called.
 */
export function useEChart(
  ref: RefObject<HTMLElement | null>,
  option: EChartsCoreOption,
  onClick?: (event: ECElementEvent) => void,
) {
  const click = useRef(onClick);
  click.current = onClick;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.removeAttribute('data-drawn');
    const chart = init(el);
    chart.on('finished', () => el.setAttribute('data-drawn', 'true'));
    chart.on('click', (event) => click.current?.(event));
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    window.addEventListener('beforeprint', resize);
    return () => {
      window.removeEventListener('resize', resize);
      window.removeEventListener('beforeprint', resize);
      chart.dispose();
    };
  }, [ref, option]);
}
