/**
 * FerretDB 1.x refuses arrays inside arrays ("nested arrays are not supported"); MongoDB stores
 * them. On FerretDB the adapter wraps each array that is an element of an array in an object with
 * the single key `[]` (not an identifier, so never a field of the port's documents) and unwraps it
 * on read. No filter, sort or index of the port reaches inside such arrays.
 */
const WRAPPER = '[]';

type Json = unknown;

/** Wraps nested arrays in place; returns the value (the same object). */
export const wrapNestedArrays = (value: Json, insideArray = false): Json => {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = wrapNestedArrays(value[index], true);
    return insideArray ? { [WRAPPER]: value } : value;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, Json>;
    for (const key of Object.keys(record)) record[key] = wrapNestedArrays(record[key]);
  }
  return value;
};

/** Undoes `wrapNestedArrays` in place. */
export const unwrapNestedArrays = (value: Json): Json => {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = unwrapNestedArrays(value[index]);
    return value;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, Json>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === WRAPPER && Array.isArray(record[WRAPPER])) {
      return unwrapNestedArrays(record[WRAPPER]);
    }
    for (const key of keys) record[key] = unwrapNestedArrays(record[key]);
  }
  return value;
};
