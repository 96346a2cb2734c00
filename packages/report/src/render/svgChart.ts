import type { ChartBlock } from '../document';
import { chartMax } from './bars';
import { escapeHtml } from './escape';

const LABEL_WIDTH = 150;
const BAR_WIDTH = 360;
const VALUE_WIDTH = 80;
const ROW = 30;
const TOP = 10;

/** A horizontal bar chart as inline SVG (no script, no external resource). */
export const svgChart = (chart: ChartBlock): string => {
  const max = chartMax(chart);
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = TOP * 2 + ROW * chart.bars.length;
  const rows = chart.bars.map((bar, index) => {
    const y = TOP + index * ROW;
    const length = Math.max(0, Math.round((bar.value / max) * BAR_WIDTH * 10) / 10);
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 20}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 6}" width="${length}" height="${ROW - 12}" fill="#b22222"/>`,
      `<text x="${LABEL_WIDTH + length + 6}" y="${y + 20}">${escapeHtml(bar.text)}</text>`,
    ].join('');
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(chart.caption)}" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="14">` +
    `<line x1="${LABEL_WIDTH}" y1="${TOP}" x2="${LABEL_WIDTH}" y2="${height - TOP}" stroke="#333"/>` +
    `${rows.join('')}</svg>`
  );
};
