export { assertShard, forShard, shardOf, shardedName } from './tenantShards';
export type { Shard, ShardLayout } from './tenantShards';
