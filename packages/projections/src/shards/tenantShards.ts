import type { UnitOfWork } from '../readModelStore';
import type { ProjectedEvent, ProjectOptions, Projector } from '../projectors/types';

/**
 * Projection shards: the tenants are split into `count` shards by a stable hash of their code, and
 * every projector runs once per shard over that shard's tenants only. Every document a projector
 * writes belongs to the tenant of the event that wrote it (a county's catalogue, an item, a pilot
 * unit), so two shards never write the same document; each (projector, shard) keeps its own
 * checkpoint, so shards move between processes without losing or repeating anything.
 */
export interface ShardLayout {
  /** Shards the tenants are split into; fixed for the life of the read models. */
  count: number;
}

export interface Shard {
  index: number;
  count: number;
}

/** FNV-1a (32-bit) of the tenant code: stable across processes, releases and platforms. */
const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
};

const shardCache = new Map<string, number>();

/** The shard a tenant's documents live in. */
export const shardOf = (tenant: string, count: number): number => {
  const key = `${count}:${tenant}`;
  let shard = shardCache.get(key);
  if (shard === undefined) {
    shard = fnv1a(tenant) % count;
    shardCache.set(key, shard);
  }
  return shard;
};

/** The checkpoint name of a projector in a shard, e.g. `catalogue.shard-3-of-8`. */
export const shardedName = (name: string, shard: Shard): string =>
  `${name}.shard-${shard.index}-of-${shard.count}`;

export const assertShard = (shard: Shard): void => {
  if (!Number.isInteger(shard.count) || shard.count < 1)
    throw new RangeError(`A shard count is a positive integer, got ${shard.count}.`);
  if (!Number.isInteger(shard.index) || shard.index < 0 || shard.index >= shard.count)
    throw new RangeError(`Shard index ${shard.index} is outside 0..${shard.count - 1}.`);
};

/** A projector restricted to one shard's tenants, under its own checkpoint name. */
class ShardProjector implements Projector {
  readonly name: string;
  readonly collections: Projector['collections'];
  readonly categories: Projector['categories'];

  constructor(
    private readonly inner: Projector,
    private readonly shard: Shard,
  ) {
    this.name = shardedName(inner.name, shard);
    this.collections = inner.collections;
    this.categories = inner.categories;
  }

  project(events: readonly ProjectedEvent[], unit: UnitOfWork, options?: ProjectOptions): Promise<void> {
    const { index, count } = this.shard;
    return this.inner.project(
      events.filter((event) => shardOf(event.tenant, count) === index),
      unit,
      options,
    );
  }

  forget(): void {
    this.inner.forget();
  }

  startEmpty(): void {
    this.inner.startEmpty();
  }
}

/** Restricts fresh projector instances to one shard. */
export const forShard = (projectors: readonly Projector[], shard: Shard): Projector[] => {
  assertShard(shard);
  return projectors.map((projector) => new ShardProjector(projector, shard));
};
