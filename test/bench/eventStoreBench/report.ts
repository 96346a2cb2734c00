export interface Row {
  figure: string;
  value: number;
  unit: 'rate' | 'MB' | 'ratio';
  target: number;
  /** `min`: the value must reach the target; `max`: it must stay below it. */
  kind: 'min' | 'max';
  emmett?: number;
  /** The same rate per second of the process's CPU time (median), when it is a rate. */
  perCpuSecond?: number;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const format = (value: number, unit: Row['unit']): string => {
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 'ratio') return `${value.toFixed(1)}×`;
  return Math.round(value).toLocaleString('en-US');
};

const passes = (row: Row): boolean => (row.kind === 'min' ? row.value >= row.target : row.value < row.target);

const pad = (cells: string[], widths: number[]): string =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;

/** A Markdown table: figure, Gongkai, target, PASS/MISS (on wall clock), per CPU-second, Emmett, ratio. */
export const table = (rows: Row[]): string => {
  const header = [
    'figure',
    'Gongkai',
    'target',
    'result',
    'per CPU-second',
    'Emmett 0.38.5',
    'Gongkai ÷ Emmett',
  ];
  const body = rows.map((row) => [
    row.figure,
    format(row.value, row.unit),
    `${row.kind === 'min' ? '≥' : '<'} ${format(row.target, row.unit)}`,
    passes(row) ? 'PASS' : 'MISS',
    row.perCpuSecond === undefined ? '—' : format(row.perCpuSecond, row.unit),
    row.emmett === undefined ? '—' : format(row.emmett, row.unit),
    row.emmett === undefined ? '—' : `${(row.value / row.emmett).toFixed(1)}×`,
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i]!.length)));
  const rule = `|${widths.map((width, i) => (i === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [pad(header, widths), rule, ...body.map((cells) => pad(cells, widths))].join('\n');
};
