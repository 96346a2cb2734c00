export type { Block, ChartBlock, HeadingBlock, ParagraphBlock, ReportDocument, TableBlock } from './model';
export { chineseDate, count, decimal, percent, score, yesNo } from './format';
