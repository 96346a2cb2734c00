import { AlignmentType, LineRuleType } from 'docx';
import type { IStylesOptions } from 'docx';
import { FONT, INDENT, LINE, SIZE } from './layout';
import { LANGUAGE } from './run';

/** The paragraph styles of the report, by id. */
export const STYLE = {
  body: 'GongkaiBody',
  bodyFlush: 'GongkaiBodyFlush',
  caption: 'GongkaiCaption',
  table: 'GongkaiTable',
} as const;

const exactLines = { line: LINE, lineRule: LineRuleType.EXACT };

const style = (
  id: string,
  name: string,
  run: { font: string; size: number; bold?: boolean },
  paragraph: Record<string, unknown>,
) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { ...run, color: '000000', language: LANGUAGE },
  paragraph,
});

/**
 * GB/T 9704 by style: body 仿宋_GB2312 三号 at 22 lines a page, first-line indent of two characters;
 * headings 黑体 (一、), 楷体_GB2312 (（一）), 仿宋 bold (1.); tables 仿宋 五号 under 黑体 captions.
 */
export const REPORT_STYLES: IStylesOptions = {
  default: { document: { run: { font: FONT.body, size: SIZE.sanhao, language: LANGUAGE } } },
  paragraphStyles: [
    style(
      'Heading1',
      'heading 1',
      { font: FONT.heading1, size: SIZE.sanhao },
      {
        outlineLevel: 0,
        keepNext: true,
        spacing: exactLines,
        indent: { firstLine: INDENT },
      },
    ),
    style(
      'Heading2',
      'heading 2',
      { font: FONT.heading2, size: SIZE.sanhao },
      {
        outlineLevel: 1,
        keepNext: true,
        spacing: exactLines,
        indent: { firstLine: INDENT },
      },
    ),
    style(
      'Heading3',
      'heading 3',
      { font: FONT.body, size: SIZE.sanhao, bold: true },
      {
        outlineLevel: 2,
        keepNext: true,
        spacing: exactLines,
        indent: { firstLine: INDENT },
      },
    ),
    style(
      STYLE.body,
      '正文',
      { font: FONT.body, size: SIZE.sanhao },
      {
        alignment: AlignmentType.JUSTIFIED,
        spacing: exactLines,
        indent: { firstLine: INDENT },
      },
    ),
    style(
      STYLE.bodyFlush,
      '正文（顶格）',
      { font: FONT.body, size: SIZE.sanhao },
      {
        alignment: AlignmentType.JUSTIFIED,
        spacing: exactLines,
      },
    ),
    style(
      STYLE.caption,
      '表图题',
      { font: FONT.heading1, size: SIZE.sihao },
      {
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 120, after: 60 },
      },
    ),
    style(STYLE.table, '表格文字', { font: FONT.body, size: SIZE.wuhao }, {}),
  ],
};
