import { createHash } from 'node:crypto';
import type { AnnualReportFigures, DivisionCode, IsoDate, TenantDirectory } from '@gongkai/domain';
import { reportFormatFor, stableStringify } from '@gongkai/domain';
import type { AnnualFiguresView, AsOf } from '@gongkai/projections';
import type { Block, ReportDocument, TableBlock } from '../document';
import { ReportRequestInvalidError } from '../errors';
import type { ReportFormat } from '../render';
import { titleLines } from '../compose/officialForm';
import { renderReport } from '../render';

/** What the annual report reads: `ApplicationViewQueries` of @gongkai/projections. */
export interface AnnualReportSource {
  annualFigures(code: DivisionCode, year: number, asOf?: AsOf): Promise<AnnualFiguresView | null>;
  positionOf(asOf?: AsOf): Promise<number>;
}

export interface AnnualReportRequest {
  /** Any tenant: a county's own report, or a prefecture's or province's over the counties below. */
  unit: DivisionCode;
  year: number;
  asOf?: AsOf;
}

export interface CompiledAnnualReport {
  document: ReportDocument;
  figures: AnnualReportFigures;
  /** The format used (国办公开办函〔2021〕30号 from 2021, 〔2019〕60号 before), stated in the report too. */
  format: AnnualReportFigures['format'];
  /** Publication due dates (条例第五十条): departments by 31 January, governments by 31 March. */
  dueDates: { departments: IsoDate; governments: IsoDate };
  position: number;
  date: IsoDate;
  contentHash: string;
  render(format: ReportFormat): Promise<Buffer>;
}

const count = (value: number): string => String(value);

const applicationsTable = (figures: AnnualReportFigures): TableBlock => {
  const format = reportFormatFor(figures.year);
  return {
    type: 'table',
    id: '表2',
    caption: '表2 收到和处理政府信息公开申请情况',
    columns: ['本列数据的勾稽关系', '', ...format.applicantColumns.map((column) => column.label)],
    rows: figures.applications.rows.map((row) => [
      row.group ?? '',
      row.label,
      ...figures.applications.columns.map((column) => count(row.values[column])),
    ]),
    note: format.balanceRule,
  };
};

const casesTable = (figures: AnnualReportFigures): TableBlock => {
  const format = reportFormatFor(figures.year);
  return {
    type: 'table',
    id: '表3',
    caption: '表3 政府信息公开行政复议、行政诉讼情况',
    columns: ['', ...format.caseColumns.map((column) => column.label)],
    rows: format.caseGroups.map((group) => [
      group.label,
      ...format.caseColumns.map((column) => count(figures.reviewAndLitigation[group.key][column.key])),
    ]),
  };
};

const proactiveTables = (year: number): Block[] =>
  reportFormatFor(year).proactiveTable.map((part, index) => ({
    type: 'table',
    id: `表1-${index + 1}`,
    caption: `表1-${index + 1} 主动公开政府信息情况（${part.article}）`,
    columns: ['信息内容', ...part.columns],
    rows: part.rows.map((row) => [row, ...part.columns.map(() => '—')]),
    note: '“—”：平台未登记该项数据（规章、规范性文件、许可处罚等由各业务系统统计），由编制单位据实填写。',
  }));

const rowValue = (figures: AnnualReportFigures, key: string): number =>
  figures.applications.rows.find((row) => row.key === key)?.values.total ?? 0;

const casesTotal = (figures: AnnualReportFigures): number =>
  Object.values(figures.reviewAndLitigation).reduce((sum, columns) => sum + columns.total, 0);

const corrected = (figures: AnnualReportFigures): number =>
  Object.values(figures.reviewAndLitigation).reduce((sum, columns) => sum + columns.corrected, 0);

const chineseDate = (date: IsoDate): string => {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
};

