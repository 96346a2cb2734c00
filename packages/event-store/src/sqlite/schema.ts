import type Database from 'better-sqlite3';
import { LABELS_DDL } from './labels';
import { OUTCOMES_DDL } from './outcomes';

/**
 * Tables and indexes, chosen for the three hot paths: append, read a stream, read all.
 *
 * - `streams` maps a stream id to a small integer key, once per stream: events carry the 8-byte key,
 *   not the text. It holds no revision: the current one is the last entry of `events_by_stream`
 *   (one index seek), so an append to an existing stream writes no `streams` page at all.
 * - `events` is keyed by the global position (INTEGER PRIMARY KEY = the rowid): read-all is a range
 *   scan of the table itself and appends only ever write at its right edge. SQLite lets one writer
 *   in at a time, across processes, and the position is assigned inside the write transaction (the
 *   rowid after the largest committed one), so positions follow commit order: a reader that sees
 *   position n has seen every position below it, which is what makes catch-up-then-live gap-free.
 *   No AUTOINCREMENT: nothing is ever deleted, so rowids are never reused.
 * - `events_by_stream (stream_key, revision)`: read a stream forwards or backwards, and the stream's
 *   current revision; UNIQUE guards the revision assigned under the write lock.
 * - `events_by_stream_event_id (stream_key, event_id)`: the idempotency check, with the id as a
 *   16-byte BLOB. Scoped to the stream so that one append's index entries sit side by side: a UNIQUE
 *   index on random ids alone (UUIDv4, or the UUIDv5 ids derived from message ids) dirties one random
 *   page per event and caps appends of 100 at about a third of the speed.
 * - `outcomes` (schema 3) keeps each command's outcome by idempotency key, written in the same
 *   transaction as the command's events (see outcomes.ts); not events: it is pruned by age and count.
 * - Types, tenants and actors are keys into `labels` and `actors` (see labels.ts); the other
 *   metadata are columns, not JSON, so reading needs one JSON.parse per event (its data). `data` is
 *   the last column: reading the others never walks a large payload's overflow pages.
 */
const SCHEMA_VERSION = 3;

const DDL = `
CREATE TABLE streams (
  stream_key INTEGER PRIMARY KEY,
  stream_id  TEXT    NOT NULL UNIQUE
);
${LABELS_DDL}
CREATE TABLE events (
  position       INTEGER PRIMARY KEY,
  stream_key     INTEGER NOT NULL,
  revision       INTEGER NOT NULL,
  event_id       BLOB    NOT NULL,
  type_key       INTEGER NOT NULL,
  schema_version INTEGER NOT NULL,
  tenant_key     INTEGER NOT NULL,
  actor_key      INTEGER NOT NULL,
  correlation_id TEXT    NOT NULL,
  causation_id   TEXT,
  occurred_at    TEXT    NOT NULL,
  recorded_at    INTEGER NOT NULL,
  data           TEXT    NOT NULL
);
CREATE UNIQUE INDEX events_by_stream ON events (stream_key, revision);
CREATE UNIQUE INDEX events_by_stream_event_id ON events (stream_key, event_id);
${OUTCOMES_DDL}`;

/** Number of columns `events` takes on insert (all but the position). */
export const EVENT_INSERT_COLUMNS = 12;

export interface PragmaOptions {
  busyTimeoutMs: number;
  cacheSizeKiB: number;
}

/**
 * Durability: WAL with synchronous=NORMAL. A commit appends its pages to the WAL with write(2) before
 * `append` resolves, so a committed transaction survives a crash of the process (kill -9 included):
 * SQLite replays the WAL on the next open. It does not fsync on every commit, only when the WAL is
 * checkpointed into the database file, so an operating-system crash or power loss can lose the last
 * transactions committed since the previous checkpoint — never corrupt the file or keep half of one.
 */
export const applyPragmas = (db: Database.Database, options: PragmaOptions): void => {
  db.pragma(`busy_timeout = ${options.busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`cache_size = -${options.cacheSizeKiB}`);
  // Checkpoint every ~16 MiB of WAL rather than 4 MiB: fewer fsyncs, and pages rewritten by many
  // small commits (index leaves) are copied to the database once per checkpoint.
  db.pragma('wal_autocheckpoint = 4000');
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  db.pragma('temp_store = MEMORY');
};

/** Creates the schema in a fresh file, or checks the version of an existing one. */
export const migrate = (db: Database.Database): void => {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version === SCHEMA_VERSION) return;
    if (version === 2) {
      // Schema 2 → 3 adds the outcome records; the events are untouched.
      db.exec(OUTCOMES_DDL);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      return;
    }
    if (version === 1)
      throw new Error(
        'The event store file has the pre-release schema 1 (development builds only): delete it and seed again.',
      );
    if (version !== 0)
      throw new Error(
        `The event store file has schema version ${version}; this code knows version ${SCHEMA_VERSION}. ` +
          'Upgrade the application before opening it.',
      );
    db.exec(DDL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
};
