import { FONT } from './layout';

/**
 * The fonts the report names, each with the fallbacks a machine without the GB fonts should use
 * (`w:altName`, read by Word; `fonts.conf` gives LibreOffice the same aliases): 仿宋 body → FangSong,
 * Noto Serif CJK SC; 黑体 headings → SimHei, Noto Sans CJK SC; 楷体 → KaiTi; 方正小标宋简体 title →
 * Noto Serif CJK SC; 宋体 page numbers → SimSun.
 */
export const FONT_FALLBACKS: readonly {
  name: string;
  fallbacks: string[];
  family: 'roman' | 'modern' | 'swiss';
}[] = [
  { name: FONT.title, fallbacks: ['FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC'], family: 'roman' },
  { name: FONT.body, fallbacks: ['FangSong', 'Noto Serif CJK SC'], family: 'modern' },
  { name: FONT.heading1, fallbacks: ['SimHei', 'Noto Sans CJK SC'], family: 'swiss' },
  { name: FONT.heading2, fallbacks: ['KaiTi', 'Noto Serif CJK SC'], family: 'modern' },
  { name: FONT.pageNumber, fallbacks: ['SimSun', 'Noto Serif CJK SC'], family: 'roman' },
];

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** word/fontTable.xml declaring every font with its fallbacks (GB 2312 charset). */
export const fontTable = (): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  FONT_FALLBACKS.map(
    ({ name, fallbacks, family }) =>
      `<w:font w:name="${escape(name)}"><w:altName w:val="${escape(fallbacks.join(','))}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join('') +
  '</w:fonts>';
