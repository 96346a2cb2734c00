import { describe, expect, it } from 'vitest';
import { arrayKeys, emptyCounters, scalarKeys } from '../projectors/catalogue/counters';
import { flatten, unflatten, VECTOR_LENGTH } from './counterDeltas';

describe('counter vectors', () => {
  it('flatten writes every counter where unflatten reads it (the field-by-field code follows the key lists)', () => {
    const counters = emptyCounters();
    let next = 1;
    for (const key of scalarKeys) counters[key] = next++;
    for (const key of arrayKeys) counters[key] = counters[key].map(() => next++);
    counters.channels = counters.channels.map((row) => row.map(() => next++));
    counters.feedbackKinds = counters.feedbackKinds.map((row) => row.map(() => next++));
    counters.level1Names = [['招生管理', 2]];
    expect(next - 1).toBe(VECTOR_LENGTH);

    const vector = new Float64Array(VECTOR_LENGTH);
    flatten(counters, vector);
    expect([...vector]).toEqual(Array.from({ length: VECTOR_LENGTH }, (_, index) => index + 1));
    expect(unflatten([...vector], [['招生管理', 2]])).toEqual(counters);
  });

  it('flatten reads a missing table row as zeros', () => {
    const counters = emptyCounters();
    counters.channels = [];
    const vector = new Float64Array(VECTOR_LENGTH).fill(7);
    flatten(counters, vector);
    expect([...vector].every((value) => value === 0)).toBe(true);
  });
});
