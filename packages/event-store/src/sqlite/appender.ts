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
import { EventRowWriter, MAX_ROWS_PER_INSERT, positionOf, type RowTicket } from './eventRows';
import { RepeatedAppendFinder, type EncodedBatch } from './repeatedAppend';

/** The stream's key and current revision: the last entry of its `events_by_stream` range. */
const STREAM_REVISION_SQL =
  'SELECT s.stream_key, (SELECT max(e.revision) FROM events e WHERE e.stream_key = s.stream_key) ' +
  'FROM streams s WHERE s.stream_id = ?';

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

/** One part of a write, encoded before the transaction. */
interface EncodedPart {
  streamId: string;
  events: readonly EventToAppend[];
  expected: ExpectedRevision;
  batch: EncodedBatch;
}

/**
 * The write path. Everything runs synchronously inside `append` (better-sqlite3 is synchronous):
 * the JS work (validation, JSON, binary ids) happens before BEGIN so the write lock is held only for
 * the SQL. The rows of every part of a call go through one `EventRowWriter`, a hundred per statement
 * whichever streams they belong to.
 */
export class SqliteAppender {
  private readonly begin: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly rollback: Database.Statement;
  private readonly selectStream: Database.Statement<[string], [number, number]>;
  private readonly insertStream: Database.Statement<[string]>;
  private readonly labels: LabelWriter;
  private readonly rows: EventRowWriter;
  /** Reused for single appends up to MAX_ROWS_PER_INSERT: better-sqlite3 copies a blob when it binds it. */
  private readonly idScratch = Buffer.alloc(16 * MAX_ROWS_PER_INSERT);
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
    this.rows = new EventRowWriter(db, this.labels);
    this.repeats = new RepeatedAppendFinder(db);
  }

  append(streamId: string, events: readonly EventToAppend[], options?: AppendOptions): AppendResult {
    const expected = options?.expectedRevision ?? 'any';
    assertAppendable(streamId, events, expected);
    const batch = this.encode(
      streamId,
      events,
      events.length <= MAX_ROWS_PER_INSERT ? this.idScratch : undefined,
    );
    const part = { streamId, events, expected, batch };
    this.begin.run();
    try {
      const [result] = this.writeLocked([part]);
      this.commit.run();
      this.labels.committed();
      return result!;
    } catch (error) {
      this.rolledBack();
      if (isEventIdViolation(error)) return this.repeatedAppend(part, error);
      throw error;
    }
  }

  /**
   * All parts in one transaction: one commit for the lot. A stream may come back in a later part,
   * expecting the revision the parts before left it at. A conflict rolls everything back. An id
   * already stored (a redelivered batch) falls back to appending part by part, where each repeat is
   * recognised and answered with its first result.
   */
  appendMany(appends: readonly StreamAppend[], records: readonly OutcomeRecord[] = []): AppendResult[] {
    OutcomeLedger.validate(records);
    let total = 0;
    for (const part of appends) {
      assertAppendable(part.streamId, part.events, part.expectedRevision ?? 'any');
      total += part.events.length;
    }
    // One buffer for every id of the call: parts encoded before one transaction cannot share a scratch.
    const bytes = Buffer.alloc(16 * total);
    let offset = 0;
    const parts = appends.map((append): EncodedPart => {
      const batch = this.encode(append.streamId, append.events, bytes.subarray(offset));
      offset += 16 * append.events.length;
      return {
        streamId: append.streamId,
        events: append.events,
        expected: append.expectedRevision ?? 'any',
        batch,
      };
    });
    this.begin.run();
    try {
      const results = this.writeLocked(parts);
      if (records.length > 0) this.outcomes.recordLocked(records);
      this.commit.run();
      this.labels.committed();
      return results;
    } catch (error) {
      this.rolledBack();
      if (!isEventIdViolation(error)) throw error;
      const results = appends.map((part) => this.append(part.streamId, part.events, part));
      if (records.length > 0) this.recordAlone(records);
      return results;
    }
  }

  private rolledBack(): void {
    if (this.db.inTransaction) this.rollback.run();
    this.rows.discard();
    this.labels.rolledBack();
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

  /** Inside the write transaction: checks each part's expected revision and queues its rows. */
  private writeLocked(parts: readonly EncodedPart[]): AppendResult[] {
    /** Streams this call wrote: key and revision, without asking the database again. */
    const written = new Map<string, [number, number]>();
    const recordedAt = this.clock();
    const results: AppendResult[] = [];
    const lastRows: (RowTicket | undefined)[] = [];
    for (const part of parts) {
      const { streamId, events, batch } = part;
      const stream = written.get(streamId) ?? this.selectStream.get(streamId);
      const actual: ActualRevision = stream === undefined ? 'no-stream' : stream[1];
      if (!revisionMatches(part.expected, actual)) {
        // A retry arrives with the revision it was first sent with, which the stream has since passed.
        this.rows.flush();
        const repeated = stream && this.repeats.find(stream[0], streamId, events, batch);
        if (!repeated) throw new StreamRevisionConflictError(streamId, part.expected, actual);
        results.push(repeated);
        lastRows.push(undefined);
        continue;
      }
      const streamKey =
        stream === undefined ? Number(this.insertStream.run(streamId).lastInsertRowid) : stream[0];
      const firstRevision = stream === undefined ? 0 : stream[1] + 1;
      let last: RowTicket | undefined;
      for (let i = 0; i < events.length; i++)
        last = this.rows.queue(
          streamKey,
          firstRevision + i,
          events[i]!,
          batch.idViews[i]!,
          batch.data[i]!,
          recordedAt,
        );
      const revision = firstRevision + events.length - 1;
      written.set(streamId, [streamKey, revision]);
      results.push({ streamId, nextExpectedRevision: revision, position: 0, eventIds: batch.ids });
      lastRows.push(last);
    }
    this.rows.flush();
    lastRows.forEach((ticket, i) => {
      if (ticket) results[i]!.position = positionOf(ticket);
    });
    return results;
  }

  /** Validates every event and converts what is stored: binary ids (into `bytes`), data as JSON text. */
  private encode(
    streamId: string,
    events: readonly EventToAppend[],
    bytes: Buffer = Buffer.alloc(16 * events.length),
  ): EncodedBatch {
    const count = events.length;
    const idViews = new Array<Buffer>(count);
    const ids = new Array<string>(count);
    const data = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      const event = events[i]!;
      assertEventStorable(streamId, event, i);
      const parsed = writeUuidBytes(event.eventId, bytes, i * 16);
      if (parsed === UUID_INVALID)
        throw new InvalidAppendError(streamId, `eventId ${JSON.stringify(event.eventId)} is not a UUID`, i);
      idViews[i] = bytes.subarray(i * 16, i * 16 + 16);
      ids[i] = parsed === UUID_CANONICAL ? event.eventId : event.eventId.toLowerCase();
      data[i] = serializeData(streamId, event.data, i);
    }
    if (count > 1 && new Set(ids).size !== count)
      throw new InvalidAppendError(streamId, 'the batch repeats an event id');
    return { ids, idViews, data };
  }

  /** The insert hit an id already in the stream: a retry of an earlier append, or a conflict. */
  private repeatedAppend({ streamId, events, batch }: EncodedPart, violation: unknown): AppendResult {
    const stream = this.selectStream.get(streamId);
    const repeated = stream && this.repeats.find(stream[0], streamId, events, batch);
    if (repeated) return repeated;
    throw violation;
  }
}
