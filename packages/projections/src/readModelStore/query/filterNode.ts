/** A validated filter, normalized for adapters to compile (`parseFilter` builds it). */

export type FilterScalar = string | number | boolean | null;

export type RangeOperator = 'gt' | 'gte' | 'lt' | 'lte';

export type FilterNode =
  | { kind: 'and'; nodes: readonly FilterNode[] }
  | { kind: 'or'; nodes: readonly FilterNode[] }
  | { kind: 'eq'; path: string; value: FilterScalar; negated: boolean }
  | { kind: 'in'; path: string; values: readonly FilterScalar[]; negated: boolean }
  | { kind: 'range'; path: string; operator: RangeOperator; value: string | number }
  | { kind: 'exists'; path: string; exists: boolean }
  | { kind: 'contains'; path: string; values: readonly FilterScalar[] };

export const MATCH_ALL: FilterNode = { kind: 'and', nodes: [] };
