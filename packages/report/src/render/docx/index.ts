import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { ReportDocument } from '../../document';
import { annexNote, chineseDate } from '../../document';
import { blockElements, bodyParagraph, table } from './blocks';
import { coreProperties } from './coreProperties';
import { fixZipDates } from './fixZipDates';
import { REPORT_STYLES } from './styles';
import { FONT, LINE, PAGE, SIZE } from './layout';

const title = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: LINE },
    children: [new TextRun({ text, font: FONT.title, size: SIZE.erhao })],
  });

const signature = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: 4 * 16 * 20 },
    children: [new TextRun({ text, font: FONT.body, size: SIZE.sanhao })],
  });

/** 页码: 4号半角宋体 Arabic numerals between em dashes, at the foot of every page. */
const pageNumber = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: FONT.pageNumber,
            size: SIZE.sihao,
          }),
        ],
      }),
    ],
  });

/** The report as a Word document in the layout of a Chinese official document (GB/T 9704). */
export const renderDocx = async (report: ReportDocument): Promise<Buffer> => {
  const document = new Document({
    title: report.title,
    creator: report.issuer,
    styles: REPORT_STYLES,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        footers: { default: pageNumber() },
        children: [
          title(report.title),
          bodyParagraph(`${report.recipient}：`, false),
          ...report.blocks.flatMap(blockElements),
          ...annexNote(report).map((line) => bodyParagraph(line)),
          signature(report.issuer),
          signature(chineseDate(report.date)),
          ...report.annexes.flatMap((annex, index) => [
            new Paragraph({
              pageBreakBefore: true,
              children: [new TextRun({ text: `附件${index + 1}`, font: FONT.heading1, size: SIZE.sanhao })],
            }),
            title(annex.title),
            ...table(annex.table),
          ]),
        ],
      },
    ],
  });
  const packed = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(report) },
  ]);
  return fixZipDates(Buffer.from(packed));
};
