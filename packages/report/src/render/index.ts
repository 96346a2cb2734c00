import type { ReportDocument } from '../document';
import { ReportRequestInvalidError } from '../errors';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';

/** The formats a compiled report is kept in (byte-identical when compiled again). */
export const REPORT_FORMATS = ['docx', 'html', 'md', 'json'] as const;
/** Every format a report renders to: the kept ones and PDF (the DOCX through LibreOffice). */
export const RENDER_FORMATS = [...REPORT_FORMATS, 'pdf'] as const;
export type ReportFormat = (typeof RENDER_FORMATS)[number];

export const MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const reportFormatOf = (value: string): ReportFormat => {
  const format = value === 'markdown' ? 'md' : value;
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
    throw new ReportRequestInvalidError(
      `unknown report format "${value}": use one of ${RENDER_FORMATS.join(', ')}.`,
    );
  }
  return format as ReportFormat;
};

/**
 * One format of a report (every kind, the annual report too): the same document and figures always
 * give the same bytes. The JSON is the title and the figures.
 */
export const renderReport = async (
  document: ReportDocument,
  figures: object,
  format: ReportFormat,
): Promise<Buffer> => {
  switch (format) {
    case 'docx':
      return renderDocx(document);
    case 'pdf':
      return renderPdf(await renderDocx(document));
    case 'html':
      return Buffer.from(renderHtml(document), 'utf8');
    case 'md':
      return Buffer.from(renderMarkdown(document), 'utf8');
    case 'json':
      return Buffer.from(`${JSON.stringify({ title: document.title, ...figures }, null, 2)}\n`, 'utf8');
  }
};

export { renderDocx } from './docx';
export { renderHtml } from './html';
export { renderMarkdown } from './markdown';
export { renderPdf } from './pdf';
