import type { IsoDate } from '../calendar/types';
import type { ApplicantKind, CaseKind } from './outcomes';
import { ReportDateOutsideYearError } from './errors';
import { applicantKinds, caseKinds } from './outcomes';
import type { ApplicationRow, ReportFormat, ReportFormatId } from './reportFormats';
import { reportFormatFor } from './reportFormats';
import type { ApplicationState, ReviewOrSuit } from './state';

export type ApplicantColumn = ApplicantKind | 'total';
export type ColumnValues = Record<ApplicantColumn, number>;

export interface ApplicationTable {
  columns: readonly ApplicantColumn[];
  rows: readonly { key: string; label: string; group: string | null; values: ColumnValues }[];
}

export type CaseColumn = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';
export type CaseTable = Record<CaseKind, Record<CaseColumn, number>>;

export interface ProcessingFeeFigures {
  /** Fee notices sent in the year. */
  notices: number;
  amountNotifiedYuan: number;
  /** Fees paid in the year. */
  payments: number;
  amountCollectedYuan: number;
}

export interface AnnualReportFigures {
  year: number;
  /** The last day counted: facts dated after it are left out, whatever the states hold. */
  asOf: IsoDate;
  format: ReportFormatId;
  formatDocument: string;
  applications: ApplicationTable;
  reviewAndLitigation: CaseTable;
  /** "Other matters" of the 2021 format; null in the 2019 format, which has no such figures. */
  processingFees: ProcessingFeeFigures | null;
}

// Copied, not rebuilt: the projection asks for a table per closed application and year (≈1.5M rows of the seed).
const ZERO_COLUMNS: Readonly<ColumnValues> = Object.freeze(
  Object.fromEntries([...applicantKinds, 'total'].map((column) => [column, 0])) as ColumnValues,
);
const zeroColumns = (): ColumnValues => ({ ...ZERO_COLUMNS });

interface Counted {
  kind: ApplicantKind;
  received: IsoDate;
  decided: IsoDate | null;
  result: string | null;
  ground: string | null;
}

/** Each application as the year's table sees it: decisions after year-end are not yet made. */
const countedOf = (state: ApplicationState, yearEnd: IsoDate): Counted | null => {
  if (state.receivedOn === null || state.applicantKind === null || state.receivedOn > yearEnd) return null;
  const decision = state.decision !== null && state.decision.decidedOn <= yearEnd ? state.decision : null;
  return {
    kind: state.applicantKind,
    received: state.receivedOn,
    decided: decision?.decidedOn ?? null,
    result: decision?.result ?? null,
    ground: decision?.ground ?? null,
  };
};

const rowMatcher = (row: ApplicationRow, yearStart: IsoDate): ((application: Counted) => boolean) => {
  const decidedInYear = (a: Counted) => a.decided !== null && a.decided >= yearStart;
  const counts = row.counts;
  switch (counts.kind) {
    case 'new-this-year':
      return (a) => a.received >= yearStart;
    case 'carried-over':
      return (a) => a.received < yearStart && (a.decided === null || a.decided >= yearStart);
    case 'result':
      return (a) =>
        decidedInYear(a) &&
        a.result === counts.result &&
        (counts.grounds === 'all' || counts.grounds.includes(a.ground ?? ''));
    case 'results-total':
      return decidedInYear;
    case 'carried-into-next-year':
      return (a) => a.decided === null;
  }
};

const applicationTable = (
  applications: readonly Counted[],
  format: ReportFormat,
  yearStart: IsoDate,
): ApplicationTable => ({
  columns: format.applicantColumns.map((column) => column.key),
  rows: format.applicationRows.map((row) => {
    const matches = rowMatcher(row, yearStart);
    const values = zeroColumns();
    for (const application of applications) {
      if (!matches(application)) continue;
      values[application.kind] += 1;
      values.total += 1;
    }
    return { key: row.key, label: row.label, group: row.group ?? null, values };
  }),
});

