import type { FilterScalar } from '../query/filterNode';

/** How one field reads in SQL: its value, and its JSON type (null for the typed columns). */
export interface SqlField {
  value: string;
  type: string | null;
}

const COLUMNS: Readonly<Record<string, string>> = {
  _id: 'd.id',
  tenant: 'd.tenant',
  _position: 'd.position',
};

/**
 * The expression must be spelled exactly like the one in `CREATE INDEX` for SQLite to use the
 * index; paths are validated identifiers, safe to inline (and inlined they must be).
 */
export const sqlField = (path: string): SqlField => {
  const column = COLUMNS[path];
  if (column !== undefined) return { value: column, type: null };
  return { value: `json_extract(d.doc, '$.${path}')`, type: `json_type(d.doc, '$.${path}')` };
};

export const indexExpression = (path: string): string => sqlField(path).value.replace('d.', '');

/** SQLite binds no booleans: json_extract reads them as 1/0, and so do we. */
export const bindable = (value: FilterScalar): string | number | null =>
  typeof value === 'boolean' ? Number(value) : value;

// Terms are never dropped but for neutral ones: a dropped term would orphan its bound parameters.
export const or = (terms: readonly string[]): string => {
  const kept = terms.filter((term) => term !== '0');
  if (kept.length === 0) return '0';
  return kept.length === 1 ? (kept[0] ?? '0') : `(${kept.join(' OR ')})`;
};

export const and = (terms: readonly string[]): string => {
  const kept = terms.filter((term) => term !== '1');
  if (kept.length === 0) return '1';
  return kept.length === 1 ? (kept[0] ?? '1') : `(${kept.join(' AND ')})`;
};

/** True when the field equals one of the values; null matches a missing field, booleans by JSON type. */
export const matchAny = (field: SqlField, values: readonly FilterScalar[], params: unknown[]): string => {
  const terms: string[] = [];
  if (values.includes(null)) terms.push(`${field.value} IS NULL`);
  for (const flag of [true, false]) {
    if (values.includes(flag) && field.type !== null) terms.push(`${field.type} = '${String(flag)}'`);
  }
  const plain = [
    ...new Set(values.filter((value) => typeof value === 'string' || typeof value === 'number')),
  ];
  if (plain.length === 1) {
    terms.push(`${field.value} = ?`);
    params.push(plain[0]);
  } else if (plain.length > 1) {
    terms.push(`${field.value} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(plain));
  }
  return or(terms);
};

/** Mongo's negations match documents without the field; SQL's NULL would not. */
export const not = (term: string): string => `NOT coalesce(${term}, 0)`;
