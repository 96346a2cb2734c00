import type { Document } from 'mongodb';
import type { FilterNode, FilterScalar } from '../query/filterNode';

type NodeOf<K extends FilterNode['kind']> = Extract<FilterNode, { kind: K }>;

/** `$and` of the terms, `{}` (everything) when there are none. */
export const allOf = (terms: readonly Document[]): Document => {
  const kept = terms.filter((term) => Object.keys(term).length > 0);
  if (kept.length === 0) return {};
  return kept.length === 1 ? (kept[0] ?? {}) : { $and: kept };
};

/** Matches nothing: an empty `$in` (both servers answer it without reading a document twice). */
const NOTHING: Document = { _id: { $in: [] } };

/**
 * Ranges stay within one type, as the port says. MongoDB's comparison operators already do (type
 * bracketing); the `$type` guard says so explicitly, so a server that compared across types would
 * still answer the same.
 */
const compileRange = ({ path, operator, value }: NodeOf<'range'>): Document => ({
  [path]: { [`$${operator}`]: value, $type: typeof value === 'string' ? 'string' : 'number' },
});

/** An array holding any of the values: Mongo's implicit "the array holds it" (a multikey match). */
const compileContains = ({ path, values }: NodeOf<'contains'>): Document => {
  if (values.length === 0) return NOTHING;
  const [only] = values;
  return values.length === 1 ? { [path]: only } : { [path]: { $in: values } };
};

const compileEquality = (path: string, values: readonly FilterScalar[], negated: boolean): Document => {
  if (negated) return values.length === 1 ? { [path]: { $ne: values[0] } } : { [path]: { $nin: values } };
  if (values.length === 0) return NOTHING;
  return values.length === 1 ? { [path]: values[0] } : { [path]: { $in: values } };
};

/**
 * The port's filter as a native query. The filter language is a subset of Mongo's, so this is
 * nearly the identity: `null` already matches null or missing, `$ne`/`$nin` already match documents
 * without the field, `$contains`/`$containsAny` become Mongo's implicit array match.
 */
export const compileFilter = (node: FilterNode): Document => {
  switch (node.kind) {
    case 'and':
      return allOf(node.nodes.map(compileFilter));
    case 'or':
      return { $or: node.nodes.map(compileFilter) };
    case 'eq':
      return compileEquality(node.path, [node.value], node.negated);
    case 'in':
      return compileEquality(node.path, node.values, node.negated);
    case 'range':
      return compileRange(node);
    case 'exists':
      return { [node.path]: { $exists: node.exists } };
    case 'contains':
      return compileContains(node);
  }
};
