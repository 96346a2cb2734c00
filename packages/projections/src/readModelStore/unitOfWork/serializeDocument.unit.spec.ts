import { describe, expect, it } from 'vitest';
import { PreparedDocument, serializeDocument } from './serializeDocument';

describe('a prepared document', () => {
  it('is written as the document stood when prepared, with the position of its write', () => {
    const state = { counters: [1, 2], note: undefined as string | undefined };
    const document = { _id: 'a@state@3', tenant: '230000', ancestors: ['000000'], state };
    const prepared = PreparedDocument.of(document);
    state.counters.push(3);
    state.note = 'changed afterwards';
    const written = serializeDocument(prepared, 7);
    expect(JSON.parse(written.json)).toEqual({
      _id: 'a@state@3',
      tenant: '230000',
      ancestors: ['000000'],
      state: { counters: [1, 2] },
      _position: 7,
    });
    expect(written).toMatchObject({ id: 'a@state@3', tenant: '230000', ancestorsJson: '["000000"]' });
  });

  it('is refused without the fields every document carries', () => {
    expect(() => PreparedDocument.of({ _id: 'a', ancestors: [] })).toThrow(/tenant/);
  });
});
