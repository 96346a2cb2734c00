export * from './errors';
export type * from './port';
export { cursorOf } from './query/cursor';
export { tenantScopeFilter, visibleToTenant } from './tenancy/tenantScopeFilter';
export type { TenantScope } from './tenancy/tenantScopeFilter';
export {
  createSqliteReadModelStore,
  REBUILD_CACHE_SIZE_MIB,
  SqliteReadModelStore,
} from './sqlite/sqliteReadModelStore';
export type { SqliteReadModelStoreOptions } from './sqlite/sqliteReadModelStore';
export { createMongoReadModelStore, MongoReadModelStore } from './mongodb/mongoReadModelStore';
export type { MongoReadModelStoreOptions } from './mongodb/mongoReadModelStore';
