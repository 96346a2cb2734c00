import { ReadModelQueryInvalidError } from '../errors';
import { assertFieldPath } from './fieldPath';
import type { SortKey } from './filter';
import { isPlainObject } from './parseFilter';

export interface ParsedSortKey {
  path: string;
  descending: boolean;
}

const MAX_SORT_KEYS = 4;

const invalid = (message: string): ReadModelQueryInvalidError =>
  new ReadModelQueryInvalidError(`Invalid sort: ${message}`);

const parseKey = (key: unknown): ParsedSortKey => {
  if (!isPlainObject(key)) throw invalid('each key must be { field, direction? }.');
  const path = assertFieldPath(key.field, 'Invalid sort');
  if (path === 'ancestors') throw invalid('ancestors is an array and cannot be sorted on.');
  const direction = key.direction ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') throw invalid(`direction of ${path} must be asc or desc.`);
  return { path, descending: direction === 'desc' };
};

/** The sort keys with `_id` last (in the direction of the key before it), so the order is total. */
export const parseSort = (sort: readonly SortKey[] | undefined): ParsedSortKey[] => {
  if (sort !== undefined && !Array.isArray(sort)) throw invalid('sort must be an array of keys.');
  const keys = (sort ?? []).map(parseKey);
  const paths = keys.map((key) => key.path);
  if (new Set(paths).size !== paths.length) throw invalid(`a field is repeated in ${paths.join(', ')}.`);
  const idIndex = paths.indexOf('_id');
  if (idIndex >= 0 && idIndex !== keys.length - 1) throw invalid('_id can only be the last key.');
  if (idIndex < 0) keys.push({ path: '_id', descending: keys.at(-1)?.descending ?? false });
  if (keys.length > MAX_SORT_KEYS + 1) throw invalid(`at most ${MAX_SORT_KEYS} keys besides _id.`);
  return keys;
};
