/** The read-side benchmark's table: figure, value (median), spread, target, PASS/MISS. */

export interface Row {
  figure: string;
  /** One value a round; the table shows the median and the spread. */
  values: number[];
  unit: 'rate' | 'MB' | 'ms' | 'µs' | 'percent';
  target?: { min: number } | { max: number };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const format = (value: number, unit: Row['unit']): string => {
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 'ms') return `${value.toFixed(0)} ms`;
  if (unit === 'µs') return `${Math.round(value).toLocaleString('en-US')} µs`;
  if (unit === 'percent') return `${(value * 100).toFixed(0)}%`;
  return Math.round(value).toLocaleString('en-US');
};

export const spread = (row: Row): string =>
  row.values.length < 2
    ? '—'
    : `${format(Math.min(...row.values), row.unit)}–${format(Math.max(...row.values), row.unit)}`;

const targetOf = (row: Row): string => {
  if (row.target === undefined) return '—';
  return 'min' in row.target
    ? `≥ ${format(row.target.min, row.unit)}`
    : `< ${format(row.target.max, row.unit)}`;
};

const verdictOf = (row: Row): string => {
  if (row.target === undefined) return '';
  const value = median(row.values);
  const pass = 'min' in row.target ? value >= row.target.min : value < row.target.max;
  return pass ? 'PASS' : 'MISS';
};

const pad = (cells: string[], widths: number[]): string =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;

/** A Markdown table of the rows. */
export const table = (rows: readonly Row[]): string => {
  const header = ['figure', 'value', 'spread', 'target', 'result'];
  const body = rows.map((row) => [
    row.figure,
    format(median(row.values), row.unit),
    spread(row),
    targetOf(row),
    verdictOf(row),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i]!.length)));
  const rule = `|${widths.map((width, i) => (i === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [pad(header, widths), rule, ...body.map((cells) => pad(cells, widths))].join('\n');
};
