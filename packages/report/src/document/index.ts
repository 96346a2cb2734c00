export type {
  Annex,
  Block,
  ChartBlock,
  HeadingBlock,
  ParagraphBlock,
  ReportDocument,
  TableBlock,
} from './model';
export { annexNote, chineseDate, count, decimal, percent, score, yesNo } from './format';
