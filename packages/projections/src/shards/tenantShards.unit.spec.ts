import { describe, expect, it } from 'vitest';
import { assertShard, shardOf, shardedName } from './tenantShards';

describe('tenant shards', () => {
  // Deployed read models keep checkpoints per shard: the hash must never change between releases.
  it('put a tenant in the same shard in every process and release (FNV-1a of the code)', () => {
    // FNV-1a 32: 230102 → 3027326071, 231081 → 3659303272, 230000 → 937030002.
    expect([shardOf('230102', 8), shardOf('231081', 8), shardOf('230000', 8)]).toEqual([7, 0, 2]);
    expect(shardOf('230102', 1)).toBe(0);
  });

  it('spread division codes evenly enough', () => {
    const counts = new Array<number>(8).fill(0);
    for (let code = 230000; code < 231000; code++) counts[shardOf(String(code), 8)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(80);
  });

  it('name a projector per shard and refuse a shard outside the layout', () => {
    expect(shardedName('catalogue', { index: 3, count: 8 })).toBe('catalogue.shard-3-of-8');
    expect(() => assertShard({ index: 8, count: 8 })).toThrow(/outside 0..7/);
    expect(() => assertShard({ index: 0, count: 0 })).toThrow(/positive integer/);
  });
});
