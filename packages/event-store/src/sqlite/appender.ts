import type Database from 'better-sqlite3';
import { assertAppendable, assertEventStorable, serializeData } from '../append';
import { InvalidAppendError, StreamRevisionConflictError } from '../errors';
import type { ActualRevision } from '../errors';
import { UUID_CANONICAL, UUID_INVALID, writeUuidBytes } from '../eventId';
import type {
  AppendOptions,
  AppendResult,
  EventToAppend,
  ExpectedRevision,
  OutcomeRecord,
  StreamAppend,
} from '../port';
import { OutcomeLedger } from './outcomes';
import { LabelWriter } from './labels';
import { EVENT_INSERT_COLUMNS } from './schema';
import { RepeatedAppendFinder, type EncodedBatch } from './repeatedAppend';

/** The stream's key and current revision: the last entry of its `events_by_stream` range. */
const STREAM_REVISION_SQL =
  'SELECT s.stream_key, (SELECT max(e.revision) FROM events e WHERE e.stream_key = s.stream_key) ' +
  'FROM streams s WHERE s.stream_id = ?';

/** Rows per INSERT statement: one statement per 100 events instead of 100 statements. */
const MAX_ROWS_PER_INSERT = 100;

const revisionMatches = (expected: ExpectedRevision, actual: ActualRevision): boolean => {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return actual === 'no-stream';
  if (expected === 'stream-exists') return actual !== 'no-stream';
  return expected === actual;
};

