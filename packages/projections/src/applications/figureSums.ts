import type { AnnualReportFigures, ApplicationState } from '@gongkai/domain';
import { annualReportFigures } from '@gongkai/domain';
import { firstDayFrom } from './dayIndex';

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

/**
 * The figures' cells as one vector, in a fixed order (the applications table row by row, the
 * review and litigation table, the fees): the within-year counters store sums of such vectors.
 * Two tables of one year have the same cells, so their vectors line up.
 */
export const figuresVector = (figures: AnnualReportFigures): number[] => {
  const vector: number[] = [];
  for (const row of figures.applications.rows)
    for (const value of Object.values(row.values)) vector.push(value);
  for (const columns of Object.values(figures.reviewAndLitigation))
    for (const value of Object.values(columns)) vector.push(value);
  if (figures.processingFees !== null)
    for (const value of Object.values(figures.processingFees) as number[]) vector.push(value);
  return vector;
};

/** Adds `vector` (in `figuresVector`'s order) into `into`, cell by cell. */
export const addVector = (into: AnnualReportFigures, vector: readonly number[]): void => {
  let index = 0;
  for (const row of into.applications.rows) {
    const values = row.values as Record<string, number>;
    for (const column of Object.keys(values)) values[column]! += vector[index++] ?? 0;
  }
  for (const columns of Object.values(into.reviewAndLitigation)) {
    const values = columns as Record<string, number>;
    for (const column of Object.keys(values)) values[column]! += vector[index++] ?? 0;
  }
  if (into.processingFees !== null) {
    const fees = into.processingFees as unknown as Record<string, number>;
    for (const key of Object.keys(fees)) fees[key]! += vector[index++] ?? 0;
  }
};

/**
 * The changes of one closed application's figures of `year` as of each day of that year: its
 * figures as of 1 January (the opening), then on each date it holds within the year the
 * difference from the day before. Its figures as of a day only move on those dates (every cell
 * compares a fact's date with the day), so the opening plus the changes up to a day are its figures
 * as of that day.
 */
export const yearChanges = (
  state: ApplicationState,
  year: number,
): { opening: number[]; days: { on: string; change: number[] }[] } => {
  const yearStart = `${year}-01-01`;
  const dates = new Set<string>();
  for (const [date] of JSON.stringify(state).matchAll(ISO_DATE))
    if (date > yearStart && date.startsWith(`${year}-`)) dates.add(date);
  const opening = figuresVector(annualReportFigures([state], year, yearStart));
  const days: { on: string; change: number[] }[] = [];
  let previous = opening;
  for (const on of [...dates].sort()) {
    const current = figuresVector(annualReportFigures([state], year, on));
    const change = current.map((value, index) => value - previous[index]!);
    if (change.some((value) => value !== 0)) days.push({ on, change });
    previous = current;
  }
  return { opening, days };
};

/** One day's change of a county-year's cells: sparse `[cell, change, cell, change, …]`. */
export interface FigureDay {
  on: string;
  cells: number[];
}

/** Adds (`sign` 1) or withdraws (-1) one application's `yearChanges` into a county-year's counters. */
export const addYearChanges = (
  counters: { opening: number[]; days: FigureDay[] },
  changes: ReturnType<typeof yearChanges>,
  sign: 1 | -1,
): void => {
  changes.opening.forEach(
    (value, cell) => (counters.opening[cell] = (counters.opening[cell] ?? 0) + sign * value),
  );
  for (const { on, change } of changes.days) {
    const index = firstDayFrom(counters.days, on);
    let day = counters.days[index];
    if (day?.on !== on) {
      day = { on, cells: [] };
      counters.days.splice(index, 0, day);
    }
    const cells = new Map<number, number>();
    for (let pair = 0; pair < day.cells.length; pair += 2) cells.set(day.cells[pair]!, day.cells[pair + 1]!);
    change.forEach((value, cell) => {
      if (value !== 0) cells.set(cell, (cells.get(cell) ?? 0) + sign * value);
    });
    day.cells = [...cells]
      .filter(([, value]) => value !== 0)
      .sort(([a], [b]) => a - b)
      .flat();
    // A day whose changes cancel out goes, so an incremental build equals a rebuild.
    if (day.cells.length === 0) counters.days.splice(index, 1);
  }
};

/** The cells as of `asOf`: the opening plus every day's change up to it. */
export const cellsAsOf = (
  counters: { opening: readonly number[]; days: readonly FigureDay[] },
  asOf: string,
): number[] => {
  const cells = [...counters.opening];
  for (const day of counters.days) {
    if (day.on > asOf) break;
    for (let pair = 0; pair < day.cells.length; pair += 2)
      cells[day.cells[pair]!] = (cells[day.cells[pair]!] ?? 0) + day.cells[pair + 1]!;
  }
  return cells;
};
