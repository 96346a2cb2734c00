import type { AllowedFields, FieldRule } from './allowList';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isScalar = (value: unknown): value is null | boolean | number | string =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number';

/**
 * What a rule lets through, or undefined for nothing. A value of another shape than its rule
 * expects (an object where a scalar was decided on) is dropped, not copied: a schema change
 * must reach the allow-list before its data reaches the public.
 */
const applyRule = (value: unknown, rule: FieldRule): Json | undefined => {
  if (rule === 'copy') {
    if (isScalar(value)) return value;
    return Array.isArray(value) && value.every(isScalar) ? [...value] : undefined;
  }
  if ('each' in rule) {
    return Array.isArray(value)
      ? value.filter(isRecord).map((item) => pickAllowed(item, rule.each.fields))
      : undefined;
  }
  if (value === null) return null;
  return isRecord(value) ? pickAllowed(value, rule.fields) : undefined;
};

/** The fields of `value` that `fields` allows, a fresh object (never a reference into the event). */
export const pickAllowed = (value: unknown, fields: AllowedFields): { [key: string]: Json } => {
  const picked: { [key: string]: Json } = {};
  if (!isRecord(value)) return picked;
  for (const [name, rule] of Object.entries(fields)) {
    if (!Object.hasOwn(value, name)) continue;
    const allowed = applyRule(value[name], rule);
    if (allowed !== undefined) picked[name] = allowed;
  }
  return picked;
};