const isEventIdViolation = (error: unknown): boolean =>
  error instanceof Error &&
  (error as Error & { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
  error.message.includes('events.event_id');

const insertSql = (rows: number): string => {
  const row = `(${new Array<string>(EVENT_INSERT_COLUMNS).fill('?').join(',')})`;
  return (
    'INSERT INTO events (stream_key, revision, event_id, type_key, schema_version, tenant_key, actor_key, ' +
    `correlation_id, causation_id, occurred_at, recorded_at, data) VALUES ${new Array<string>(rows).fill(row).join(',')}`
  );
};

/**
 * The write path. Everything runs synchronously inside `append` (better-sqlite3 is synchronous):
 * the JS work (validation, JSON, binary ids) happens before BEGIN so the write lock is held only for
 * the SQL, and nothing allocates per event beyond the JSON text.
 */
export class SqliteAppender {
  private readonly begin: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly rollback: Database.Statement;
  private readonly selectStream: Database.Statement<[string], [number, number]>;
  private readonly insertStream: Database.Statement<[string]>;
  private readonly labels: LabelWriter;
  private readonly inserts: (Database.Statement<unknown[]> | undefined)[] = [];
  private readonly params: unknown[][] = [];
  /** Reused for batches up to MAX_ROWS_PER_INSERT: better-sqlite3 copies a blob when it binds it. */
  private readonly idScratch = Buffer.alloc(16 * MAX_ROWS_PER_INSERT);
  private readonly idScratchViews: Buffer[];
  private readonly repeats: RepeatedAppendFinder;

  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => number,
    private readonly outcomes: OutcomeLedger,
  ) {
    this.begin = db.prepare('BEGIN IMMEDIATE');
    this.commit = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
    this.selectStream = db.prepare<[string], [number, number]>(STREAM_REVISION_SQL);
    this.selectStream.raw(true);
    this.insertStream = db.prepare<[string]>('INSERT INTO streams (stream_id) VALUES (?)');
    this.labels = new LabelWriter(db);
    this.repeats = new RepeatedAppendFinder(db);
    this.idScratchViews = Array.from({ length: MAX_ROWS_PER_INSERT }, (_, i) =>
      this.idScratch.subarray(i * 16, i * 16 + 16),
    );
  }

  append(streamId: string, events: readonly EventToAppend[], options?: AppendOptions): AppendResult {
    const expected = options?.expectedRevision ?? 'any';
    assertAppendable(streamId, events, expected);
    const batch = this.encode(streamId, events);
    this.begin.run();
    try {
      const result = this.appendLocked(streamId, events, batch, expected);
      this.commit.run();
      this.labels.committed();
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.rollback.run();
      this.labels.rolledBack();
      if (isEventIdViolation(error)) return this.repeatedAppend(streamId, events, batch, error);
      throw error;
    }
  }

  /**
   * All parts in one transaction: one commit for the lot. A conflict rolls everything back. An id
   * already stored (a redelivered batch) falls back to appending part by part, where each repeat is
   * recognised and answered with its first result.
   */
  appendMany(parts: readonly StreamAppend[], records: readonly OutcomeRecord[] = []): AppendResult[] {
    OutcomeLedger.validate(records);
    const seen = new Set<string>();
    const batches = parts.map((part) => {
      if (seen.has(part.streamId))
        throw new InvalidAppendError(part.streamId, 'appendMany names the stream more than once');
      seen.add(part.streamId);
      assertAppendable(part.streamId, part.events, part.expectedRevision ?? 'any');
      return this.encode(part.streamId, part.events, parts.length > 1);
    });
    this.begin.run();
    try {
      const results = parts.map((part, i) =>
        this.appendLocked(part.streamId, part.events, batches[i]!, part.expectedRevision ?? 'any'),
      );
      if (records.length > 0) this.outcomes.recordLocked(records);
      this.commit.run();
      this.labels.committed();
      return results;
    } catch (error) {
      if (this.db.inTransaction) this.rollback.run();
      this.labels.rolledBack();
      if (!isEventIdViolation(error)) throw error;
      const results = parts.map((part) => this.append(part.streamId, part.events, part));
      if (records.length > 0) this.recordAlone(records);
      return results;
    }
  }

  private recordAlone(records: readonly OutcomeRecord[]): void {
    this.begin.run();
    try {
      this.outcomes.recordLocked(records);
      this.commit.run();
    } catch (error) {
      if (this.db.inTransaction) this.rollback.run();
      throw error;
    }
  }

  private appendLocked(
    streamId: string,
    events: readonly EventToAppend[],
    batch: EncodedBatch,
    expected: ExpectedRevision,
  ): AppendResult {
    const stream = this.selectStream.get(streamId);
    const actual: ActualRevision = stream === undefined ? 'no-stream' : stream[1];
    if (!revisionMatches(expected, actual)) {
      // A retry arrives with the revision it was first sent with, which the stream has since passed.
      const repeated = stream && this.repeats.find(stream[0], streamId, events, batch);
      if (repeated) return repeated;
      throw new StreamRevisionConflictError(streamId, expected, actual);
    }
    const count = events.length;
    let streamKey: number;
    let firstRevision: number;
    if (stream === undefined) {
      streamKey = Number(this.insertStream.run(streamId).lastInsertRowid);
      firstRevision = 0;
    } else {
      streamKey = stream[0];
      firstRevision = stream[1] + 1;
    }
    const recordedAt = this.clock();
    let position = 0;
    for (let offset = 0; offset < count; offset += MAX_ROWS_PER_INSERT) {
      const rows = Math.min(MAX_ROWS_PER_INSERT, count - offset);
      position = this.insertRows(streamKey, firstRevision, events, batch, offset, rows, recordedAt);
    }
    return { streamId, nextExpectedRevision: firstRevision + count - 1, position, eventIds: batch.ids };
  }

  private insertRows(
    streamKey: number,
    firstRevision: number,
    events: readonly EventToAppend[],
    batch: EncodedBatch,
    offset: number,
    rows: number,
    recordedAt: number,
  ): number {
    const statement = (this.inserts[rows] ??= this.db.prepare<unknown[]>(insertSql(rows)));
    const params = (this.params[rows] ??= new Array<unknown>(rows * EVENT_INSERT_COLUMNS));
    const labels = this.labels;
    let p = 0;
    for (let i = offset; i < offset + rows; i++) {
      const event = events[i]!;
      const metadata = event.metadata;
      params[p++] = streamKey;
      params[p++] = firstRevision + i;
      params[p++] = batch.idViews[i];
      params[p++] = labels.labelKey(event.type);
      params[p++] = event.schemaVersion;
      params[p++] = labels.labelKey(metadata.tenant);
      params[p++] = labels.actorKey(metadata.actor);
      params[p++] = metadata.correlationId;
      params[p++] = metadata.causationId;
      params[p++] = metadata.occurredAt;
      params[p++] = recordedAt;
      params[p++] = batch.data[i];
    }
    return Number(statement.run(params).lastInsertRowid);
  }

  /** Validates every event and converts what is stored: binary ids, data as JSON text. */
  private encode(streamId: string, events: readonly EventToAppend[], ownBuffer = false): EncodedBatch {
    const count = events.length;
    // Several batches encoded before one transaction cannot share the scratch buffer.
    const bytes = count <= MAX_ROWS_PER_INSERT && !ownBuffer ? this.idScratch : Buffer.alloc(16 * count);
    const idViews =
      bytes === this.idScratch
        ? this.idScratchViews
        : Array.from({ length: count }, (_, i) => bytes.subarray(i * 16, i * 16 + 16));
    const ids = new Array<string>(count);
    const data = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      const event = events[i]!;
      assertEventStorable(streamId, event, i);
      const parsed = writeUuidBytes(event.eventId, bytes, i * 16);
      if (parsed === UUID_INVALID)
        throw new InvalidAppendError(streamId, `eventId ${JSON.stringify(event.eventId)} is not a UUID`, i);
      ids[i] = parsed === UUID_CANONICAL ? event.eventId : event.eventId.toLowerCase();
      data[i] = serializeData(streamId, event.data, i);
    }
    if (count > 1 && new Set(ids).size !== count)
      throw new InvalidAppendError(streamId, 'the batch repeats an event id');
    return { ids, idViews, data };
  }

  /** The insert hit an id already in the stream: a retry of an earlier append, or a conflict. */
  private repeatedAppend(
    streamId: string,
    events: readonly EventToAppend[],
    batch: EncodedBatch,
    violation: unknown,
  ): AppendResult {
    const stream = this.selectStream.get(streamId);
    const repeated = stream && this.repeats.find(stream[0], streamId, events, batch);
    if (repeated) return repeated;
    throw violation;
  }
}
