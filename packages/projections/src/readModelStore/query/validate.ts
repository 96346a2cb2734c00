import { ReadModelQueryInvalidError } from '../errors';
import { assertFieldPath } from './fieldPath';

/** A page size or limit: a positive integer. */
export const assertLimit = (limit: unknown, name: string): number => {
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    throw new ReadModelQueryInvalidError(`${name} must be a positive integer, got ${String(limit)}.`);
  }
  return limit;
};

/** An index definition: 1 to 8 distinct field paths, `ancestors` excluded (adapters serve it their way). */
export const assertIndex = (fields: unknown): readonly string[] => {
  if (!Array.isArray(fields) || fields.length === 0 || fields.length > 8) {
    throw new ReadModelQueryInvalidError('An index is an array of 1 to 8 field paths.');
  }
  const paths = fields.map((field) => assertFieldPath(field, 'Invalid index'));
  if (paths.includes('ancestors')) {
    throw new ReadModelQueryInvalidError(
      'ancestors cannot be indexed: $contains on it is served by tenant indexes.',
    );
  }
  if (new Set(paths).size !== paths.length)
    throw new ReadModelQueryInvalidError(`Index repeats a field: ${paths.join(', ')}.`);
  return paths;
};

/** A `countBy` field: a dotted path, not the `ancestors` array. */
export const assertGroupField = (field: unknown): string => {
  const path = assertFieldPath(field, 'Invalid countBy');
  if (path === 'ancestors')
    throw new ReadModelQueryInvalidError('countBy ancestors is not supported; count per tenant.');
  return path;
};
