import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, ChartBlock, HeadingBlock, TableBlock } from '../../document';
import { STYLE } from './styles';
import { chartMarker } from './chartParts';
import { zhRun } from './run';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

// Fonts, sizes and spacing live in the named styles (styles.ts): a run names none of its own, which
// keeps the document small and quick to write.
export const bodyParagraph = (text: string, indent = true, keepNext = false): Paragraph =>
  new Paragraph({
    style: indent ? STYLE.body : STYLE.bodyFlush,
    ...(keepNext ? { keepNext: true } : {}),
    children: [zhRun({ text })],
  });

const heading = (block: HeadingBlock): Paragraph =>
  new Paragraph({ heading: HEADINGS[block.level], children: [zhRun({ text: block.text })] });

const caption = (text: string): Paragraph =>
  new Paragraph({ style: STYLE.caption, children: [zhRun({ text })] });

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

type Alignment = keyof typeof ALIGNMENTS;

const cell = (text: string, header: boolean, align: Alignment): TableCell =>
  new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        style: STYLE.table,
        alignment: ALIGNMENTS[align],
        children: [header ? zhRun({ text, bold: true }) : zhRun({ text })],
      }),
    ],
  });

/** Twips across the type area: portrait 156 mm, landscape 243 mm. */
const AREA = { portrait: 8845, landscape: 13777 } as const;
/** The first column holds the names (杜尔伯特蒙古族自治县: ten characters of 五号). */
const FIRST_COLUMN = 2500;

/** Twips of one full-width character of 五号 type, and of a cell's margins. */
const CHARACTER = 210;
const CELL_MARGINS = 240;

/** Width in full-width characters: Arabic digits, Latin letters and signs such as % are half-width. */
const charactersOf = (text: string): number =>
  [...text].reduce((sum, character) => sum + (character.charCodeAt(0) < 0x2e80 ? 0.55 : 1), 0);

/**
 * Column widths that keep every figure on one line: each column gets what its widest cell needs
 * (a header may wrap onto three lines), and the room left over is shared in proportion.
 */
const columnWidths = (columns: string[], rows: string[][], area: number): number[] => {
  const needs = columns.slice(1).map((header, index) => {
    const cells = rows.map((row) => charactersOf(row[index + 1] ?? ''));
    const characters = Math.max(2, charactersOf(header) / 3, ...cells);
    return characters * CHARACTER + CELL_MARGINS;
  });
  const room = area - FIRST_COLUMN;
  const total = needs.reduce((sum, need) => sum + need, 0);
  const scale = room / Math.max(1, total);
  const widths = needs.map((need) => Math.floor(need * scale));
  return [FIRST_COLUMN, ...widths];
};

const grid = (columns: string[], rows: string[][], align: (column: number) => Alignment) => {
  const area = columns.length > 9 ? AREA.landscape : AREA.portrait;
  return new Table({
    width: { size: area, type: WidthType.DXA },
    columnWidths: columnWidths(columns, rows, area),
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column) => cell(column, true, 'center')),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, index) => cell(text, false, align(index))),
          }),
      ),
    ],
  });
};

export const table = (block: TableBlock): (Paragraph | Table)[] => [
  ...(block.caption === '' ? [] : [caption(block.caption)]),
  grid(block.columns, block.rows, (column) => (column === 0 ? 'left' : 'center')),
  ...(block.note === undefined
    ? []
    : [new Paragraph({ style: STYLE.table, children: [zhRun({ text: `注：${block.note}` })] })]),
];

/** A chart in Word: its caption and a marker paragraph that `withCharts` replaces by the chart part. */
const chart = (block: ChartBlock, index: number): Paragraph[] => [
  caption(`${block.caption}（单位：${block.unit}）`),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [zhRun({ text: chartMarker(index) })] }),
];

export const blockElements = (block: Block, chartIndex = 0): (Paragraph | Table)[] => {
  switch (block.type) {
    case 'heading':
      return [heading(block)];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    case 'table':
      return table(block);
    case 'chart':
      return chart(block, chartIndex);
  }
};
