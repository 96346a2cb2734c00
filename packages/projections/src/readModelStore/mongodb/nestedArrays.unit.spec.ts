import { describe, expect, it } from 'vitest';
import { unwrapNestedArrays, wrapNestedArrays } from './nestedArrays';

describe('nested arrays on FerretDB', () => {
  it('are wrapped in objects for storage and come back as they were', () => {
    const document = {
      _id: 'c',
      level1Names: [
        ['招生管理', 3],
        ['征收', 2],
      ],
      channels: [[[0, 1]], []],
      plain: ['a', { inner: [[1]] }],
    };
    const original = structuredClone(document);
    const stored = wrapNestedArrays(structuredClone(document)) as Record<string, unknown>;
    expect(stored.level1Names).toEqual([{ '[]': ['招生管理', 3] }, { '[]': ['征收', 2] }]);
    expect(stored.plain).toEqual(['a', { inner: [{ '[]': [1] }] }]);
    expect(JSON.stringify(stored)).not.toMatch(/\[\[/);
    expect(unwrapNestedArrays(stored)).toEqual(original);
  });
});
