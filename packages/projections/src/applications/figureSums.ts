import type { AnnualReportFigures, ApplicationState } from '@gongkai/domain';
import { annualReportFigures } from '@gongkai/domain';

/**
 * Adds `part` (times `sign`) into `into`, cell by cell: the annual figures are sums over
 * applications, so a county's are the sum of its applications' and a province's of its counties'.
 */
export const addFigures = (into: AnnualReportFigures, part: AnnualReportFigures, sign: 1 | -1 = 1): void => {
  into.applications.rows.forEach((row, index) => {
    const values = part.applications.rows[index]!.values;
    for (const column of Object.keys(row.values) as (keyof typeof values)[])
      row.values[column] += sign * values[column];
  });
  for (const [kind, columns] of Object.entries(into.reviewAndLitigation)) {
    const other = part.reviewAndLitigation[kind as keyof typeof into.reviewAndLitigation];
    for (const column of Object.keys(columns) as (keyof typeof columns)[])
      columns[column] += sign * other[column];
  }
  if (into.processingFees !== null && part.processingFees !== null) {
    const fees = into.processingFees;
    for (const key of Object.keys(fees) as (keyof typeof fees)[])
      fees[key] += sign * part.processingFees[key];
  }
};

/** A fresh copy of `figures` (the documents' figures are mutated in place). */
export const copyFigures = (figures: AnnualReportFigures): AnnualReportFigures => structuredClone(figures);

/** The sum of several figure tables of one year (a copy of `empty` plus each part). */
export const sumAnnualFigures = (
  parts: readonly AnnualReportFigures[],
  empty: AnnualReportFigures,
): AnnualReportFigures => {
  const sum = copyFigures(empty);
  for (const part of parts) addFigures(sum, part);
  return sum;
};

/** Answered, and every review or suit over it concluded: its figures of every year are final. */
export const isClosed = (state: ApplicationState): boolean =>
  state.receivedOn !== null &&
  state.decision !== null &&
  state.cases.every((reviewOrSuit) => reviewOrSuit.concludedOn !== null);

const ISO_DATE = /\d{4}-\d{2}-\d{2}/g;

/** The years a closed application counts in: from its receipt to the last date it holds. */
export const yearsOf = (state: ApplicationState): number[] => {
  const first = Number(state.receivedOn!.slice(0, 4));
  let last = first;
  for (const [date] of JSON.stringify(state).matchAll(ISO_DATE))
    last = Math.max(last, Number(date.slice(0, 4)));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
};

/** One application's figures of a year (year-end). */
export const contributionOf = (state: ApplicationState, year: number): AnnualReportFigures =>
  annualReportFigures([state], year);
