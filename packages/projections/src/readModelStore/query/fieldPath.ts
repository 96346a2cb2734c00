import { ReadModelQueryInvalidError } from '../errors';

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const COLLECTION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

/** Fields every document has, kept beside the document by adapters that can (columns on SQLite). */
export const RESERVED_FIELDS = ['_id', 'tenant', 'ancestors', '_position'] as const;

export const assertFieldPath = (path: unknown, where: string): string => {
  if (typeof path !== 'string' || !FIELD_PATH.test(path)) {
    throw new ReadModelQueryInvalidError(
      `${where}: field ${JSON.stringify(path)} is not a dotted path of identifiers (letters, digits, _).`,
    );
  }
  return path;
};

export const assertCollectionName = (name: unknown): string => {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw new ReadModelQueryInvalidError(
      `Collection ${JSON.stringify(name)} is not a valid name: use a letter then letters, digits or _ (at most 63).`,
    );
  }
  return name;
};

/** The value at a dotted path of a parsed document, undefined when any step is missing. */
export const valueAtPath = (document: unknown, path: string): unknown => {
  let current: unknown = document;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
};