/** The annual report laid out as blocks the August report's renderers write. */
export const annualReportDocument = (input: {
  unitName: string;
  issuer: string;
  figures: AnnualReportFigures;
  position: number;
}): ReportDocument => {
  const { figures } = input;
  const format = reportFormatFor(figures.year);
  const received = rowValue(figures, 'new-this-year');
  const carriedOver = rowValue(figures, 'carried-over');
  const answered = rowValue(figures, 'results-total');
  const open = rowValue(figures, 'carried-into-next-year');
  const fees = figures.processingFees;
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: '一、总体情况' },
    {
      type: 'paragraph',
      text: `本报告依据《中华人民共和国政府信息公开条例》第五十条，按照《${format.title}》（${format.documentNumber}）编制，数据截至${chineseDate(figures.asOf)}。${figures.year < format.fromYear ? `${figures.year}年度尚无该格式，平台统一按此格式出具。` : ''}`,
    },
    {
      type: 'paragraph',
      text: `${figures.year}年，${input.unitName}新收政府信息公开申请${received}件，上年结转${carriedOver}件，办结${answered}件，结转下年度继续办理${open}件；因政府信息公开引起行政复议、行政诉讼${casesTotal(figures)}件。`,
    },
    { type: 'heading', level: 1, text: '二、主动公开政府信息情况' },
    ...proactiveTables(figures.year),
    { type: 'heading', level: 1, text: '三、收到和处理政府信息公开申请情况' },
    applicationsTable(figures),
    { type: 'heading', level: 1, text: '四、政府信息公开行政复议、行政诉讼情况' },
    casesTable(figures),
    { type: 'heading', level: 1, text: '五、存在的主要问题及改进情况' },
    {
      type: 'paragraph',
      text:
        corrected(figures) > 0
          ? `本年度有${corrected(figures)}件行政复议、行政诉讼案件结果被纠正，反映出部分申请答复的依据和说理不够充分。下一步将逐件复盘被纠正案件，规范答复文书，加强对承办人员的培训。`
          : '本年度未发生行政复议、行政诉讼结果被纠正的情形。下一步将继续规范依申请公开的受理、补正、征求意见和答复流程，严格按法定期限办理。',
    },
    { type: 'heading', level: 1, text: '六、其他需要报告的事项' },
    {
      type: 'paragraph',
      text:
        fees === null
          ? '本年度适用的年度报告格式未要求报告信息处理费情况。无其他需要报告的事项。'
          : `依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度发出收费通知${fees.notices}件、金额${fees.amountNotifiedYuan}元，实际收取信息处理费${fees.payments}件、金额${fees.amountCollectedYuan}元。`,
    },
  ];
  return {
    kind: 'annual',
    title: `${input.unitName}${figures.year}年政府信息公开工作年度报告`,
    recipient: null,
    issuer: input.issuer,
    date: figures.asOf,
    position: input.position,
    blocks,
    // Published to the public by the unit's government (Art. 50 of the 2019 regulation): not a 公文
    // registered, signed and distributed, so no 版头 (organ's mark, document number, signer), no 主送
    // and no 版记; the page opens on the title and the text ends with the issuer and the date.
    form: {
      letterhead: null,
      titleLines: titleLines(`${input.unitName}${figures.year}年政府信息公开工作年度报告`, [input.unitName]),
      colophon: null,
    },
    annexes: [],
  };
};

const issuerOf = (name: string, tier: string): string =>
  tier === 'national' ? '国务院办公厅' : `${name}人民政府`;

/**
 * The annual report on open government information (政府信息公开工作年度报告) of any tenant for any
 * year: a county's own figures, a prefecture's or province's the sum of the counties below, in the
 * format of the year. Rendered by `renderReport`, as every report is (DOCX in the GB/T 9704 layout,
 * HTML, Markdown) or as JSON; nothing reads a clock, so the same position gives the same bytes.
 */
export const compileAnnualReport = async (options: {
  source: AnnualReportSource;
  directory: TenantDirectory;
  request: AnnualReportRequest;
}): Promise<CompiledAnnualReport> => {
  const { unit: code, year, asOf } = options.request;
  const unit = options.directory.get(code);
  if (unit === undefined) {
    throw new ReportRequestInvalidError(
      `unknown unit ${code}: give a 6-digit code of the tenant directory, e.g. 230102.`,
    );
  }
  if (!Number.isInteger(year) || year < 2008 || year > 2100) {
    throw new ReportRequestInvalidError(
      `--year must be a report year from 2008 on (the regulation's first), got ${year}.`,
    );
  }
  const position = await options.source.positionOf(asOf);
  const view = await options.source.annualFigures(code, year, asOf);
  if (view === null) throw new ReportRequestInvalidError(`no figures for ${code}.`);
  const figures = view.figures;
  const document = annualReportDocument({
    unitName: unit.name,
    issuer: issuerOf(unit.name, unit.tier),
    figures,
    position,
  });
  const contentHash = createHash('sha256').update(stableStringify({ document, figures })).digest('hex');
  return {
    document,
    figures,
    format: figures.format,
    dueDates: { departments: `${year + 1}-01-31`, governments: `${year + 1}-03-31` },
    position,
    date: figures.asOf,
    contentHash,
    render: (format) => renderReport(document, { ...figures, counties: view.counties }, format),
  };
};
