import type { FilterScalar } from '../query/filterNode';
import type { ParsedSortKey } from '../query/sort';
import { and, bindable, or, sqlField } from './sqlExpressions';

export const compileOrderBy = (keys: readonly ParsedSortKey[]): string =>
  keys.map((key) => `${sqlField(key.path).value} ${key.descending ? 'DESC' : 'ASC'}`).join(', ');

const equalTo = (expression: string, value: FilterScalar, params: unknown[]): string => {
  if (value === null) return `${expression} IS NULL`;
  params.push(bindable(value));
  return `${expression} = ?`;
};

/** Rows strictly after `value` on one key, in SQLite's order (NULL first ascending, last descending). */
const after = (
  expression: string,
  value: FilterScalar,
  descending: boolean,
  params: unknown[],
): string | null => {
  if (value === null) return descending ? null : `${expression} IS NOT NULL`;
  params.push(bindable(value));
  return descending ? `(${expression} < ? OR ${expression} IS NULL)` : `${expression} > ?`;
};

/**
 * Keyset condition "after the cursor": (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ..., led by the
 * index-friendly bound k1 >= v1 when the first key is ascending.
 */
export const compileAfter = (
  keys: readonly ParsedSortKey[],
  values: readonly FilterScalar[],
): { sql: string; params: unknown[] } => {
  const params: unknown[] = [];
  const expressions = keys.map((key) => sqlField(key.path).value);
  const alternatives: string[] = [];
  keys.forEach((key, index) => {
    const prefixParams: unknown[] = [];
    const prefix = expressions
      .slice(0, index)
      .map((expression, j) => equalTo(expression, values[j] ?? null, prefixParams));
    const afterParams: unknown[] = [];
    const last = after(expressions[index] ?? '', values[index] ?? null, key.descending, afterParams);
    if (last === null) return;
    alternatives.push(and([...prefix, last]));
    params.push(...prefixParams, ...afterParams);
  });
  const [first] = keys;
  const firstValue = values[0] ?? null;
  if (first !== undefined && !first.descending && firstValue !== null) {
    params.unshift(bindable(firstValue));
    return { sql: `(${expressions[0] ?? ''} >= ? AND ${or(alternatives)})`, params };
  }
  return { sql: or(alternatives), params };
};
