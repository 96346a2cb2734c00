import type { CatalogueCounters } from '../projectors/catalogue/counters';
import { arrayKeys, emptyCounters, scalarKeys } from '../projectors/catalogue/counters';

/**
 * Counters as a flat vector of numbers (every scalar, every per-code count, every table cell, in a
 * fixed order), so that the change an event makes is a few (index, amount) pairs and the sum of
 * many buckets is a loop over numbers. The level-1 names are kept beside it as signed
 * [name, count] pairs: a name may go below zero in one bucket and come back in another.
 */
export type CounterVector = number[];
export type Level1Counts = [string, number][];

const TABLES = ['channels', 'feedbackKinds'] as const satisfies readonly (keyof CatalogueCounters)[];

const template = emptyCounters();
const arrayLengths = arrayKeys.map((field) => template[field].length);
const tableShapes = TABLES.map((field) => [template[field].length, template[field][0]?.length ?? 0] as const);

export const VECTOR_LENGTH =
  scalarKeys.length +
  arrayLengths.reduce((sum, length) => sum + length, 0) +
  tableShapes.reduce((sum, [rows, columns]) => sum + rows * columns, 0);

const SCALARS = scalarKeys.length;

const copyInto = (
  into: CounterVector | Float64Array,
  at: number,
  values: readonly number[],
  length: number,
): number => {
  for (let code = 0; code < length; code++) into[at++] = values[code] ?? 0;
  return at;
};

const [FIVE_OPEN, CHAIN, MODES, LEVELS, SOURCES, FORMS, RESPONSE_CHANNELS] = arrayLengths as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
const [[CHANNEL_ROWS, CHANNEL_COLUMNS], [FEEDBACK_ROWS, FEEDBACK_COLUMNS]] = tableShapes as [
  readonly [number, number],
  readonly [number, number],
];

const copyTable = (
  into: CounterVector | Float64Array,
  at: number,
  table: readonly (readonly number[] | undefined)[],
  rows: number,
  columns: number,
): number => {
  for (let row = 0; row < rows; row++) {
    const cells = table[row];
    if (cells === undefined) for (let column = 0; column < columns; column++) into[at++] = 0;
    else at = copyInto(into, at, cells, columns);
  }
  return at;
};

/**
 * Writes `counters` into `into` (a vector of `VECTOR_LENGTH`) in the order of `scalarKeys`,
 * `arrayKeys`, then the tables. Field by field, not through the lists of keys: it runs twice per
 * catalogue event of a rebuild, and keyed access by a name from a list cost a tenth of it.
 * `unflatten` reads the same order through the lists (`counterDeltas.unit.spec.ts` holds them together).
 */
export const flatten = (counters: CatalogueCounters, into: CounterVector | Float64Array): void => {
  into[0] = counters.itemsTotal;
  into[1] = counters.items;
  into[2] = counters.draft;
  into[3] = counters.published;
  into[4] = counters.retired;
  into[5] = counters.withStandard;
  into[6] = counters.completeStandards;
  into[7] = counters.presentElements;
  into[8] = counters.revisions;
  into[9] = counters.disclosures;
  into[10] = counters.onTime;
  into[11] = counters.late;
  into[12] = counters.notAssessed;
  into[13] = counters.workingDaysTaken;
  into[14] = counters.workingDaysLate;
  into[15] = counters.interpreted;
  into[16] = counters.responded;
  into[17] = counters.interpretations;
  into[18] = counters.interpretationsOnTime;
  into[19] = counters.interpretationsLate;
  into[20] = counters.responses;
  into[21] = counters.responsesLinked;
  into[22] = counters.responseWorkingDays;
  into[23] = counters.feedback;
  into[24] = counters.satisfaction;
  into[25] = counters.sampleSize;
  let at = copyInto(into, SCALARS, counters.fiveOpenStages, FIVE_OPEN);
  at = copyInto(into, at, counters.chainStages, CHAIN);
  at = copyInto(into, at, counters.modes, MODES);
  at = copyInto(into, at, counters.levels, LEVELS);
  at = copyInto(into, at, counters.sources, SOURCES);
  at = copyInto(into, at, counters.forms, FORMS);
  at = copyInto(into, at, counters.responseChannels, RESPONSE_CHANNELS);
  at = copyTable(into, at, counters.channels, CHANNEL_ROWS, CHANNEL_COLUMNS);
  copyTable(into, at, counters.feedbackKinds, FEEDBACK_ROWS, FEEDBACK_COLUMNS);
};

/** Ordinary counters from a vector and signed level-1 counts (names with current items only). */
export const unflatten = (vector: readonly number[], level1: Level1Counts): CatalogueCounters => {
  const counters = emptyCounters();
  let at = 0;
  for (const field of scalarKeys) counters[field] = vector[at++] ?? 0;
  arrayKeys.forEach((field, index) => {
    for (let code = 0; code < (arrayLengths[index] ?? 0); code++) counters[field][code] = vector[at++] ?? 0;
  });
  TABLES.forEach((field, index) => {
    const [rows, columns] = tableShapes[index] ?? [0, 0];
    for (let row = 0; row < rows; row++) {
      const cells = (counters[field][row] ??= new Array<number>(columns).fill(0));
      for (let column = 0; column < columns; column++) cells[column] = vector[at++] ?? 0;
    }
  });
  counters.level1Names = level1.filter(([, count]) => count > 0);
  return counters;
};

