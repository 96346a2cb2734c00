import type { Colophon, Letterhead } from '../document';
import type { ReportFigures } from '../figures';

/**
 * The parts of a 公文 (GB/T 9704-2012) around the body: the issuing organ's mark, the document
 * number and signer of an upward document, the title broken at word boundaries, the 版记.
 */

/** Words a title line never breaks inside (the issue's "公开标 / 准化"), besides the units' names. */
const TITLE_WORDS = [
  '基层政务公开标准化规范化',
  '人民政府',
  '办公厅',
  '关于',
  '基层',
  '政务公开',
  '标准化',
  '规范化',
  '国家级',
  '省级',
  '试点',
  '工作',
  '情况',
  '总结',
  '报告',
];

/** Characters of 二号 type on a line of the 156 mm type area. */
export const TITLE_LINE = 20;

/**
 * A title in lines of at most `width` characters, broken only between words (never inside a name or
 * one of TITLE_WORDS, never before 的), as evenly as the breaks allow.
 */
export const titleLines = (title: string, names: readonly string[], width = TITLE_LINE): string[] => {
  const chars = [...title];
  const forbidden = new Set<number>();
  for (const word of [...TITLE_WORDS, ...names].filter((word) => word.length > 1)) {
    for (let at = title.indexOf(word); at !== -1; at = title.indexOf(word, at + 1)) {
      for (let inside = at + 1; inside < at + word.length; inside++) forbidden.add(inside);
    }
  }
  chars.forEach((char, index) => {
    if (char === '的') forbidden.add(index);
  });
  const n = chars.length;
  // cost[i]: the least cost of laying out chars[i..]; a line's cost is the square of its shortfall.
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const next = new Array<number>(n + 1).fill(n);
  cost[n] = 0;
  for (let start = n - 1; start >= 0; start--) {
    for (let end = start + 1; end <= Math.min(n, start + width); end++) {
      if (end < n && forbidden.has(end)) continue;
      const line = (width - (end - start)) ** 2 + (end === n ? 0 : 1000);
      if (line + cost[end]! < cost[start]!) {
        cost[start] = line + cost[end]!;
        next[start] = end;
      }
    }
    if (!Number.isFinite(cost[start]!)) {
      cost[start] = cost[Math.min(n, start + width)]! + 1e6;
      next[start] = Math.min(n, start + width);
    }
  }
  const lines: string[] = [];
  for (let start = 0; start < n; start = next[start]!) lines.push(chars.slice(start, next[start]).join(''));
  return lines;
};

/** Province abbreviations used in document numbers (黑政办…), by the province's name. */
const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  黑龙江省: '黑',
  吉林省: '吉',
  辽宁省: '辽',
};

export interface OfficialForm {
  /**
   * 版头: 发文机关标志 (e.g. 黑龙江省人民政府办公厅文件), 发文字号 (the number left blank for the office
   * to fill when it registers the document), 签发人 of an upward document (blank for the signer to write).
   */
  letterhead: Letterhead;
  titleLines: string[];
  /** 版记: 抄送机关 and 印发机关. */
  colophon: Colophon;
}

export const officialForm = (
  figures: ReportFigures,
  title: string,
  issuer: string,
  options: { documentNumber?: string; signer?: string } = {},
): OfficialForm => {
  const year = figures.date.slice(0, 4);
  const abbreviation = PROVINCE_ABBREVIATIONS[figures.province.name];
  const prefix =
    figures.kind === 'unit'
      ? ''
      : abbreviation === undefined
        ? ''
        : `${abbreviation}政办${figures.kind === 'august' ? '报' : '呈'}`;
  const hosts = [
    ...new Set(figures.units.flatMap((unit) => (unit.prefecture ? [unit.prefecture.name] : []))),
  ];
  const names = [figures.province.name, ...hosts, ...figures.units.map((unit) => unit.name)];
  return {
    letterhead: {
      organMark: `${issuer}文件`,
      documentNumber: options.documentNumber ?? `${prefix}〔${year}〕\u3000\u3000号`,
      signer: options.signer ?? '',
    },
    titleLines: titleLines(title, names),
    colophon: {
      copyTo:
        figures.kind === 'unit'
          ? figures.units.map((unit) => `${unit.name}人民政府`)
          : hosts.length > 0
            ? [`${hosts.join('、')}人民政府`]
            : [],
      printedBy: issuer,
    },
  };
};
