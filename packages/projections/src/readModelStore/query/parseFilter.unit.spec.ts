import { describe, expect, it } from 'vitest';
import { cursorOf, decodeCursor } from './cursor';
import { parseFilter } from './parseFilter';
import { parseSort } from './sort';

describe('parseFilter', () => {
  it('normalizes bare values to equality and and-s the keys of one object', () => {
    expect(parseFilter({ tenant: '230102', level: { $gte: 2, $lt: 5 } })).toEqual({
      kind: 'and',
      nodes: [
        { kind: 'eq', path: 'tenant', value: '230102', negated: false },
        { kind: 'range', path: 'level', operator: 'gte', value: 2 },
        { kind: 'range', path: 'level', operator: 'lt', value: 5 },
      ],
    });
  });

  it('treats an absent filter as matching everything', () => {
    expect(parseFilter(undefined)).toEqual({ kind: 'and', nodes: [] });
  });
});

describe('keyset cursors', () => {
  it('carry the sort values and _id, bound to the sort they were issued for', () => {
    const sort = [{ field: 'standard.timeLimit', direction: 'desc' as const }];
    const cursor = cursorOf({ _id: 'item-1', standard: { timeLimit: 20 } }, sort);
    expect(decodeCursor(cursor, parseSort(sort))).toEqual([20, 'item-1']);
    expect(() => decodeCursor(cursor, parseSort([{ field: 'name' }]))).toThrow(
      expect.objectContaining({ code: 'READ_MODEL_QUERY_INVALID' }) as Error,
    );
  });
});
