import type { Document } from 'mongodb';

/** `{ _id: projector, position }`; not a valid collection name of the port (it starts with `_`). */
export const CHECKPOINTS = '_checkpoints';

/** A read-model document as stored: JSON values, a string `_id`, the position that wrote it. */
export type StoredMongoDocument = Document & { _id: string; _position: number };

/** The index key: the fields, then `_id` so keyset pages walk the index without a sort. */
export const indexKeyOf = (fields: readonly string[]): Record<string, 1> =>
  Object.fromEntries([...fields, ...(fields.includes('_id') ? [] : ['_id'])].map((field) => [field, 1]));

/** MongoDB's default name for a key (`tenant_1_code_1__id_1`), so declaring an index twice is a no-op. */
export const indexNameOf = (key: Record<string, 1>): string =>
  Object.entries(key)
    .map(([field, direction]) => `${field}_${direction}`)
    .join('_');
