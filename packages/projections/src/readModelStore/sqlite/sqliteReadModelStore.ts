import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { CheckpointResult } from '@gongkai/event-store';
import { BackgroundCheckpointer } from '@gongkai/event-store';
import { ReadModelStoreClosedError } from '../errors';
import type {
  FindQuery,
  GroupCount,
  IndexDefinition,
  Page,
  PageQuery,
  ReadModelDocument,
  ReadModelStore,
  ResetTarget,
  StoredDocument,
  UnitOfWork,
} from '../port';
import { decodeCursor, encodeCursor } from '../query/cursor';
import { assertCollectionName } from '../query/fieldPath';
import type { Filter, SortKey } from '../query/filter';
import { parseFilter } from '../query/parseFilter';
import type { ParsedSortKey } from '../query/sort';
import { parseSort } from '../query/sort';
import { assertGroupField, assertIndex, assertLimit } from '../query/validate';
import { assertProjectorName, recordUnit } from '../unitOfWork/recordingUnitOfWork';
import { SqliteUnitApplier } from './applyUnit';
import { compileFilter } from './compileFilter';
import { compileAfter, compileOrderBy } from './compileSort';
import {
  COLLECTION_TABLE_PREFIX,
  createCollectionTableSql,
  createMetaTables,
  indexNameOf,
  tableOf,
  tuneConnection,
} from './schema';
import { and, indexExpression, sqlField } from './sqlExpressions';
import { StatementCache } from './statementCache';

/**
 * The page cache of a process that only rebuilds (`gongkai rebuild`): it writes each document about
 * once and reads almost nothing back, and the default cache filled with pages written once took 64
 * MiB of its peak RSS. Enough for the `_id` index the inserts walk at the 1M-event seed's scale.
 */
export const REBUILD_CACHE_SIZE_MIB = 16;

export interface SqliteReadModelStoreOptions {
  /** The database file (its directory is created), or `:memory:`. A file of its own, beside the event store's. */
  path: string;
  /** Page cache, MiB (default 64): views read hot pages from memory. */
  cacheSizeMiB?: number;
  /**
   * Checkpoint the WAL from a worker thread this long after a unit of work (ms), so that landing a
   * batch does not stall on SQLite's checkpoint (copy and fsync). Unset: SQLite checkpoints inside
   * the commit that fills the WAL, as by default. Files only.
   */
  checkpointIntervalMs?: number;
}

interface SelectQuery {
  filter?: Filter | undefined;
  sort?: readonly SortKey[] | undefined;
  after?: string | null | undefined;
  limit?: number | undefined;
}

/** Synchronous work as a promise: a throw becomes a rejection, as callers of an async port expect. */
const settle = <T>(work: () => T): Promise<T> => new Promise<T>((resolve) => resolve(work()));

const parseDocument = <T extends ReadModelDocument>(json: string): StoredDocument<T> =>
  JSON.parse(json) as StoredDocument<T>;

/** The embedded adapter: one better-sqlite3 connection, one table per collection. */
export class SqliteReadModelStore implements ReadModelStore {
  private readonly db: Database.Database;
  private readonly statements: StatementCache;
  private readonly applier: SqliteUnitApplier;
  private readonly tables = new Set<string>();
  private readonly checkpointer: BackgroundCheckpointer | undefined;
  private closed = false;

