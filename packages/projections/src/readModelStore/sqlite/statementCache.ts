import type Database from 'better-sqlite3';

/** Prepared statements by SQL text; filters compile to a handful of shapes, so hits dominate. */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly capacity = 512,
  ) {}

  /** A statement returning rows as objects. */
  rows(sql: string): Database.Statement {
    return this.get(sql, false);
  }

  /** A statement returning the first column of each row. */
  values(sql: string): Database.Statement {
    return this.get(sql, true);
  }

  clear(): void {
    this.statements.clear();
  }

  private get(sql: string, pluck: boolean): Database.Statement {
    const key = `${pluck ? 'v' : 'r'}:${sql}`;
    let statement = this.statements.get(key);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      if (pluck) statement.pluck();
      if (this.statements.size >= this.capacity) {
        const oldest = this.statements.keys().next();
        if (oldest.done !== true) this.statements.delete(oldest.value);
      }
      this.statements.set(key, statement);
    }
    return statement;
  }
}
