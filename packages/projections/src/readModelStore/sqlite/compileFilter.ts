import type { FilterNode, FilterScalar } from '../query/filterNode';
import type { SqlField } from './sqlExpressions';
import { and, matchAny, not, or, sqlField } from './sqlExpressions';

type NodeOf<K extends FilterNode['kind']> = Extract<FilterNode, { kind: K }>;

const RANGE_SQL = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/**
 * Ranges stay within one type, as on Mongo. SQLite orders numbers before strings, so a string
 * upper bound gets the lower bound '' and a number lower bound the upper bound '': both are index
 * range bounds, not row filters.
 */
const compileRange = ({ path, operator, value }: NodeOf<'range'>, params: unknown[]): string => {
  const field = sqlField(path);
  params.push(value);
  const term = `${field.value} ${RANGE_SQL[operator]} ?`;
  const isLower = operator === 'gt' || operator === 'gte';
  if (typeof value === 'string' && !isLower) return `(${term} AND ${field.value} >= '')`;
  if (typeof value === 'number' && isLower) return `(${term} AND ${field.value} < '')`;
  return term;
};

const compileExists = ({ path, exists }: NodeOf<'exists'>): string => {
  const { type } = sqlField(path);
  if (type === null) return exists ? '1' : '0';
  return `${type} IS ${exists ? 'NOT ' : ''}NULL`;
};

const EACH: SqlField = { value: 'e.value', type: 'e.type' };

/**
 * `ancestors` membership: the tenants below those ancestors (from `meta_scope`, resolved before
 * compiling) select candidates through a tenant index, then each candidate's own `ancestors` is
 * checked, so a stale pair can widen the candidates but never the result. No tenant below: false,
 * which `or` drops, leaving a county's scope a plain `tenant = ?` the index walks in sort order.
 */
const compileContains = ({ path, values }: NodeOf<'contains'>, context: CompileContext): string => {
  const { params } = context;
  if (path !== 'ancestors') {
    return `EXISTS (SELECT 1 FROM json_each(d.doc, '$.${path}') AS e WHERE ${matchAny(EACH, values, params)})`;
  }
  const ancestors = [...new Set(values.filter((value): value is string => typeof value === 'string'))];
  const below = ancestors.length === 0 ? [] : context.tenantsBelow(ancestors);
  if (below.length === 0) return '0';
  const candidates = matchAny(sqlField('tenant'), below, params);
  params.push(JSON.stringify(ancestors));
  return `(${candidates} AND EXISTS (SELECT 1 FROM json_each(d.ancestors) AS e WHERE e.value IN (SELECT value FROM json_each(?))))`;
};

interface CompileContext {
  params: unknown[];
  tenantsBelow: (ancestors: readonly string[]) => readonly string[];
}

const compileNode = (node: FilterNode, context: CompileContext): string => {
  switch (node.kind) {
    case 'and':
      return and(node.nodes.map((child) => compileNode(child, context)));
    case 'or':
      return or(node.nodes.map((child) => compileNode(child, context)));
    case 'eq':
    case 'in': {
      const values: readonly FilterScalar[] = node.kind === 'eq' ? [node.value] : node.values;
      const term = matchAny(sqlField(node.path), values, context.params);
      return node.negated ? not(term) : term;
    }
    case 'range':
      return compileRange(node, context.params);
    case 'exists':
      return compileExists(node);
    case 'contains':
      return compileContains(node, context);
  }
};

/**
 * A WHERE condition over the table aliased `d`, with its parameters. `tenantsBelow` answers which
 * tenants have any of the given ancestors (from `meta_scope`).
 */
export const compileFilter = (
  node: FilterNode,
  tenantsBelow: (ancestors: readonly string[]) => readonly string[],
): { sql: string; params: unknown[] } => {
  const context: CompileContext = { params: [], tenantsBelow };
  return { sql: compileNode(node, context), params: context.params };
};
