import type { Block, Colophon, Letterhead, ReportDocument } from '../document';
import { annexNote, chineseDate } from '../document';
import { escapeHtml } from './escape';
import { svgChart } from './svgChart';

// GB/T 9704 by font name: the fonts of an official document where installed, common fallbacks after.
const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0; background: #e8e8e8; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; background: #fff;
  font-family: "仿宋_GB2312", "FangSong_GB2312", "FangSong", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28.9pt; color: #000; }
h1.title { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "SimSun", serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 28.9pt; }
h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
h3 { font-family: "楷体_GB2312", "KaiTi_GB2312", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
h4 { font-size: 16pt; font-weight: bold; margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.recipient { text-indent: 0; }
p.signature { text-align: right; padding-right: 4em; }
figure { margin: 14pt 0; text-indent: 0; }
figcaption { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 14pt; text-align: center; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: center; }
td:first-child { text-align: left; }
.note { font-size: 10.5pt; text-indent: 0; }
.letterhead { margin-bottom: 57.8pt; }
.organ-mark { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", serif; color: #c00000; font-size: 30pt; text-align: center; text-indent: 0; margin-bottom: 28.9pt; }
.number { display: flex; justify-content: space-between; text-indent: 0; padding: 0 1em; border-bottom: 2px solid #c00000; }
.colophon { margin-top: 28.9pt; border-top: 1px solid #000; border-bottom: 1px solid #000; font-size: 14pt; }
.colophon p { text-indent: 0; padding: 0 1em; }
.colophon .printed { display: flex; justify-content: space-between; border-top: 0.5px solid #000; }
.annex-note { text-indent: 0; padding-left: 2em; margin-top: 28.9pt; }
.annex { break-before: page; margin-top: 28.9pt; }
.annex-mark { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; text-indent: 0; }
p.annex-title { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", serif; font-size: 22pt; text-align: center; text-indent: 0; }
@media print { body { background: none; } .page { width: auto; min-height: 0; margin: 0; padding: 0; } }
`;

const blockHtml = (block: Block): string => {
  switch (block.type) {
    case 'heading':
      return `<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table':
      return (
        `<figure id="${block.id}">${block.caption === '' ? '' : `<figcaption>${escapeHtml(block.caption)}</figcaption>`}<table>` +
        `<thead><tr>${block.columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('')}</tr></thead>` +
        `<tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</tbody>` +
        `</table>${block.note === undefined ? '' : `<p class="note">注：${escapeHtml(block.note)}</p>`}</figure>`
      );
    case 'chart':
      return `<figure id="${block.id}"><figcaption>${escapeHtml(block.caption)}（单位：${escapeHtml(block.unit)}）</figcaption>${svgChart(block)}</figure>`;
  }
};

/** 版头, or nothing for a document without one. */
const letterheadHtml = (letterhead: Letterhead | null): string[] =>
  letterhead === null
    ? []
    : [
        `<header class="letterhead"><p class="organ-mark">${escapeHtml(letterhead.organMark)}</p>` +
          `<p class="number"><span>${escapeHtml(letterhead.documentNumber)}</span><span>签发人：${escapeHtml(letterhead.signer)}</span></p></header>`,
      ];

/** 版记, or nothing for a document without one. */
const colophonHtml = (colophon: Colophon | null, document: ReportDocument): string[] =>
  colophon === null
    ? []
    : [
        `<footer class="colophon">${colophon.copyTo.length > 0 ? `<p>抄送：${escapeHtml(colophon.copyTo.join('，'))}。</p>` : ''}` +
          `<p class="printed"><span>${escapeHtml(colophon.printedBy)}</span><span>${chineseDate(document.date)}印发</span></p></footer>`,
      ];

/** The report as one self-contained HTML page (inline CSS, charts as inline SVG, no script). */
export const renderHtml = (document: ReportDocument): string =>
  [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta name="gongkai-position" content="${document.position}">`,
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body><main class="page">',
    ...letterheadHtml(document.form.letterhead),
    `<h1 class="title">${document.form.titleLines.map(escapeHtml).join('<br>')}</h1>`,
    ...(document.recipient === null ? [] : [`<p class="recipient">${escapeHtml(document.recipient)}：</p>`]),
    ...document.blocks.map(blockHtml),
    ...annexNote(document).map((line) => `<p class="annex-note">${escapeHtml(line)}</p>`),
    `<p class="signature">${escapeHtml(document.issuer)}</p>`,
    `<p class="signature">${chineseDate(document.date)}</p>`,
    ...document.annexes.map(
      (annex, index) =>
        `<section class="annex"><p class="annex-mark">附件${index + 1}</p><p class="annex-title">${escapeHtml(annex.title)}</p>` +
        blockHtml(annex.table) +
        '</section>',
    ),
    ...colophonHtml(document.form.colophon, document),
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
