import type { IsoDate } from '@gongkai/domain';
import type { ReportKind } from '../kinds';

export interface HeadingBlock {
  type: 'heading';
  /** 1: 一、 (黑体), 2: （一） (楷体), 3: 1. (仿宋 bold). */
  level: 1 | 2 | 3;
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

/** Cells are the text every format shows (figures formatted once, here, so all formats agree). */
export interface TableBlock {
  type: 'table';
  id: string;
  caption: string;
  columns: string[];
  rows: string[][];
  note?: string;
}

/** A horizontal bar chart: SVG in HTML, bars of full blocks in DOCX and Markdown. */
export interface ChartBlock {
  type: 'chart';
  id: string;
  caption: string;
  /** What the values measure (e.g. 项, %, 分). */
  unit: string;
  /** The axis maximum; default the largest value. */
  max?: number;
  bars: { label: string; value: number; text: string }[];
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ChartBlock;

/** 附件: an annex after the signature, its own page, a title and a table. */
export interface Annex {
  title: string;
  table: TableBlock;
}

/** A report laid out once, format-neutral: every renderer writes the same blocks. */
/** 版头 of an official document (GB/T 9704). */
export interface Letterhead {
  organMark: string;
  documentNumber: string;
  signer: string;
}

/** 版记 of an official document (GB/T 9704). */
export interface Colophon {
  /** 抄送机关. */
  copyTo: string[];
  /** 印发机关. */
  printedBy: string;
}

export interface ReportDocument {
  /** The pilot's reports, or `annual`: a tenant's annual report on open government information. */
  kind: ReportKind | 'annual';
  title: string;
  /** 主送机关, e.g. 国务院办公厅; null for a document published to the public, addressed to no one. */
  recipient: string | null;
  /** 发文机关署名, e.g. 黑龙江省人民政府办公厅. */
  issuer: string;
  /** 成文日期: the date the report speaks as of. */
  date: IsoDate;
  /** The event-store position compiled at. */
  position: number;
  blocks: Block[];
  /** 版头, title lines, 版记: the parts of the official form (GB/T 9704) around the body. */
  form: {
    /**
     * 版头 (organ's mark, 发文字号, 签发人, red separator), or null when the document has none: a
     * document published to the public (the annual report, Art. 50 of the 2019 regulation) is not
     * registered nor signed as a 公文, and its page opens on the title.
     */
    letterhead: Letterhead | null;
    titleLines: string[];
    /** 版记 (抄送, 印发机关 and date) closing the document, or null when it has none (not a 公文). */
    colophon: Colophon | null;
  };
  /** 附件, in order (附件1, 附件2 …), named in the 附件说明 after the body. */
  annexes: Annex[];
}
