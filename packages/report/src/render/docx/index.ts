import type { Table } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
} from 'docx';
import type { Block, ChartBlock, ReportDocument } from '../../document';
import { annexNote, chineseDate } from '../../document';
import { blockElements, bodyParagraph, table } from './blocks';
import { withCharts } from './chartParts';
import { coreProperties } from './coreProperties';
import { fixZipDates } from './fixZipDates';
import { fontTable } from './fontTable';
import { FONT, INDENT, LINE, PAGE, SIZE } from './layout';
import { REPORT_STYLES } from './styles';
import { zhRun } from './run';

/** One character of 三号 type, in twips. */
const CHAR = INDENT / 2;
const RED = 'C00000';
const TYPE_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

const blank = (keepNext = true): Paragraph => new Paragraph({ keepNext, children: [] });

/** 版头: the organ's mark in red, the document number and the signer, the red separator; none without one. */
const letterhead = ({ form: { letterhead } }: ReportDocument): Paragraph[] =>
  letterhead === null
    ? []
    : [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: LINE, after: LINE },
          children: [
            zhRun({ text: letterhead.organMark, font: FONT.title, size: SIZE.organMark, color: RED }),
          ],
        }),
        new Paragraph({
          indent: { left: CHAR, right: CHAR },
          tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH - 2 * CHAR }],
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 8 } },
          spacing: { after: 2 * LINE },
          children: [
            zhRun({ text: letterhead.documentNumber, font: FONT.body, size: SIZE.sanhao }),
            zhRun({ text: '\t签发人：', font: FONT.body, size: SIZE.sanhao }),
            zhRun({
              text: letterhead.signer === '' ? '\u3000\u3000\u3000' : letterhead.signer,
              font: FONT.heading2,
              size: SIZE.sanhao,
            }),
          ],
        }),
      ];

/** The title in its lines (broken at word boundaries), 方正小标宋简体 二号, centred. */
const title = (lines: readonly string[], spaceAfter = LINE): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: spaceAfter },
    children: lines.map((line, index) =>
      zhRun({ text: line, font: FONT.title, size: SIZE.erhao, break: index === 0 ? 0 : 1 }),
    ),
  });

/** Width of a text in characters of 三号 type (Arabic digits are half-width). */
const widthOf = (text: string): number =>
  [...text].reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 0.5 : 1), 0);

/**
 * 发文机关署名 centred over the 成文日期, the date four characters from the right, a blank line
 * above them for the seal (印章 presses down on both); kept with the body's last lines.
 */
const signature = (report: ReportDocument): Paragraph[] => {
  const date = chineseDate(report.date);
  const offset = Math.max(0, (widthOf(date) - widthOf(report.issuer)) / 2);
  const run = (text: string) => zhRun({ text, font: FONT.body, size: SIZE.sanhao });
  return [
    blank(),
    blank(),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: true,
      indent: { right: Math.round((4 + offset) * CHAR) },
      children: [run(report.issuer)],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, children: [run(date)] }),
  ];
};

/** 版记: 抄送, then 印发机关 and 印发日期, between full-width lines, at the end of the document. */
const colophon = (report: ReportDocument): Paragraph[] => {
  const { colophon: parts } = report.form;
  if (parts === null) return [];
  const line = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
  const run = (text: string) => zhRun({ text, font: FONT.body, size: SIZE.sihao });
  // GB/T 9704 puts the 版记 at the foot of the last page: the space above fills the type area
  // (22 lines) but its own two or three lines.
  const lines = parts.copyTo.length > 0 ? 4 : 2;
  return [
    new Paragraph({ spacing: { line: (22 - lines) * LINE, lineRule: LineRuleType.EXACT }, children: [] }),
    ...(parts.copyTo.length > 0
      ? [
          new Paragraph({
            keepNext: true,
            indent: { left: 4 * CHAR, right: CHAR, hanging: 3 * CHAR },
            border: { top: line(8), bottom: line(4) },
            children: [run(`抄送：${parts.copyTo.join('，')}。`)],
          }),
        ]
      : []),
    new Paragraph({
      indent: { left: CHAR, right: CHAR },
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH - 2 * CHAR }],
      border: { ...(parts.copyTo.length > 0 ? {} : { top: line(8) }), bottom: line(8) },
      children: [run(parts.printedBy), run(`\t${chineseDate(report.date)}印发`)],
    }),
  ];
};