  constructor(options: SqliteReadModelStoreOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    tuneConnection(this.db, options.path, { cacheSizeMiB: options.cacheSizeMiB ?? 64 });
    createMetaTables(this.db);
    this.statements = new StatementCache(this.db);
    this.applier = new SqliteUnitApplier(this.db, this.statements);
    const names = this.db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, 4) = ?`)
      .pluck()
      .all(COLLECTION_TABLE_PREFIX) as string[];
    for (const name of names) this.tables.add(name.slice(COLLECTION_TABLE_PREFIX.length));
    if (options.checkpointIntervalMs && options.path !== ':memory:') {
      // The worker copies the WAL; SQLite's own checkpoint in a commit is the fallback, less often.
      this.db.pragma('wal_autocheckpoint = 4000');
      this.checkpointer = new BackgroundCheckpointer(options.path, options.checkpointIntervalMs);
    }
  }

  /** With `checkpointIntervalMs`: a checkpoint by the worker, now (undefined when there is none). */
  checkpointNow(): Promise<CheckpointResult | undefined> {
    return this.checkpointer?.checkpointNow() ?? Promise.resolve(undefined);
  }

  get<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    id: string,
  ): Promise<StoredDocument<T> | null> {
    return settle(() => {
      this.assertOpen();
      assertCollectionName(collection);
      if (!this.tables.has(collection)) return null;
      const json = this.applier.statementsOf(collection).select.get(id) as string | undefined;
      return json === undefined ? null : parseDocument<T>(json);
    });
  }

  getMany<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    ids: readonly string[],
  ): Promise<(StoredDocument<T> | null)[]> {
    return settle(() => {
      this.assertOpen();
      assertCollectionName(collection);
      if (!this.tables.has(collection) || ids.length === 0) return ids.map(() => null);
      const sql = `SELECT json(doc) FROM ${tableOf(collection)} WHERE id IN (SELECT value FROM json_each(?))`;
      const rows = this.statements.values(sql).all(JSON.stringify(ids)) as string[];
      const byId = new Map(
        rows.map((json) => parseDocument<T>(json)).map((document) => [document._id, document]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  find<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    query: FindQuery = {},
  ): Promise<StoredDocument<T>[]> {
    return settle(() => {
      const limit = query.limit === undefined ? undefined : assertLimit(query.limit, 'limit');
      return this.select<T>(collection, { ...query, limit }).documents;
    });
  }

  findPage<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    query: PageQuery,
  ): Promise<Page<T>> {
    return settle(() => {
      const first = assertLimit(query.first, 'first');
      const { documents, keys } = this.select<T>(collection, { ...query, limit: first + 1 });
      const hasNextPage = documents.length > first;
      if (hasNextPage) documents.length = first;
      const last = documents.at(-1);
      return { documents, hasNextPage, endCursor: last ? encodeCursor(keys, last) : null };
    });
  }

  count(collection: string, filter?: Filter): Promise<number> {
    return settle(() => {
      this.assertOpen();
      assertCollectionName(collection);
      const where = compileFilter(parseFilter(filter), this.tenantsBelow);
      if (!this.tables.has(collection)) return 0;
      const sql = `SELECT count(*) FROM ${tableOf(collection)} AS d WHERE ${where.sql}`;
      return this.statements.values(sql).get(...where.params) as number;
    });
  }

  countBy(collection: string, field: string, filter?: Filter): Promise<GroupCount[]> {
    return settle(() => this.groupCounts(collection, field, filter));
  }

  async transaction(projector: string, work: (unit: UnitOfWork) => Promise<void> | void): Promise<void> {
    this.assertOpen();
    const pending = await recordUnit(projector, (collection, id) => this.get(collection, id), work);
    this.assertOpen();
    for (const collection of pending.collections) this.ensureTable(collection.name);
    this.applier.apply(pending);
    this.checkpointer?.committed();
  }

  getCheckpoint(projector: string): Promise<number> {
    return settle(() => {
      this.assertOpen();
      assertProjectorName(projector);
      const position = this.statements
        .values('SELECT position FROM meta_checkpoint WHERE projector = ?')
        .get(projector);
      return (position as number | undefined) ?? 0;
    });
  }

  reset(target: ResetTarget): Promise<void> {
    return settle(() => this.resetNow(target));
  }

  ensureIndexes(collection: string, indexes: readonly IndexDefinition[]): Promise<void> {
    return settle(() => this.createIndexes(collection, indexes));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    await this.checkpointer?.close();
    this.db.pragma('optimize');
    this.db.close();
  }

  private resetNow({ projectors = [], collections = [] }: ResetTarget): void {
    this.assertOpen();
    projectors.forEach(assertProjectorName);
    collections.forEach(assertCollectionName);
    // Dropping the table drops its indexes too, as Mongo's drop() does: the rebuild inserts into a
    // bare table, and ensureIndexes afterwards sorts each index once instead of growing it row by row.
    this.statements.clear();
    this.db.transaction(() => {
      for (const collection of collections) this.db.exec(`DROP TABLE IF EXISTS ${tableOf(collection)}`);
      for (const projector of projectors) {
        this.statements.rows('DELETE FROM meta_checkpoint WHERE projector = ?').run(projector);
      }
    })();
    for (const collection of collections) {
      this.tables.delete(collection);
      this.applier.forget(collection);
    }
  }

  private createIndexes(collection: string, indexes: readonly IndexDefinition[]): void {
    this.assertOpen();
    assertCollectionName(collection);
    const definitions = indexes.map(assertIndex);
    this.ensureTable(collection);
    const exists = this.statements.values(`SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?`);
    let created = false;
    for (const fields of definitions) {
      const name = indexNameOf(collection, fields);
      if (exists.get(name) !== undefined) continue;
      const keys = fields.includes('_id') ? fields : [...fields, '_id'];
      this.db.exec(
        `CREATE INDEX "${name}" ON ${tableOf(collection)} (${keys.map(indexExpression).join(', ')})`,
      );
      created = true;
    }
    // The planner picks between tenant-led and sort-led indexes by their statistics: a county view
    // walks (tenant, code), a province view walks (code) and stops at the page size.
    if (created) this.db.exec(`ANALYZE ${tableOf(collection)}`);
  }

  private groupCounts(collection: string, field: string, filter?: Filter): GroupCount[] {
    this.assertOpen();
    assertCollectionName(collection);
    const path = assertGroupField(field);
    const where = compileFilter(parseFilter(filter), this.tenantsBelow);
    if (!this.tables.has(collection)) return [];
    const { type, value } = sqlField(path);
    // JSON text keeps the value's type (true vs 1); columns hold plain strings and integers.
    const key = type === null ? value : `d.doc -> '$.${path}'`;
    const sql = `SELECT ${key} AS k, count(*) AS n FROM ${tableOf(collection)} AS d WHERE ${where.sql} GROUP BY 1`;
    const rows = this.statements.rows(sql).all(...where.params) as { k: string | number | null; n: number }[];
    const groups = new Map<string, GroupCount>();
    for (const { k, n } of rows) {
      const parsed: unknown = type === null || k === null ? k : JSON.parse(String(k));
      const group = groups.get(JSON.stringify(parsed));
      if (group) group.count += n;
      else groups.set(JSON.stringify(parsed), { value: parsed as GroupCount['value'], count: n });
    }
    return [...groups.values()];
  }

  /** The query plan of a `find` (for tests and operators checking that a view hits its index). */
  explainFind(collection: string, query: FindQuery = {}): string[] {
    const { sql, params } = this.compileSelect(collection, query);
    if (sql === null) return [];
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    return rows.map((row) => row.detail);
  }

  private compileSelect(
    collection: string,
    query: SelectQuery,
  ): { sql: string | null; params: unknown[]; keys: ParsedSortKey[] } {
    this.assertOpen();
    assertCollectionName(collection);
    const where = compileFilter(parseFilter(query.filter), this.tenantsBelow);
    const keys = parseSort(query.sort);
    const after = query.after == null ? undefined : compileAfter(keys, decodeCursor(query.after, keys));
    if (!this.tables.has(collection)) return { sql: null, params: [], keys };
    const params = [...where.params, ...(after?.params ?? [])];
    let sql = `SELECT json(d.doc) FROM ${tableOf(collection)} AS d WHERE ${and([where.sql, after?.sql ?? '1'])}`;
    sql += ` ORDER BY ${compileOrderBy(keys)}`;
    if (query.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(query.limit);
    }
    return { sql, params, keys };
  }

  private select<T extends ReadModelDocument>(
    collection: string,
    query: SelectQuery,
  ): { documents: StoredDocument<T>[]; keys: ParsedSortKey[] } {
    const { sql, params, keys } = this.compileSelect(collection, query);
    if (sql === null) return { documents: [], keys };
    const rows = this.statements.values(sql).all(...params) as string[];
    return { documents: rows.map((json) => parseDocument<T>(json)), keys };
  }

  private readonly tenantsBelow = (ancestors: readonly string[]): string[] =>
    this.statements
      .values('SELECT DISTINCT tenant FROM meta_scope WHERE ancestor IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ancestors)) as string[];

  private ensureTable(collection: string): void {
    if (this.tables.has(collection)) return;
    this.db.exec(createCollectionTableSql(collection));
    this.tables.add(collection);
  }

  private assertOpen(): void {
    if (this.closed) throw new ReadModelStoreClosedError('The read-model store is closed; open a new one.');
  }
}

/** Open (or create) the embedded read-model store. */
export const createSqliteReadModelStore = (options: SqliteReadModelStoreOptions): Promise<ReadModelStore> =>
  settle(() => new SqliteReadModelStore(options));
