import type Database from 'better-sqlite3';
import type { BaseDocument, PendingUnit } from '../unitOfWork/pendingWrites';
import { resolveWrite } from '../unitOfWork/pendingWrites';
import type { SerializedDocument } from '../unitOfWork/serializeDocument';
import { tableOf } from './schema';
import type { StatementCache } from './statementCache';

/**
 * Applies a sealed unit of work in one SQLite transaction: each touched document gets one guarded
 * write (`position < new position`), then the checkpoint moves forward. A throw anywhere rolls all
 * of it back.
 */
const OPTIMIZE_EVERY_WRITES = 100_000;

interface TableStatements {
  select: Database.Statement;
  put: Database.Statement;
  remove: Database.Statement;
}

const prepareTableStatements = (db: Database.Database, table: string): TableStatements => ({
  select: db.prepare(`SELECT json(doc) FROM ${table} WHERE id = ?`).pluck(),
  put: db.prepare(
    `INSERT INTO ${table} (id, tenant, ancestors, position, doc) VALUES (?, ?, ?, ?, jsonb(?))
     ON CONFLICT (id) DO UPDATE SET tenant = excluded.tenant, ancestors = excluded.ancestors,
       position = excluded.position, doc = excluded.doc
     WHERE ${table}.position < excluded.position`,
  ),
  remove: db.prepare(`DELETE FROM ${table} WHERE id = ? AND position < ?`),
});

export class SqliteUnitApplier {
  private readonly tables = new Map<string, TableStatements>();
  /** `tenant + ancestors` combinations whose pairs are in meta_scope (committed). */
  private readonly knownScopes = new Set<string>();

  constructor(
    private readonly db: Database.Database,
    private readonly statements: StatementCache,
  ) {}

  /** Documents written since statistics were last refreshed. */
  private writesSinceOptimize = 0;

  apply(unit: PendingUnit): void {
    const newScopes = new Set<string>();
    this.db.transaction(() => {
      for (const collection of unit.collections) {
        const table = this.statementsOf(collection.name);
        for (const pending of collection.documents) {
          const base = pending.needsBase ? this.readBase(table, pending.id) : undefined;
          const write = resolveWrite(pending, base);
          this.writesSinceOptimize += 1;
          if (write.kind === 'put') this.put(table, write.document, write.position, newScopes);
          else if (write.kind === 'delete') this.remove(table, pending.id, write.position);
        }
      }
      if (unit.checkpoint !== undefined) this.saveCheckpoint(unit.projector, unit.checkpoint);
    })();
    for (const scope of newScopes) this.knownScopes.add(scope);
    // Refresh planner statistics as collections grow (a no-op unless a table changed a lot).
    if (this.writesSinceOptimize >= OPTIMIZE_EVERY_WRITES) {
      this.writesSinceOptimize = 0;
      this.db.pragma('optimize');
    }
  }

  /** Statements of a collection's table (which must exist: tables are never dropped). */
  statementsOf(collection: string): TableStatements {
    let statements = this.tables.get(collection);
    if (statements === undefined) {
      statements = prepareTableStatements(this.db, tableOf(collection));
      this.tables.set(collection, statements);
    }
    return statements;
  }

  /** The collection's table was dropped: its statements are stale. */
  forget(collection: string): void {
    this.tables.delete(collection);
  }

  private readBase(table: TableStatements, id: string): BaseDocument | null {
    const json = table.select.get(id) as string | undefined;
    return json === undefined ? null : (JSON.parse(json) as BaseDocument);
  }

  private put(
    table: TableStatements,
    document: SerializedDocument,
    position: number,
    newScopes: Set<string>,
  ): void {
    const { id, tenant, ancestorsJson, json } = document;
    table.put.run(id, tenant, ancestorsJson, position, json);
    const scope = `${tenant}\u0000${ancestorsJson}`;
    if (this.knownScopes.has(scope) || newScopes.has(scope)) return;
    const insertPair = this.statements.rows(
      'INSERT OR IGNORE INTO meta_scope (ancestor, tenant) VALUES (?, ?)',
    );
    for (const ancestor of JSON.parse(ancestorsJson) as string[]) insertPair.run(ancestor, tenant);
    newScopes.add(scope);
  }

  private remove(table: TableStatements, id: string, position: number): void {
    table.remove.run(id, position);
  }

  private saveCheckpoint(projector: string, position: number): void {
    this.statements
      .rows(
        `INSERT INTO meta_checkpoint (projector, position) VALUES (?, ?)
         ON CONFLICT (projector) DO UPDATE SET position = excluded.position
         WHERE excluded.position > meta_checkpoint.position`,
      )
      .run(projector, position);
  }
}
