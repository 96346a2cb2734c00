export type {
  Annex,
  Block,
  ChartBlock,
  Colophon,
  HeadingBlock,
  Letterhead,
  ParagraphBlock,
  ReportDocument,
  TableBlock,
} from './model';
export { annexNote, chineseDate, count, decimal, percent, score, yesNo } from './format';
