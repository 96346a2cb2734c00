import type { Block, ChartBlock, TableBlock } from '../document';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (headings go no higher). */
export const chineseNumber = (value: number): string => {
  if (value < 10) return DIGITS[value] ?? String(value);
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[value % 10] ?? ''}`;
};

export const h1 = (index: number, text: string): Block => ({
  type: 'heading',
  level: 1,
  text: `${chineseNumber(index)}、${text}`,
});

export const h2 = (index: number, text: string): Block => ({
  type: 'heading',
  level: 2,
  text: `（${chineseNumber(index)}）${text}`,
});

export const p = (text: string): Block => ({ type: 'paragraph', text });

export const table = (
  id: string,
  caption: string,
  columns: string[],
  rows: string[][],
  note?: string,
): TableBlock => ({ type: 'table', id, caption, columns, rows, ...(note === undefined ? {} : { note }) });

export const chart = (
  id: string,
  caption: string,
  unit: string,
  bars: ChartBlock['bars'],
  max?: number,
): ChartBlock => ({ type: 'chart', id, caption, unit, bars, ...(max === undefined ? {} : { max }) });

/** The full-width space between a caption's number and its text. */
const IDEOGRAPHIC_SPACE = '\u3000';

/** Numbers tables and charts in order of appearance: 表1, 表2 … and 图1, 图2 …. */
export const numberFigures = (blocks: Block[]): Block[] => {
  let tables = 0;
  let charts = 0;
  return blocks.map((block) => {
    if (block.type === 'table')
      return { ...block, caption: `表${++tables}${IDEOGRAPHIC_SPACE}${block.caption}` };
    if (block.type === 'chart')
      return { ...block, caption: `图${++charts}${IDEOGRAPHIC_SPACE}${block.caption}` };
    return block;
  });
};
