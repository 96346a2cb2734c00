import type Database from 'better-sqlite3';
import { InvalidAppendError } from '../errors';
import type { OutcomeRecord, StoredOutcomeRecord } from '../port';

/** How long and how many outcome records the store keeps (see the package README). */
export interface OutcomeRetention {
  /** Records older than this are removed (ms). Default 30 days. */
  maxAgeMs: number;
  /** Only the newest this many are kept. Default 1,000,000. */
  maxCount: number;
}

export const DEFAULT_OUTCOME_RETENTION: OutcomeRetention = {
  maxAgeMs: 30 * 24 * 60 * 60 * 1000,
  maxCount: 1_000_000,
};

export const OUTCOMES_DDL = `
CREATE TABLE outcomes (
  seq         INTEGER PRIMARY KEY,
  key         TEXT    NOT NULL UNIQUE,
  fingerprint TEXT    NOT NULL,
  outcome     TEXT    NOT NULL,
  recorded_at INTEGER NOT NULL
);
`;

const MAX_KEY_LENGTH = 1024;
/** Expired records are removed once every this many records written, inside the writing transaction. */
const PRUNE_EVERY = 1000;
/** Records per INSERT statement: a batch's records cost one statement per fifty, not one each. */
const MAX_RECORDS_PER_INSERT = 50;
/** Keys per SELECT when reading records back. */
const MAX_RECORDS_PER_SELECT = 100;

/**
 * Removes the records older than a time: those before the first young one in `seq` order. Records
 * are written in time order, so this walks only the expired ones (plus one) by the primary key; a
 * `WHERE recorded_at < ?` scanned the whole table (a million records: about 120 ms, every thousand
 * records written). A record the clock left out of order waits for its turn; `read` never answers it.
 */
export const PRUNE_OLD_SQL =
  'DELETE FROM outcomes WHERE seq < coalesce(' +
  '(SELECT seq FROM outcomes WHERE recorded_at >= ? ORDER BY seq LIMIT 1), ' +
  '(SELECT max(seq) + 1 FROM outcomes), 0)';

const insertSql = (rows: number): string =>
  'INSERT OR IGNORE INTO outcomes (key, fingerprint, outcome, recorded_at) VALUES ' +
  new Array<string>(rows).fill('(?,?,?,?)').join(',');

/** The `outcomes` table: written inside the appender's transaction, pruned by age and count. */
export class OutcomeLedger {
  readonly #inserts: (Database.Statement<unknown[]> | undefined)[] = [];
  readonly #selects: (Database.Statement<string[], [string, string, string, number]> | undefined)[] = [];
  readonly #pruneOld: Database.Statement<[number]>;
  readonly #pruneMany: Database.Statement<[number]>;
  #sincePrune = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly retention: OutcomeRetention,
    private readonly clock: () => number,
  ) {
    this.#pruneOld = db.prepare(PRUNE_OLD_SQL);
    this.#pruneMany = db.prepare('DELETE FROM outcomes WHERE seq <= (SELECT max(seq) FROM outcomes) - ?');
  }

  static validate(records: readonly OutcomeRecord[]): void {
    for (const record of records) {
      if (typeof record.key !== 'string' || record.key.length === 0 || record.key.length > MAX_KEY_LENGTH)
        throw new InvalidAppendError('outcomes', `an outcome key must be 1–${MAX_KEY_LENGTH} characters`);
    }
  }

  /** Inside a write transaction. A key already recorded keeps its first record. */
  recordLocked(records: readonly OutcomeRecord[]): void {
    const now = this.clock();
    // In order, so that of two records under one key in a batch the first is kept.
    for (let offset = 0; offset < records.length; offset += MAX_RECORDS_PER_INSERT) {
      const rows = Math.min(MAX_RECORDS_PER_INSERT, records.length - offset);
      const params = new Array<unknown>(rows * 4);
      for (let i = 0; i < rows; i++) {
        const record = records[offset + i]!;
        params[i * 4] = record.key;
        params[i * 4 + 1] = record.fingerprint;
        params[i * 4 + 2] = record.outcome;
        params[i * 4 + 3] = now;
      }
      (this.#inserts[rows] ??= this.db.prepare<unknown[]>(insertSql(rows))).run(params);
    }
    this.#sincePrune += records.length;
    if (this.#sincePrune < PRUNE_EVERY) return;
    this.#sincePrune = 0;
    this.#pruneOld.run(now - this.retention.maxAgeMs);
    this.#pruneMany.run(this.retention.maxCount);
  }

  /** The records of these keys, MAX_RECORDS_PER_SELECT a statement (a batch's keys, not one query each). */
  read(keys: readonly string[]): Map<string, StoredOutcomeRecord> {
    const rows = new Map<string, [string, string, string, number]>();
    for (let offset = 0; offset < keys.length; offset += MAX_RECORDS_PER_SELECT) {
      const chunk = keys.slice(offset, offset + MAX_RECORDS_PER_SELECT);
      for (const row of this.#selectOf(chunk.length).all(...chunk)) rows.set(row[0], row);
    }
    // In the order of the keys asked (the statement answers in index order).
    const found = new Map<string, StoredOutcomeRecord>();
    const oldest = this.clock() - this.retention.maxAgeMs;
    for (const key of keys) {
      const row = rows.get(key);
      if (row === undefined || row[3] < oldest || found.has(key)) continue;
      found.set(key, {
        key,
        fingerprint: row[1],
        outcome: row[2],
        recordedAt: new Date(row[3]).toISOString(),
      });
    }
    return found;
  }

  #selectOf(keys: number): Database.Statement<string[], [string, string, string, number]> {
    let statement = this.#selects[keys];
    if (statement === undefined) {
      statement = this.db.prepare<string[], [string, string, string, number]>(
        'SELECT key, fingerprint, outcome, recorded_at FROM outcomes WHERE key IN (' +
          new Array<string>(keys).fill('?').join(',') +
          ')',
      );
      statement.raw(true);
      this.#selects[keys] = statement;
    }
    return statement;
  }
}
