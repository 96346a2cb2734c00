import JSZip from 'jszip';
import type { ChartBlock } from '../../document';
import { escapeHtml } from '../escape';
import { FONT } from './layout';

/**
 * Charts as DrawingML chart parts (word/charts/chartN.xml): a horizontal bar chart with its data
 * cached in the part (no embedded workbook), written with fixed ids (rIdGongkaiChartN, docPr
 * 9000 + N), so the same report zips to the same bytes. docx cannot write chart parts: the body
 * holds a marker paragraph per chart that `withCharts` replaces by the drawing.
 */

export const chartMarker = (index: number): string => `GONGKAI-CHART-${index}`;

const EMU_PER_MM = 36_000;
const WIDTH = 150 * EMU_PER_MM;
const ROW = 9 * EMU_PER_MM;
const AXES = 22 * EMU_PER_MM;

const FORMATS: Readonly<Record<string, string>> = { '%': '0.0"%"', 分: '0.0', 项: '0' };

const text = (size: number, font: string): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>` +
  `<a:latin typeface="${font}"/><a:ea typeface="${font}"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;

/** The chart part: categories top to bottom in the order of the bars, the values as data labels. */
export const chartXml = (chart: ChartBlock): string => {
  const bars = [...chart.bars].reverse(); // a bar chart draws its first category at the bottom
  const format = escapeHtml(FORMATS[chart.unit] ?? 'General');
  const points = (value: (bar: ChartBlock['bars'][number]) => string) =>
    `<c:ptCount val="${bars.length}"/>` +
    bars.map((bar, index) => `<c:pt idx="${index}"><c:v>${value(bar)}</c:v></c:pt>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeHtml(chart.unit)}</c:v></c:tx>` +
    '<c:spPr><a:solidFill><a:srgbClr val="B22222"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(1000, FONT.body)}` +
    '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strLit>${points((bar) => escapeHtml(bar.label))}</c:strLit></c:cat>` +
    `<c:val><c:numLit><c:formatCode>${format}</c:formatCode>${points((bar) => String(Math.round(bar.value * 100) / 100))}</c:numLit></c:val>` +
    '</c:ser><c:gapWidth val="50"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>' +
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(1000, FONT.body)}` +
    '<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${chart.max === undefined ? '' : `<c:max val="${chart.max}"/>`}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="3175"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900, FONT.body)}` +
    '<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '</c:chartSpace>'
  );
};

const drawing = (chart: ChartBlock, index: number): string =>
  '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
  `<wp:extent cx="${WIDTH}" cy="${AXES + ROW * chart.bars.length}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
  `<wp:docPr id="${9000 + index}" name="${escapeHtml(chart.caption)}"/><wp:cNvGraphicFramePr/>` +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdGongkaiChart${index}"/>` +
  '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';

/** Puts the charts into a packed DOCX: the parts, their relationships and content types, the drawings. */
export const withCharts = async (docx: Buffer, charts: readonly ChartBlock[]): Promise<Buffer> => {
  if (charts.length === 0) return docx;
  const zip = await JSZip.loadAsync(docx);
  const read = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (file === null) throw new Error(`the packed document has no ${path}`);
    return file.async('string');
  };
  let body = await read('word/document.xml');
  let relationships = await read('word/_rels/document.xml.rels');
  let types = await read('[Content_Types].xml');
  charts.forEach((chart, offset) => {
    const index = offset + 1;
    const marker = new RegExp(`<w:r>(?:(?!<w:r>).)*?${chartMarker(index)}</w:t></w:r>`, 's');
    if (!marker.test(body)) throw new Error(`no marker for chart ${index}`);
    body = body.replace(marker, drawing(chart, index));
    zip.file(`word/charts/chart${index}.xml`, chartXml(chart));
    relationships = relationships.replace(
      '</Relationships>',
      `<Relationship Id="rIdGongkaiChart${index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${index}.xml"/></Relationships>`,
    );
    types = types.replace(
      '</Types>',
      `<Override PartName="/word/charts/chart${index}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
    );
  });
  zip.file('word/document.xml', body);
  zip.file('word/_rels/document.xml.rels', relationships);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};
