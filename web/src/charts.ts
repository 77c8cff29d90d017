// The dyad timeline: events per day, stacked by CAMEO root or by QuadClass. echarts is imported
// piecemeal (echarts/core) so the bundle carries only bars, lines and the canvas renderer.
import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { DayCount } from './api.js';
import { QUAD_LABELS, ROOT_LABELS } from './cameo.js';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

const QUAD_COLORS: Record<number, string> = { 1: '#4e9a6b', 2: '#1f6f8b', 3: '#d08a2e', 4: '#b5394a' };

/** Every day from the first to the last, so quiet days show as gaps rather than vanish. */
export function dayRange(days: string[]): string[] {
  if (!days.length) return [];
  const sorted = [...days].sort();
  const out: string[] = [];
  const end = new Date(sorted[sorted.length - 1]! + 'T00:00:00Z');
  for (
    let d = new Date(sorted[0]! + 'T00:00:00Z');
    d <= end && out.length < 3660;
    d.setUTCDate(d.getUTCDate() + 1)
  )
    out.push(d.toISOString().slice(0, 10));
  return out;
}

export function timelineChart(el: HTMLElement, rows: DayCount[], by: 'root' | 'quad'): { dispose(): void } {
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  const days = dayRange(rows.map((r) => r.day));
  const index = new Map(days.map((d, i) => [d, i]));
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const key = by === 'root' ? r.root : String(r.quadClass);
    if (!groups.has(key)) groups.set(key, new Array(days.length).fill(0));
    const i = index.get(r.day);
    if (i !== undefined) groups.get(key)![i]! += r.count;
  }
  const keys = [...groups.keys()].sort();
  const label = (k: string) =>
    by === 'root' ? `${k} ${ROOT_LABELS[k] ?? ''}` : (QUAD_LABELS[Number(k)] ?? k);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 36, right: 12, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    dataZoom: days.length > 45 ? [{ type: 'slider', bottom: 8 }] : [],
    series: keys.map((k) => ({
      name: label(k),
      type: 'bar',
      stack: 'all',
      barMaxWidth: 28,
      data: groups.get(k),
      ...(by === 'quad' ? { itemStyle: { color: QUAD_COLORS[Number(k)] } } : {}),
    })),
  });
  const onResize = () => chart.resize();
  window.addEventListener('resize', onResize);
  return {
    dispose() {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    },
  };
}
