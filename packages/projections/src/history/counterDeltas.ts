import type { CatalogueCounters } from '../projectors/catalogue/counters';
import { arrayKeys, emptyCounters, scalarKeys } from '../projectors/catalogue/counters';

/**
 * What one event changed in a set of counters: a few signed amounts. Counters summed from deltas
 * are "signed" counters: `level1Names` keep every name with its signed count (a name may go below
 * zero in one bucket and come back in another); `normalizeLevel1` makes them ordinary again.
 */
export interface CounterDelta {
  /** [field, index (-1: a scalar; a flattened row × width + column for the tables), amount]. */
  changes: [string, number, number][];
  level1: [string, number][];
}

const SCALARS = scalarKeys;
const ARRAYS = arrayKeys;
const TABLES = ['channels', 'feedbackKinds'] as const satisfies readonly (keyof CatalogueCounters)[];
const WIDTH = { channels: 6, feedbackKinds: 3 } as const;

type Scalar = (typeof SCALARS)[number];
type ArrayField = (typeof ARRAYS)[number];
type Table = (typeof TABLES)[number];

const isScalar = (field: string): field is Scalar => (SCALARS as readonly string[]).includes(field);
const isTable = (field: string): field is Table => field === 'channels' || field === 'feedbackKinds';

/** A copy of `counters` to compare with after an event. */
export const copyCounters = (counters: CatalogueCounters): CatalogueCounters => {
  const copy = { ...counters };
  for (const field of ARRAYS) copy[field] = [...counters[field]];
  for (const field of TABLES) copy[field] = counters[field].map((row) => [...row]);
  copy.level1Names = counters.level1Names.map(([name, count]) => [name, count]);
  return copy;
};

/** What changed from `before` to `after` (`before` null: from nothing). */
export const deltaOf = (before: CatalogueCounters | null, after: CatalogueCounters): CounterDelta => {
  const from = before ?? emptyCounters();
  const changes: CounterDelta['changes'] = [];
  for (const field of SCALARS) {
    const by = after[field] - from[field];
    if (by !== 0) changes.push([field, -1, by]);
  }
  for (const field of ARRAYS) {
    const values = after[field];
    for (let index = 0; index < values.length; index++) {
      const by = (values[index] ?? 0) - (from[field][index] ?? 0);
      if (by !== 0) changes.push([field, index, by]);
    }
  }
  for (const field of TABLES) {
    after[field].forEach((row, rowIndex) => {
      for (let column = 0; column < row.length; column++) {
        const by = (row[column] ?? 0) - (from[field][rowIndex]?.[column] ?? 0);
        if (by !== 0) changes.push([field, rowIndex * WIDTH[field] + column, by]);
      }
    });
  }
  const level1 = new Map<string, number>(after.level1Names.map(([name, count]) => [name, count]));
  for (const [name, count] of from.level1Names) level1.set(name, (level1.get(name) ?? 0) - count);
  return { changes, level1: [...level1].filter(([, by]) => by !== 0) };
};

const bumpSigned = (pairs: [string, number][], name: string, by: number): void => {
  const pair = pairs.find(([candidate]) => candidate === name);
  if (pair) pair[1] += by;
  else pairs.push([name, by]);
};

/** Adds a delta into signed counters. */
export const applyDelta = (target: CatalogueCounters, delta: CounterDelta): void => {
  for (const [field, index, by] of delta.changes) {
    if (isScalar(field)) target[field] += by;
    else if (isTable(field)) {
      const row = (target[field][Math.floor(index / WIDTH[field])] ??= new Array<number>(WIDTH[field]).fill(0));
      row[index % WIDTH[field]] = (row[index % WIDTH[field]] ?? 0) + by;
    } else {
      const values = target[field as ArrayField];
      values[index] = (values[index] ?? 0) + by;
    }
  }
  for (const [name, by] of delta.level1) bumpSigned(target.level1Names, name, by);
};

/** Adds `sign` × signed counters into signed counters (the sum of two buckets, or a correction). */
export const addSigned = (target: CatalogueCounters, source: CatalogueCounters, sign = 1): void => {
  for (const field of SCALARS) target[field] += sign * source[field];
  for (const field of ARRAYS) {
    const into = target[field];
    source[field].forEach((value, index) => (into[index] = (into[index] ?? 0) + sign * value));
  }
  for (const field of TABLES) {
    source[field].forEach((row, rowIndex) => {
      const into = (target[field][rowIndex] ??= new Array<number>(WIDTH[field]).fill(0));
      row.forEach((value, column) => (into[column] = (into[column] ?? 0) + sign * value));
    });
  }
  for (const [name, by] of source.level1Names) bumpSigned(target.level1Names, name, sign * by);
};

/** Ordinary counters again: only the level-1 names with current items. */
export const normalizeLevel1 = (counters: CatalogueCounters): CatalogueCounters => {
  counters.level1Names = counters.level1Names.filter(([, count]) => count > 0);
  return counters;
};
