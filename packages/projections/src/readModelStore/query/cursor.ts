import { ReadModelQueryInvalidError } from '../errors';
import { valueAtPath } from './fieldPath';
import type { SortKey } from './filter';
import type { FilterScalar } from './filterNode';
import type { ParsedSortKey } from './sort';
import { parseSort } from './sort';

/**
 * Keyset cursors: the sort values of the last document seen, bound to the sort they were issued
 * for. Opaque to clients (base64url JSON); both adapters issue and read the same format.
 */

const signatureOf = (keys: readonly ParsedSortKey[]): string =>
  keys.map((key) => `${key.path}:${key.descending ? 'desc' : 'asc'}`).join(',');

/** The value a sort key sees: missing is null; a non-scalar (unsupported as a sort value) its JSON. */
export const sortValueOf = (document: unknown, path: string): FilterScalar => {
  const value = valueAtPath(document, path);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
};

export const encodeCursor = (keys: readonly ParsedSortKey[], document: unknown): string =>
  Buffer.from(
    JSON.stringify({ s: signatureOf(keys), v: keys.map((key) => sortValueOf(document, key.path)) }),
  ).toString('base64url');

const invalidCursor = (reason: string): ReadModelQueryInvalidError =>
  new ReadModelQueryInvalidError(
    `Invalid cursor: ${reason}; pass the endCursor of a page of the same query.`,
  );

const isCursorValue = (value: unknown): value is FilterScalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The sort values in the cursor, aligned with `keys` (the last one is the `_id`). */
export const decodeCursor = (cursor: unknown, keys: readonly ParsedSortKey[]): FilterScalar[] => {
  if (typeof cursor !== 'string' || cursor.length === 0) throw invalidCursor('not a non-empty string');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('not a cursor this store issued');
  }
  const { s, v } = (decoded ?? {}) as { s?: unknown; v?: unknown };
  if (s !== signatureOf(keys)) throw invalidCursor('it was issued for another sort');
  if (
    !Array.isArray(v) ||
    v.length !== keys.length ||
    !v.every(isCursorValue) ||
    typeof v.at(-1) !== 'string'
  ) {
    throw invalidCursor('malformed values');
  }
  return v;
};

/** The cursor of one document under `sort` (for Relay edges). */
export const cursorOf = (document: unknown, sort?: readonly SortKey[]): string =>
  encodeCursor(parseSort(sort), document);
