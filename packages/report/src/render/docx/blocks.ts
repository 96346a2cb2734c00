import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, ChartBlock, HeadingBlock, TableBlock } from '../../document';
import { barText, chartMax } from '../bars';
import { STYLE } from './styles';

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
    children: [new TextRun(text)],
  });

const heading = (block: HeadingBlock): Paragraph =>
  new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] });

const caption = (text: string): Paragraph =>
  new Paragraph({ style: STYLE.caption, children: [new TextRun(text)] });

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
        children: [header ? new TextRun({ text, bold: true }) : new TextRun(text)],
      }),
    ],
  });

const grid = (columns: string[], rows: string[][], align: (column: number) => Alignment) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((column) => cell(column, true, 'center')) }),
      ...rows.map(
        (row) => new TableRow({ children: row.map((text, index) => cell(text, false, align(index))) }),
      ),
    ],
  });

export const table = (block: TableBlock): (Paragraph | Table)[] => [
  ...(block.caption === '' ? [] : [caption(block.caption)]),
  grid(block.columns, block.rows, (column) => (column === 0 ? 'left' : 'center')),
  ...(block.note === undefined
    ? []
    : [new Paragraph({ style: STYLE.table, children: [new TextRun(`注：${block.note}`)] })]),
];

/** A chart in Word: a table of label, a bar of full blocks and the value (no drawing parts). */
const chart = (block: ChartBlock): (Paragraph | Table)[] => {
  const max = chartMax(block);
  return [
    caption(`${block.caption}（单位：${block.unit}）`),
    grid(
      ['', '', block.unit],
      block.bars.map((bar) => [bar.label, barText(bar.value, max), bar.text]),
      (column) => (column === 2 ? 'right' : 'left'),
    ),
  ];
};

export const blockElements = (block: Block): (Paragraph | Table)[] => {
  switch (block.type) {
    case 'heading':
      return [heading(block)];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    case 'table':
      return table(block);
    case 'chart':
      return chart(block);
  }
};
