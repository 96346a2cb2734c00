import type Database from 'better-sqlite3';

/**
 * One table per collection. `_id`, `tenant`, `ancestors` (JSON text) and `_position` are also
 * columns: they are on every document and every tenancy-scoped query touches them. Columns without
 * a declared type have no affinity, so bound values compare exactly as JSON values do (no '1' = 1).
 * `doc` is JSONB: parsed once on write, so expression indexes, filters on unindexed fields and
 * index builds read fields without re-parsing text; `json(doc)` turns it back into text on read.
 */
export const tableOf = (collection: string): string => `"doc_${collection}"`;

export const COLLECTION_TABLE_PREFIX = 'doc_';

export const createCollectionTableSql = (collection: string): string => `
  CREATE TABLE IF NOT EXISTS ${tableOf(collection)} (
    id NOT NULL UNIQUE,
    tenant NOT NULL,
    ancestors NOT NULL,
    position INTEGER NOT NULL,
    doc NOT NULL
  )`;

/** Index name (unquoted) from the fields, so declaring the same index twice is a no-op. */
export const indexNameOf = (collection: string, fields: readonly string[]): string =>
  `ix:${collection}:${fields.join(',')}`;

/**
 * `meta_scope` holds every (ancestor, tenant) pair seen on a document, a few hundred rows for a
 * province: `ancestors ∋ a` becomes `tenant IN (tenants below a)`, served by a tenant index, then
 * checked exactly against the document's own `ancestors`.
 */
export const createMetaTables = (db: Database.Database): void => {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta_checkpoint (
      projector TEXT PRIMARY KEY,
      position INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS meta_scope (
      ancestor NOT NULL,
      tenant NOT NULL,
      PRIMARY KEY (ancestor, tenant)
    ) WITHOUT ROWID;
  `);
};

export interface SqliteTuning {
  /** Page cache per connection, MiB. */
  cacheSizeMiB: number;
}

export const tuneConnection = (db: Database.Database, path: string, tuning: SqliteTuning): void => {
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`cache_size = ${-Math.round(tuning.cacheSizeMiB * 1024)}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
  // Bounded ANALYZE: planner statistics in milliseconds even on large tables.
  db.pragma('analysis_limit = 1000');
  db.pragma('optimize = 0x10002');
};
