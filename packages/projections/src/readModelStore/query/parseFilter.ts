import { ReadModelQueryInvalidError } from '../errors';
import { assertFieldPath } from './fieldPath';
import type { Filter } from './filter';
import type { FilterNode, FilterScalar, RangeOperator } from './filterNode';
import { MATCH_ALL } from './filterNode';

const RANGE_OPERATORS: Readonly<Record<string, RangeOperator>> = {
  $gt: 'gt',
  $gte: 'gte',
  $lt: 'lt',
  $lte: 'lte',
};

const invalid = (message: string): ReadModelQueryInvalidError =>
  new ReadModelQueryInvalidError(`Invalid filter: ${message}`);

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

const isScalar = (value: unknown): value is FilterScalar =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

const scalar = (value: unknown, where: string): FilterScalar => {
  if (!isScalar(value)) {
    throw invalid(`${where} must be a string, a finite number, a boolean or null.`);
  }
  return value;
};

const scalarList = (value: unknown, where: string): FilterScalar[] => {
  if (!Array.isArray(value)) throw invalid(`${where} must be an array of scalars.`);
  return value.map((item, index) => scalar(item, `${where}[${index}]`));
};

const comparable = (value: unknown, where: string): string | number => {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw invalid(`${where} must be a string or a finite number.`);
};

const parseOperator = (path: string, operator: string, operand: unknown): FilterNode => {
  const where = `${path}.${operator}`;
  const range = RANGE_OPERATORS[operator];
  if (range !== undefined) return { kind: 'range', path, operator: range, value: comparable(operand, where) };
  switch (operator) {
    case '$eq':
    case '$ne':
      return { kind: 'eq', path, value: scalar(operand, where), negated: operator === '$ne' };
    case '$in':
    case '$nin':
      return { kind: 'in', path, values: scalarList(operand, where), negated: operator === '$nin' };
    case '$exists':
      if (typeof operand !== 'boolean') throw invalid(`${where} must be true or false.`);
      return { kind: 'exists', path, exists: operand };
    case '$contains':
      return { kind: 'contains', path, values: [scalar(operand, where)] };
    case '$containsAny':
      return { kind: 'contains', path, values: scalarList(operand, where) };
    default:
      throw invalid(
        `unknown operator ${operator} on ${path}; use $eq $ne $in $nin $gt $gte $lt $lte $exists $contains $containsAny.`,
      );
  }
};

const SCALAR_FIELDS = ['_id', 'tenant', '_position'];

/** `ancestors` is an array on every document: only membership makes sense (and adapters index it). */
const assertFitsField = (node: FilterNode): FilterNode => {
  if (!('path' in node)) return node;
  if (node.path === 'ancestors' && node.kind !== 'contains') {
    throw invalid('ancestors is an array: query it with $contains or $containsAny.');
  }
  if (SCALAR_FIELDS.includes(node.path) && node.kind === 'contains') {
    throw invalid(`${node.path} is not an array: use $eq or $in.`);
  }
  return node;
};

const parseCondition = (path: string, condition: unknown): FilterNode[] => {
  if (isPlainObject(condition)) {
    const entries = Object.entries(condition).filter(([, operand]) => operand !== undefined);
    if (entries.length === 0) throw invalid(`the condition on ${path} has no operator.`);
    return entries.map(([operator, operand]) => assertFitsField(parseOperator(path, operator, operand)));
  }
  return [assertFitsField({ kind: 'eq', path, value: scalar(condition, path), negated: false })];
};

const parseList = (operator: string, value: unknown, depth: number): FilterNode[] => {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalid(`${operator} must be a non-empty array of filters.`);
  }
  return value.map((item) => parseNode(item, depth + 1));
};

const MAX_DEPTH = 16;

const parseNode = (filter: unknown, depth: number): FilterNode => {
  if (!isPlainObject(filter)) throw invalid('a filter must be a plain object.');
  if (depth > MAX_DEPTH) throw invalid(`nested deeper than ${MAX_DEPTH} levels.`);
  const nodes: FilterNode[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === '$and') nodes.push({ kind: 'and', nodes: parseList(key, value, depth) });
    else if (key === '$or') nodes.push({ kind: 'or', nodes: parseList(key, value, depth) });
    else if (key.startsWith('$')) throw invalid(`unsupported operator ${key}; use $and or $or.`);
    else nodes.push(...parseCondition(assertFieldPath(key, 'Invalid filter'), value));
  }
  const [only] = nodes;
  return nodes.length === 1 && only !== undefined ? only : { kind: 'and', nodes };
};

/** Validate a filter and normalize it; throws `READ_MODEL_QUERY_INVALID` with what to fix. */
export const parseFilter = (filter: Filter | undefined): FilterNode =>
  filter === undefined ? MATCH_ALL : parseNode(filter, 0);
