import {
  AlignmentType,
  HeadingLevel,
  LineRuleType,
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
import { FONT, INDENT, LINE, SIZE } from './layout';

const bodySpacing = { line: LINE, lineRule: LineRuleType.EXACT };

const HEADINGS = {
  1: { level: HeadingLevel.HEADING_1, font: FONT.heading1, bold: false },
  2: { level: HeadingLevel.HEADING_2, font: FONT.heading2, bold: false },
  3: { level: HeadingLevel.HEADING_3, font: FONT.body, bold: true },
} as const;

export const bodyParagraph = (text: string, indent = true): Paragraph =>
  new Paragraph({
    spacing: bodySpacing,
    alignment: AlignmentType.JUSTIFIED,
    ...(indent ? { indent: { firstLine: INDENT } } : {}),
    children: [new TextRun({ text, font: FONT.body, size: SIZE.sanhao })],
  });

const heading = (block: HeadingBlock): Paragraph => {
  const style = HEADINGS[block.level];
  return new Paragraph({
    heading: style.level,
    spacing: bodySpacing,
    indent: { firstLine: INDENT },
    keepNext: true,
    children: [new TextRun({ text: block.text, font: style.font, size: SIZE.sanhao, bold: style.bold })],
  });
};

const caption = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [new TextRun({ text, font: FONT.heading1, size: SIZE.sihao })],
  });

const cell = (text: string, header: boolean, align: 'left' | 'center' | 'right'): TableCell =>
  new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment:
          align === 'left'
            ? AlignmentType.LEFT
            : align === 'right'
              ? AlignmentType.RIGHT
              : AlignmentType.CENTER,
        children: [new TextRun({ text, font: FONT.body, size: SIZE.wuhao, bold: header })],
      }),
    ],
  });

const grid = (columns: string[], rows: string[][], align: (column: number) => 'left' | 'center' | 'right') =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((column) => cell(column, true, 'center')) }),
      ...rows.map(
        (row) => new TableRow({ children: row.map((text, index) => cell(text, false, align(index))) }),
      ),
    ],
  });

const table = (block: TableBlock): (Paragraph | Table)[] => [
  caption(block.caption),
  grid(block.columns, block.rows, (column) => (column === 0 ? 'left' : 'center')),
  ...(block.note === undefined
    ? []
    : [
        new Paragraph({
          children: [new TextRun({ text: `注：${block.note}`, font: FONT.body, size: SIZE.wuhao })],
        }),
      ]),
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
