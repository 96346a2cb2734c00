import type { ChartBlock } from '../document';

/** The axis maximum of a chart: its own, else the largest bar (1 when every bar is 0). */
export const chartMax = (chart: ChartBlock): number =>
  chart.max ?? Math.max(1, ...chart.bars.map((bar) => bar.value));

/** A bar as full blocks, `width` for the maximum: the chart of the text formats. */
export const barText = (value: number, max: number, width = 20): string =>
  '█'.repeat(Math.max(0, Math.round((value / max) * width)));
