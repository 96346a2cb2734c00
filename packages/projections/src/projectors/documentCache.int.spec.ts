import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadModelStore } from '../readModelStore';
import { createTestReadModelStore } from '../testing/testReadModelStore';
import type { CachedDocument } from './documentCache';
import { DocumentCache } from './documentCache';

const COLLECTION = 'cacheProbe';
type Probe = CachedDocument & { count: number };
const probe = (id: string, count: number): Probe => ({
  _id: id,
  _position: 0,
  tenant: '230102',
  ancestors: ['230100', '230000'],
  count,
});

let store: ReadModelStore;
beforeEach(async () => {
  store = await createTestReadModelStore();
  await store.transaction('probe', (unit) => unit.upsert(COLLECTION, probe('stored', 1), 5));
});
afterEach(async () => store.close());

describe('DocumentCache.preloaded (the synchronous fold after a preload)', () => {
  it('answers what preload read, what was put since, and null for a document that does not exist', async () => {
    const cache = new DocumentCache<Probe>(COLLECTION, 10);
    await store.transaction('probe', async (unit) => {
      await cache.preload(unit, ['stored', 'missing']);
      expect(cache.preloaded('stored')).toMatchObject({ _id: 'stored', count: 1, _position: 5 });
      expect(cache.preloaded('missing')).toBeNull();
      cache.put(probe('new', 2));
      expect(cache.preloaded('new')).toMatchObject({ count: 2 });
    });
  });

  it('refuses a document no preload looked up, rather than folding into a document it never read', async () => {
    const cache = new DocumentCache<Probe>(COLLECTION, 10);
    await store.transaction('probe', async (unit) => {
      await cache.preload(unit, ['missing']);
      expect(() => cache.preloaded('stored')).toThrow(/cacheProbe\/stored was not preloaded/);
    });
  });

  it('after startEmpty, knows without a lookup that a document it did not write does not exist', async () => {
    const cache = new DocumentCache<Probe>(COLLECTION, 10);
    cache.startEmpty();
    await store.transaction('probe', async (unit) => {
      await cache.preload(unit, ['stored']);
      // The store holds `stored`, but after a reset the cache only knows what it wrote itself.
      expect(cache.preloaded('stored')).toBeNull();
      const written = cache.put(probe('written', 3));
      cache.touch(written, 6);
      DocumentCache.flush(unit, [cache]);
    });
    await store.transaction('probe', async (unit) => {
      await cache.preload(unit, ['written']);
      expect(cache.preloaded('written')).toMatchObject({ count: 3, _position: 6 });
    });
  });
});