/** A case counts in the year it ends (by outcome), or as pending at year-end; cases ended before the year do not. */
const caseTable = (cases: readonly ReviewOrSuit[], yearStart: IsoDate, yearEnd: IsoDate): CaseTable => {
  const table = Object.fromEntries(
    caseKinds.map((kind) => [kind, { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }]),
  ) as CaseTable;
  for (const reviewOrSuit of cases) {
    if (reviewOrSuit.filedOn > yearEnd) continue;
    const ended = reviewOrSuit.concludedOn !== null && reviewOrSuit.concludedOn <= yearEnd;
    if (ended && reviewOrSuit.concludedOn! < yearStart) continue;
    const column: CaseColumn = ended ? reviewOrSuit.outcome! : 'pending';
    table[reviewOrSuit.kind][column] += 1;
    table[reviewOrSuit.kind].total += 1;
  }
  return table;
};

const processingFees = (
  states: readonly ApplicationState[],
  yearStart: IsoDate,
  yearEnd: IsoDate,
): ProcessingFeeFigures => {
  const inYear = (date: IsoDate | null | undefined): boolean =>
    date != null && date >= yearStart && date <= yearEnd;
  const fees = states.flatMap((state) => (state.fee === null ? [] : [state.fee]));
  const notified = fees.filter((fee) => inYear(fee.notifiedOn));
  const paid = fees.filter((fee) => inYear(fee.paidOn));
  return {
    notices: notified.length,
    amountNotifiedYuan: notified.reduce((sum, fee) => sum + fee.amountYuan, 0),
    payments: paid.length,
    amountCollectedYuan: paid.reduce((sum, fee) => sum + fee.amountYuan, 0),
  };
};

/**
 * The annual report's figures on applications for one year, from the applications' states: new this
 * year, carried over, each result type and ground by applicant kind, carried into next year; the
 * review and litigation table; the processing fees. Facts dated after 31 December (or `asOf`) are
 * left out, so states folded later give the same figures. Pure.
 */
export const annualReportFigures = (
  states: readonly ApplicationState[],
  year: number,
  /** A day within the year for the figures so far (default: 31 December); "carried into next year" is then "still open". */
  asOf?: IsoDate,
): AnnualReportFigures => {
  const yearStart = `${year}-01-01`;
  const yearEnd = asOf ?? `${year}-12-31`;
  if (!yearEnd.startsWith(`${year}-`)) throw new ReportDateOutsideYearError({ year, asOf: yearEnd });
  const format = reportFormatFor(year);
  const applications = states.flatMap((state) => countedOf(state, yearEnd) ?? []);
  return {
    year,
    asOf: yearEnd,
    format: format.id,
    formatDocument: format.documentNumber,
    applications: applicationTable(applications, format, yearStart),
    reviewAndLitigation: caseTable(
      states.flatMap((state) => state.cases),
      yearStart,
      yearEnd,
    ),
    processingFees: format.reportsProcessingFees ? processingFees(states, yearStart, yearEnd) : null,
  };
};

/** The table's own checks: every row's columns add up to its total; new + carried over = results + carried on. */
export const applicationTableIssues = (table: ApplicationTable): string[] => {
  const issues: string[] = [];
  for (const row of table.rows) {
    const sum = applicantKinds.reduce((total, kind) => total + row.values[kind], 0);
    if (sum !== row.values.total)
      issues.push(`${row.key}: columns add up to ${sum}, total says ${row.values.total}`);
  }
  const value = (key: string, column: ApplicantColumn) =>
    table.rows.find((row) => row.key === key)?.values[column] ?? 0;
  const resultRows = table.rows.filter(
    (row) => !['new-this-year', 'carried-over', 'results-total', 'carried-into-next-year'].includes(row.key),
  );
  for (const column of table.columns) {
    const results = resultRows.reduce((sum, row) => sum + row.values[column], 0);
    if (results !== value('results-total', column)) {
      issues.push(
        `${column}: result rows add up to ${results}, （七）总计 says ${value('results-total', column)}`,
      );
    }
    const inflow = value('new-this-year', column) + value('carried-over', column);
    const outflow = value('results-total', column) + value('carried-into-next-year', column);
    if (inflow !== outflow) issues.push(`${column}: 一+二 = ${inflow} but 三+四 = ${outflow}`);
  }
  return issues;
};
