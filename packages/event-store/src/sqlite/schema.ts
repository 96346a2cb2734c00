import type Database from 'better-sqlite3';

/**
 * Tables and indexes, chosen for the three hot paths: append, read a stream, read all.
 *
 * - `streams` maps the stream id to a small integer key once and holds the stream's current
 *   revision: the expected-revision check is one lookup, and events carry an 8-byte key instead
 *   of repeating the text id.
 * - `events` is keyed by the global position (INTEGER PRIMARY KEY = the rowid): read-all is a
 *   range scan of the table itself, and appends only ever write at its right edge.
 *   SQLite lets one writer in at a time and the position is assigned inside the write transaction
 *   (the rowid after the largest committed one), so positions follow commit order across every
 *   process writing the file: a reader that sees position n has seen every position below n.
 *   No AUTOINCREMENT: nothing is ever deleted, so rowids are never reused.
 * - `events_by_stream (stream_key, revision)`: read a stream forwards or backwards; UNIQUE as a
 *   guard for the revision assigned under the write lock.
 * - `events_by_stream_event_id (stream_key, event_id)`: the idempotency check. The id is a 16-byte
 *   BLOB (not 36 characters of text). Scoping it to the stream keeps each append's index writes
 *   beside each other: a UNIQUE index on the random ids alone (UUIDv4/v5) dirties one random page per
 *   event and caps batched appends at about a third of the speed.
 * - Metadata is in columns, not JSON: `tenant` and `type` filter in SQL, and reading builds the
 *   metadata object without a second JSON.parse. `data` is the last column so that reading the
 *   others never walks a large payload's overflow pages.
 */
const SCHEMA_VERSION = 1;

const DDL = `
CREATE TABLE streams (
  stream_key INTEGER PRIMARY KEY,
  stream_id  TEXT    NOT NULL UNIQUE,
  revision   INTEGER NOT NULL
);
CREATE TABLE events (
  position       INTEGER PRIMARY KEY,
  stream_key     INTEGER NOT NULL,
  revision       INTEGER NOT NULL,
  event_id       BLOB    NOT NULL,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  tenant         TEXT    NOT NULL,
  actor_id       TEXT    NOT NULL,
  actor_tier     TEXT    NOT NULL,
  actor_tenant   TEXT    NOT NULL,
  correlation_id TEXT    NOT NULL,
  causation_id   TEXT,
  occurred_at    TEXT    NOT NULL,
  recorded_at    INTEGER NOT NULL,
  data           TEXT    NOT NULL
);
CREATE UNIQUE INDEX events_by_stream ON events (stream_key, revision);
CREATE UNIQUE INDEX events_by_stream_event_id ON events (stream_key, event_id);
`;

/** Number of columns `events` takes on insert (all but the position). */
export const EVENT_INSERT_COLUMNS = 14;

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
    if (version !== 0)
      throw new Error(
        `The event store file has schema version ${version}; this code knows version ${SCHEMA_VERSION}. ` +
          'Upgrade the application before opening it.',
      );
    db.exec(DDL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
};
