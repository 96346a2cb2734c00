/** JSON with object keys sorted and undefined members dropped: equal values, equal text, equal hash. */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value)) ?? 'null';

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => [key, sortKeys(member)]),
  );
};
