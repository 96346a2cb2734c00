import type { ReportDocument } from '../../document';
import { escapeHtml } from '../escape';

/**
 * docProps/core.xml with the report's own date as created and modified time: docx writes the clock's
 * time there, which would make every compilation differ.
 */
export const coreProperties = (document: ReportDocument): string => {
  const time = `${document.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeHtml(document.title)}</dc:title>` +
    `<dc:creator>${escapeHtml(document.issuer)}</dc:creator>` +
    `<cp:keywords>gongkai-position:${document.position}</cp:keywords>` +
    `<cp:lastModifiedBy>${escapeHtml(document.issuer)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
};