/** 页码: "— n —" in 4号半角宋体, odd pages at the right, even pages at the left, one character in. */
const pageNumber = (side: 'odd' | 'even'): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CHAR } : { left: CHAR },
        children: [
          zhRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: FONT.pageNumber,
            size: SIZE.sihao,
          }),
        ],
      }),
    ],
  });

/** Tables wider than this many columns go on a landscape page (table 11 has 11, annex 2 has 12). */
const WIDE = 9;

type Element = Paragraph | Table;
interface Segment {
  landscape: boolean;
  children: Element[];
}

/** Portrait pages, with each wide table on landscape pages of its own. */
const segmented = (parts: readonly { wide: boolean; elements: Element[] }[]): Segment[] => {
  const segments: Segment[] = [];
  for (const { wide, elements } of parts.slice(0, -1)) {
    const last = segments.at(-1);
    if (last && last.landscape === wide && !wide) last.children.push(...elements);
    else segments.push({ landscape: wide, children: [...elements] });
  }
  // The 版记 closes the document at the foot of a page of its own (GB/T 9704: the last page).
  const colophon = parts.at(-1);
  if (colophon && colophon.elements.length > 0)
    segments.push({ landscape: false, children: colophon.elements });
  return segments;
};

const isWide = (block: Block): boolean => block.type === 'table' && block.columns.length > WIDE;

/** The report as a Word document in the layout of a Chinese official document (GB/T 9704). */
export const renderDocx = async (report: ReportDocument): Promise<Buffer> => {
  const body = report.blocks.slice(0, -1);
  const last = report.blocks.at(-1);
  const charts = report.blocks.filter((block): block is ChartBlock => block.type === 'chart');
  const parts: { wide: boolean; elements: Element[] }[] = [
    {
      wide: false,
      elements: [
        ...letterhead(report),
        title(report.form.titleLines),
        ...(report.recipient === null ? [] : [bodyParagraph(`${report.recipient}：`, false)]),
      ],
    },
    ...body.map((block) => ({
      wide: isWide(block),
      elements: blockElements(block, block.type === 'chart' ? charts.indexOf(block) + 1 : 0),
    })),
    {
      wide: false,
      elements: [
        ...(last?.type === 'paragraph'
          ? [bodyParagraph(last.text, true, true)]
          : last
            ? blockElements(last)
            : []),
        ...annexNote(report).map((line) => bodyParagraph(line, true, true)),
        ...signature(report),
      ],
    },
    ...report.annexes.map((annex, index) => ({
      wide: isWide(annex.table),
      elements: [
        new Paragraph({
          pageBreakBefore: !isWide(annex.table),
          children: [zhRun({ text: `附件${index + 1}`, font: FONT.heading1, size: SIZE.sanhao })],
        }),
        title([annex.title], LINE / 2),
        ...table(annex.table),
      ],
    })),
    { wide: false, elements: colophon(report) },
  ];
  const footers = { default: pageNumber('odd'), even: pageNumber('even') };
  const document = new Document({
    title: report.title,
    creator: report.issuer,
    styles: REPORT_STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: segmented(parts).map((segment) => ({
      properties: {
        page: {
          size: {
            width: PAGE.width,
            height: PAGE.height,
            orientation: segment.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: PAGE.margin,
        },
      },
      footers,
      children: segment.children,
    })),
  });
  const packed = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(report) },
    { path: 'word/fontTable.xml', data: fontTable() },
  ]);
  return fixZipDates(await withCharts(Buffer.from(packed), charts));
};
