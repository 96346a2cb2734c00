import type { Document } from 'mongodb';
import type { FilterScalar } from '../query/filterNode';
import type { ParsedSortKey } from '../query/sort';
import { allOf } from './compileFilter';

/** `{ k1: ±1, ..., _id: ±1 }`: the keys in order (`parseSort` already appended `_id`). */
export const compileSort = (keys: readonly ParsedSortKey[]): Document =>
  Object.fromEntries(keys.map((key) => [key.path, key.descending ? -1 : 1]));

/** Documents strictly after `value` on one key; null (or missing) sorts first ascending, last descending. */
const after = (path: string, value: FilterScalar, descending: boolean): Document | null => {
  if (value === null) return descending ? null : { [path]: { $ne: null } };
  if (descending) return { $or: [{ [path]: { $lt: value } }, { [path]: null }] };
  return { [path]: { $gt: value } };
};

/**
 * Keyset condition "after the cursor": (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ..., in Mongo's order
 * (null and missing equal, before any value). Sort fields hold one type besides null, as the views'
 * do: Mongo orders numbers before strings, and `$gt` does not cross types.
 */
export const compileAfter = (keys: readonly ParsedSortKey[], values: readonly FilterScalar[]): Document => {
  const alternatives: Document[] = [];
  keys.forEach((key, index) => {
    const last = after(key.path, values[index] ?? null, key.descending);
    if (last === null) return;
    const prefix = keys.slice(0, index).map((previous, j) => ({ [previous.path]: values[j] ?? null }));
    alternatives.push(allOf([...prefix, last]));
  });
  if (alternatives.length === 0) return { _id: { $in: [] } };
  return alternatives.length === 1 ? (alternatives[0] ?? {}) : { $or: alternatives };
};
