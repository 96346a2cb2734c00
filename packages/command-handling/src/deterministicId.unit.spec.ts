import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deterministicUuid, eventIdFor } from './deterministicId';

/** RFC 9562 UUIDv5, written out plainly: the reference the fast path must match. */
const uuidV5 = (namespace: string, name: string): string => {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex', 0, 16);
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
};
const NAMESPACE = '6f1c5b1e-2a4d-4e7b-9c3a-8d2f0b4e6a71';

describe('deterministic event ids', () => {
  it('are the UUIDv5 of the name in the Gongkai namespace, for short, non-ASCII and long names alike', () => {
    const names = [
      'seed:catalogue:230102:item-1#0',
      '["graphql","230102","用户:甲","消息/1"]#3',
      '',
      'x'.repeat(1024),
      '道'.repeat(1024),
      '道'.repeat(5000),
    ];
    for (const name of names) expect(deterministicUuid(name)).toBe(uuidV5(NAMESPACE, name));
  });

  it('give each event of a message its own id, the same on every redelivery', () => {
    expect(eventIdFor('m-1', 0)).toBe(uuidV5(NAMESPACE, 'm-1#0'));
    expect(eventIdFor('m-1', 1)).not.toBe(eventIdFor('m-1', 0));
    expect(eventIdFor('m-1', 1)).toBe(eventIdFor('m-1', 1));
  });
});
