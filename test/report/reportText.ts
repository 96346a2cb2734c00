import type { ReportDocument } from '@gongkai/report';

/** Every piece of text a report shows, one line each: what a reader reads, whatever the format. */
export const reportText = (document: ReportDocument): string =>
  [
    document.title,
    document.recipient,
    ...document.blocks.flatMap((block) => {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
          return [block.text];
        case 'table':
          return [
            block.caption,
            block.columns.join(' '),
            ...block.rows.map((row) => row.join(' ')),
            block.note ?? '',
          ];
        case 'chart':
          return [block.caption, block.unit, ...block.bars.map((bar) => `${bar.label} ${bar.text}`)];
      }
    }),
    document.issuer,
  ].join('\n');