export const zeroVector = (): CounterVector => new Array<number>(VECTOR_LENGTH).fill(0);

/** Adds `sign` × `source` into `target`. */
export const addVector = (target: CounterVector, source: readonly number[], sign = 1): void => {
  for (let index = 0; index < VECTOR_LENGTH; index++) {
    target[index] = (target[index] ?? 0) + sign * (source[index] ?? 0);
  }
};

/** Adds `by` to a name's signed count. */
export const bumpLevel1Count = (counts: Level1Counts, name: string, by: number): void => {
  if (by === 0) return;
  const pair = counts.find(([candidate]) => candidate === name);
  if (pair) pair[1] += by;
  else counts.push([name, by]);
};

export const addLevel1 = (target: Level1Counts, source: Level1Counts, sign = 1): void => {
  for (const [name, count] of source) bumpLevel1Count(target, name, sign * count);
};

/** A name's count in ordinary counters (0 when not listed). */
export const level1Count = (counters: CatalogueCounters | undefined, name: string): number =>
  counters?.level1Names.find(([candidate]) => candidate === name)?.[1] ?? 0;

/** What an event changed in one set of counters: (index, amount) pairs and level-1 changes. */
export interface CounterDelta {
  changes: number[];
  level1: Level1Counts;
}

/** Before an event: the counters' vector and the counts of the level-1 names it may move. */
export class CounterWatch {
  private readonly before = new Float64Array(VECTOR_LENGTH);
  private readonly after = new Float64Array(VECTOR_LENGTH);
  private names: readonly string[] = [];
  private counts: number[] = [];

  /** `names`: every level-1 name the event may move (see `level1NamesOf`). */
  start(counters: CatalogueCounters | undefined, names: readonly string[]): void {
    if (counters) flatten(counters, this.before);
    else this.before.fill(0);
    this.names = names;
    this.counts = names.map((name) => level1Count(counters, name));
  }

  /** What changed since `start` (`counters` as they are now; undefined: still none). */
  delta(counters: CatalogueCounters | undefined): CounterDelta {
    if (counters) flatten(counters, this.after);
    else this.after.fill(0);
    const changes: number[] = [];
    const { before, after } = this;
    for (let index = 0; index < VECTOR_LENGTH; index++) {
      const by = (after[index] as number) - (before[index] as number);
      if (by !== 0) changes.push(index, by);
    }
    const level1: Level1Counts = [];
    this.names.forEach((name, index) =>
      bumpLevel1Count(level1, name, level1Count(counters, name) - (this.counts[index] ?? 0)),
    );
    return { changes, level1 };
  }
}

/**
 * A vector as stored in a bucket: [index, value, index, value, …] by increasing index, the zeros
 * left out (a day touches a few dozen of the counters).
 */
export type SparseVector = number[];

/** Adds (index, amount) pairs, by increasing index, into a sparse vector. */
export const applySparse = (sparse: SparseVector, changes: readonly number[]): void => {
  let at = 0;
  for (let change = 0; change < changes.length; change += 2) {
    const index = changes[change] ?? 0;
    const by = changes[change + 1] ?? 0;
    while (at < sparse.length && (sparse[at] ?? 0) < index) at += 2;
    if (sparse[at] === index) sparse[at + 1] = (sparse[at + 1] ?? 0) + by;
    else sparse.splice(at, 0, index, by);
  }
};

/** Adds `sign` × a sparse vector into a dense one. */
export const addSparse = (dense: CounterVector, sparse: readonly number[], sign = 1): void => {
  for (let at = 0; at < sparse.length; at += 2) {
    const index = sparse[at] ?? 0;
    dense[index] = (dense[index] ?? 0) + sign * (sparse[at + 1] ?? 0);
  }
};

export const toSparse = (dense: readonly number[]): SparseVector => {
  const sparse: SparseVector = [];
  dense.forEach((value, index) => {
    if (value !== 0) sparse.push(index, value);
  });
  return sparse;
};

/** Adds a delta into a sparse vector and its level-1 counts. */
export const applySparseDelta = (sparse: SparseVector, level1: Level1Counts, delta: CounterDelta): void => {
  applySparse(sparse, delta.changes);
  addLevel1(level1, delta.level1);
};

/** Adds a delta into a vector and its level-1 counts. */
export const applyDelta = (vector: CounterVector, level1: Level1Counts, delta: CounterDelta): void => {
  const { changes } = delta;
  for (let at = 0; at < changes.length; at += 2) {
    const index = changes[at] ?? 0;
    vector[index] = (vector[index] ?? 0) + (changes[at + 1] ?? 0);
  }
  addLevel1(level1, delta.level1);
};

/**
 * The level-1 names an event may move in its county's counters: the item's, and the one a draft or
 * a standard (which names the item again) brings.
 */
export const level1NamesOf = (itemName: string | undefined, data: unknown): string[] => {
  const named = data as { name?: { level1Name?: string }; standard?: { name?: { level1Name?: string } } };
  const names = [itemName, named.name?.level1Name, named.standard?.name?.level1Name];
  return [...new Set(names.filter((name): name is string => typeof name === 'string'))];
};
