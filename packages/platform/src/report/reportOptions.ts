import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type {
  AnnualReportRequest,
  ReportFormat,
  ReportKind,
  ReportRequest,
  ScoringRules,
} from '@gongkai/report';
import { ReportRequestInvalidError, parseScoringRules, reportFormatOf, reportKindOf } from '@gongkai/report';

/** The options of `gongkai report` as commander hands them over (strings, unchecked). */
export interface ReportCliOptions {
  /** Required for the pilot's reports; not for `--kind annual`. */
  province?: string;
  /** The report year of `--kind annual`. */
  year?: string;
  asOf?: string;
  atPosition?: string;
  kind: string;
  unit?: string;
  format?: string;
  out: string;
  scoring?: string;
  /** 发文字号, e.g. 黑政办报〔2018〕12号 (the reports with a 版头). */
  documentNumber?: string;
  /** 签发人 of the upward document. */
  signer?: string;
  seed: boolean;
}

export interface ReportJob {
  request: ReportRequest;
  format: ReportFormat;
  out: string;
  rules?: ScoringRules;
  /** 发文字号 as the office registered it; default the office's prefix and year, number blank. */
  documentNumber?: string;
  /** 签发人; default blank, for the signer to write by hand. */
  signer?: string;
  seed: boolean;
}

const DIVISION_CODE = /^\d{6}$/;
/** 机关代字〔年份〕序号号 (GB/T 9704-2012 7.2.3): the year in 六角括号, the number without leading zeros. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{2,12}〔\d{4}〕[1-9]\d{0,4}号$/;
/** A signer's name: 2–20 characters of Chinese (with the middle dot of minority names) or Latin letters. */
const SIGNER = /^[\u4e00-\u9fff·A-Za-z ]{2,20}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const invalid = (message: string): never => {
  throw new ReportRequestInvalidError(message);
};

const isRealDate = (date: string): boolean =>
  ISO_DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

const positionOf = (text: string): number => {
  const position = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(position)) {
    invalid(`--at-position must be an event-store position (an integer ≥ 0), got "${text}".`);
  }
  return position;
};

const formatOf = (options: ReportCliOptions): ReportFormat => {
  if (options.format !== undefined) return reportFormatOf(options.format);
  const extension = extname(options.out).slice(1).toLowerCase();
  if (extension === '') {
    return invalid(
      `give --format (docx, pdf, html, md or json), or an --out file name ending in one of them.`,
    );
  }
  return reportFormatOf(extension);
};

const rulesOf = (file: string | undefined): ScoringRules | undefined => {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return invalid(`cannot read the scoring rules file ${file}: give the path of a JSON file.`);
  }
  try {
    return parseScoringRules(JSON.parse(text));
  } catch (error) {
    if (error instanceof SyntaxError)
      return invalid(`the scoring rules file ${file} is not JSON: ${error.message}.`);
    throw error;
  }
};

const kindAndUnit = (options: ReportCliOptions): { kind: ReportKind; unit?: string } => {
  const kind = reportKindOf(options.kind);
  if (kind === 'unit') {
    if (options.unit === undefined || !DIVISION_CODE.test(options.unit)) {
      invalid('--kind unit needs --unit with the 6-digit code of a pilot unit, e.g. --unit 230102 (道里区).');
    }
    return { kind, unit: options.unit };
  }
  if (options.unit !== undefined) invalid(`--unit is for --kind unit only; leave it out for --kind ${kind}.`);
  return { kind };
};

/** Checks every option of `gongkai report`; the error says which option to fix and how. */
export const parseReportOptions = (options: ReportCliOptions): ReportJob => {
  if (options.province === undefined || !DIVISION_CODE.test(options.province)) {
    invalid(
      `--province must be a 6-digit division code, e.g. 230000 (黑龙江省); got "${options.province ?? ''}".`,
    );
  }
  if (options.asOf !== undefined && !isRealDate(options.asOf)) {
    invalid(`--as-of must be a calendar date YYYY-MM-DD, e.g. 2018-08-31; got "${options.asOf}".`);
  }
  const position = options.atPosition === undefined ? undefined : positionOf(options.atPosition);
  const asOf = {
    ...(position === undefined ? {} : { position }),
    ...(options.asOf === undefined ? {} : { date: options.asOf }),
  };
  const rules = rulesOf(options.scoring);
  if (options.documentNumber !== undefined && !DOCUMENT_NUMBER.test(options.documentNumber)) {
    invalid(
      `--document-number must be 机关代字〔年份〕序号号, e.g. 黑政办报〔2018〕12号 (六角括号, no leading zero); got "${options.documentNumber}".`,
    );
  }
  if (options.signer !== undefined && !SIGNER.test(options.signer)) {
    invalid(`--signer must be the signer's name, 2–20 characters, e.g. 张三; got "${options.signer}".`);
  }
  return {
    request: {
      ...kindAndUnit(options),
      province: options.province!,
      ...(Object.keys(asOf).length === 0 ? {} : { asOf }),
    },
    format: formatOf(options),
    out: options.out,
    ...(rules === undefined ? {} : { rules }),
    ...(options.documentNumber === undefined ? {} : { documentNumber: options.documentNumber }),
    ...(options.signer === undefined ? {} : { signer: options.signer }),
    seed: options.seed,
  };
};

export interface AnnualReportJob {
  request: AnnualReportRequest;
  format: ReportFormat;
  out: string;
  seed: boolean;
}

/** Checks the options of `gongkai report --kind annual`: --unit, --year, and the common ones. */
export const annualReportJob = (options: ReportCliOptions): AnnualReportJob => {
  if (options.unit === undefined || !DIVISION_CODE.test(options.unit)) {
    invalid(
      '--kind annual needs --unit with the 6-digit code of any tenant, e.g. --unit 230102 (道里区) or 230000.',
    );
  }
  const year = Number(options.year);
  if (options.year === undefined || !/^\d{4}$/.test(options.year) || year < 2008) {
    invalid(
      `--kind annual needs --year, a report year from 2008 on, e.g. --year 2021; got "${options.year ?? ''}".`,
    );
  }
  if (options.documentNumber !== undefined || options.signer !== undefined) {
    invalid(
      '--document-number and --signer are for the reports with a 版头; the annual report is published, not sent up: leave them out.',
    );
  }
  if (options.asOf !== undefined && !isRealDate(options.asOf)) {
    invalid(
      `--as-of must be a calendar date YYYY-MM-DD within the year, e.g. ${year}-06-30; got "${options.asOf}".`,
    );
  }
  const position = options.atPosition === undefined ? undefined : positionOf(options.atPosition);
  const asOf = {
    ...(position === undefined ? {} : { position }),
    ...(options.asOf === undefined ? {} : { date: options.asOf }),
  };
  return {
    request: { unit: options.unit!, year, ...(Object.keys(asOf).length === 0 ? {} : { asOf }) },
    format: formatOf(options),
    out: options.out,
    seed: options.seed,
  };
};
