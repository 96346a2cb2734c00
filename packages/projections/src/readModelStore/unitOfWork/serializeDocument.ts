import { ReadModelDocumentInvalidError } from '../errors';
import { isPlainObject } from '../query/parseFilter';

export interface SerializedDocument {
  id: string;
  tenant: string;
  /** JSON of the `ancestors` array (adapters keeping it beside the document need no re-serializing). */
  ancestorsJson: string;
  /** The document's JSON, `_position` included. */
  json: string;
}

const invalid = (message: string): ReadModelDocumentInvalidError =>
  new ReadModelDocumentInvalidError(`Invalid document: ${message}`);

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Checks the fields every document carries; the rest is what `JSON.stringify` makes of it. */
export const assertDocumentShape = (
  document: unknown,
): { id: string; tenant: string; ancestors: readonly string[] } => {
  if (!isPlainObject(document)) throw invalid('it must be a plain object.');
  const { _id: id, tenant, ancestors } = document;
  if (!isNonEmptyString(id)) throw invalid('_id must be a non-empty string.');
  if (!isNonEmptyString(tenant)) throw invalid(`${id}: tenant must be the tenant code (a non-empty string).`);
  if (!Array.isArray(ancestors) || !ancestors.every(isNonEmptyString)) {
    throw invalid(`${id}: ancestors must be an array of tenant codes ([] for a root).`);
  }
  return { id, tenant, ancestors };
};

/** A plain object with an `_id` serializes to `{...}` with at least one member: append the position. */
const withPosition = (json: string, position: number): string =>
  `${json.slice(0, -1)},"_position":${position}}`;

const withoutPosition = (source: Record<string, unknown>): Record<string, unknown> => {
  const { _position: _stale, ...rest } = source;
  return rest;
};

/**
 * A document already turned into JSON (without `_position`), written as that JSON: a projector
 * keeping a snapshot of a document it goes on changing (a history state) serializes it right away,
 * instead of copying the object and serializing the copy later.
 */
export class PreparedDocument {
  readonly [field: string]: unknown;

  private constructor(
    readonly _id: string,
    readonly tenant: string,
    readonly ancestors: readonly string[],
    readonly json: string,
  ) {}

  /** `document` as `JSON.stringify` makes it now; it may change afterwards. */
  static of(document: Record<string, unknown>): PreparedDocument {
    const { id, tenant, ancestors } = assertDocumentShape(document);
    if ('_position' in document) throw invalid(`${id}: a prepared document has no _position.`);
    return new PreparedDocument(id, tenant, ancestors, JSON.stringify(document));
  }
}

/**
 * Snapshot a document for storage with its position. Serializing once, when the projector hands the
 * document over, also makes later mutation of the object by the projector harmless.
 */
export const serializeDocument = (document: unknown, position: number): SerializedDocument => {
  if (document instanceof PreparedDocument) {
    const { _id: id, tenant, ancestors, json } = document;
    return { id, tenant, ancestorsJson: JSON.stringify(ancestors), json: withPosition(json, position) };
  }
  const { id, tenant, ancestors } = assertDocumentShape(document);
  const source = document as Record<string, unknown>;
  const ancestorsJson = JSON.stringify(ancestors);
  // A document read back (or kept by a projector) may already carry the position it is written at.
  if (source._position === position) return { id, tenant, ancestorsJson, json: JSON.stringify(source) };
  const rest = '_position' in source ? withoutPosition(source) : source;
  return { id, tenant, ancestorsJson, json: withPosition(JSON.stringify(rest), position) };
};

/** Serialize a document built by replaying writes (it already holds its fields and `_position`). */
export const serializeState = (state: Record<string, unknown>): SerializedDocument => {
  const { id, tenant, ancestors } = assertDocumentShape(state);
  return { id, tenant, ancestorsJson: JSON.stringify(ancestors), json: JSON.stringify(state) };
};
