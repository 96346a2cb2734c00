import type { Block, ReportDocument, TableBlock } from '../document';
import { annexNote, chineseDate } from '../document';
import { barText, chartMax } from './bars';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const tableLines = (block: Pick<TableBlock, 'columns' | 'rows'>): string[] => [
  `| ${block.columns.map(cell).join(' | ')} |`,
  `| ${block.columns.map(() => '---').join(' | ')} |`,
  ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
];

const blockLines = (block: Block): string[] => {
  switch (block.type) {
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${block.text}`, ''];
    case 'paragraph':
      return [block.text, ''];
    case 'table':
      return [
        `**${block.caption}**`,
        '',
        ...tableLines(block),
        '',
        ...(block.note === undefined ? [] : [`注：${block.note}`, '']),
      ];
    case 'chart': {
      const max = chartMax(block);
      return [
        `**${block.caption}**（单位：${block.unit}）`,
        '',
        ...tableLines({
          columns: ['', '', block.unit],
          rows: block.bars.map((bar) => [bar.label, barText(bar.value, max), bar.text]),
        }),
        '',
      ];
    }
  }
};

/** The report as Markdown (GitHub tables; charts as bars of full blocks). */
export const renderMarkdown = (document: ReportDocument): string =>
  [
    ...(document.form.letterhead === null
      ? []
      : [
          `**${document.form.letterhead.organMark}**`,
          '',
          `${document.form.letterhead.documentNumber}\u3000\u3000签发人：${document.form.letterhead.signer}`,
          '',
          '---',
          '',
        ]),
    `# ${document.form.titleLines.join('<br>')}`,
    '',
    ...(document.recipient === null ? [] : [`${document.recipient}：`, '']),
    ...document.blocks.flatMap(blockLines),
    ...annexNote(document).flatMap((line) => [line, '']),
    `${document.issuer}`,
    '',
    `${chineseDate(document.date)}`,
    '',
    ...document.annexes.flatMap((annex, index) => [
      `## 附件${index + 1}`,
      '',
      `**${annex.title}**`,
      '',
      ...tableLines(annex.table),
      '',
    ]),
    ...(document.form.colophon === null
      ? []
      : [
          '---',
          '',
          ...(document.form.colophon.copyTo.length > 0
            ? [`抄送：${document.form.colophon.copyTo.join('，')}。`, '']
            : []),
          `${document.form.colophon.printedBy}\u3000\u3000${chineseDate(document.date)}印发`,
          '',
        ]),
  ].join('\n');
