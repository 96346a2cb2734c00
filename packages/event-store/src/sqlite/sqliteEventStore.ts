import type { FSWatcher } from 'node:fs';
import { watch } from 'node:fs';
import Database from 'better-sqlite3';
import { rejected } from './settled';
import type {
  AppendManyOptions,
  AppendOptions,
  AppendResult,
  StoredOutcomeRecord,
  StreamAppend,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../port';
import { SqliteAppender } from './appender';
import { ReadAllCursor, ReadStreamCursor } from './cursors';
import { EventReader } from './eventReader';
import { applyPragmas, migrate } from './schema';
import { DEFAULT_OUTCOME_RETENTION, OutcomeLedger, type OutcomeRetention } from './outcomes';
import { CommitSignal, SqliteSubscription } from './subscription';
import { BackgroundCheckpointer, type CheckpointResult } from './backgroundCheckpoint';

export interface SqliteEventStoreOptions {
  /** Database file, created with its schema when missing. `:memory:` for a private, throwaway store. */
  fileName: string;
  /**
   * How often an idle subscription looks for events committed by other processes (ms). Commits made
   * through this instance wake subscriptions at once, and so do other processes' commits where the
   * file system reports writes to the WAL file (inotify on Linux): this poll is the fallback. Default 100.
   */
  pollIntervalMs?: number;
  /**
   * How long an append waits for another process's write transaction (ms). The wait blocks this
   * process's event loop: SQLite's locking is synchronous. Default 5000.
   */
  busyTimeoutMs?: number;
  /** SQLite page cache of this connection (KiB). Default 16384 (16 MiB). */
  cacheSizeKiB?: number;
  /** Events per page when reading (memory per read is bounded by this). Default 512. */
  readPageSize?: number;
  /** A page also ends once it holds this many characters of event data. Default 8 Mi. */
  readPageDataChars?: number;
  /** Store time, in ms since the epoch: `recordedAt`. Default `Date.now`. */
  clock?: () => number;
  /** How long and how many outcome records are kept. Default 30 days and 1,000,000 records. */
  outcomeRetention?: Partial<OutcomeRetention>;
  /**
   * Checkpoint the WAL from a worker thread this long after a commit (ms), so that commits do not
   * stall on SQLite's own checkpoint (see `BackgroundCheckpointer`). Unset or 0: SQLite checkpoints
   * inside the commit that fills the WAL, as it does by default. Files only.
   */
  checkpointIntervalMs?: number;
}

/**
 * The embedded event store: one SQLite file in WAL mode, shared safely by several processes
 * (SQLite serialises their writes). Every method does its SQLite work synchronously and returns a
 * settled promise: no thread hop, no per-call async machinery.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly appender: SqliteAppender;
  private readonly reader: EventReader;
  private readonly outcomes: OutcomeLedger;
  private readonly signal = new CommitSignal();
  private readonly subscriptions = new Set<SqliteSubscription>();
  private readonly pollIntervalMs: number;
  private readonly fileName: string;
  /** Watches the WAL file while subscriptions run: another process's commit writes it. */
  private walWatcher: FSWatcher | undefined;
  private readonly checkpointer: BackgroundCheckpointer | undefined;
  private closed = false;

  constructor(options: SqliteEventStoreOptions) {
    this.db = new Database(options.fileName);
    try {
      applyPragmas(this.db, {
        busyTimeoutMs: options.busyTimeoutMs ?? 5000,
        cacheSizeKiB: options.cacheSizeKiB ?? 16 * 1024,
      });
      migrate(this.db);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.fileName = options.fileName;
    if (options.checkpointIntervalMs && !this.inMemory())
      this.checkpointer = new BackgroundCheckpointer(options.fileName, options.checkpointIntervalMs);
    const clock = options.clock ?? Date.now;
    this.outcomes = new OutcomeLedger(
      this.db,
      { ...DEFAULT_OUTCOME_RETENTION, ...options.outcomeRetention },
      clock,
    );
    this.appender = new SqliteAppender(this.db, clock, this.outcomes);
    this.reader = new EventReader(this.db, {
      rows: options.readPageSize ?? 512,
      dataChars: options.readPageDataChars ?? 8 * 1024 * 1024,
    });
  }

  append(streamId: string, events: readonly EventToAppend[], options?: AppendOptions): Promise<AppendResult> {
    try {
      const result = this.appender.append(streamId, events, options);
      this.committed();
      return Promise.resolve(result);
    } catch (error) {
      return rejected(error);
    }
  }

  appendMany(appends: readonly StreamAppend[], options?: AppendManyOptions): Promise<AppendResult[]> {
    try {
      const results = this.appender.appendMany(appends, options?.outcomes);
      if (appends.length > 0) this.signal.notify();
      this.checkpointer?.committed();
      return Promise.resolve(results);
    } catch (error) {
      return rejected(error);
    }
  }

  private committed(): void {
    this.signal.notify();
    this.checkpointer?.committed();
  }

  /** With `checkpointIntervalMs`: a checkpoint by the worker, now (undefined when there is none). */
  checkpointNow(): Promise<CheckpointResult | undefined> {
    return this.checkpointer?.checkpointNow() ?? Promise.resolve(undefined);
  }

  private inMemory(): boolean {
    return this.fileName === ':memory:' || this.fileName === '';
  }

  readOutcomes(keys: readonly string[]): Promise<Map<string, StoredOutcomeRecord>> {
    try {
      return Promise.resolve(this.outcomes.read(keys));
    } catch (error) {
      return rejected(error);
    }
  }

  /** The same as {@link append}, without the promise: for callers already on the synchronous path. */
  appendSync(streamId: string, events: readonly EventToAppend[], options?: AppendOptions): AppendResult {
    const result = this.appender.append(streamId, events, options);
    this.committed();
    return result;
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    return { [Symbol.asyncIterator]: () => new ReadStreamCursor(this.reader, streamId, options) };
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return { [Symbol.asyncIterator]: () => new ReadAllCursor(this.reader, options) };
  }

  subscribeToAll(
    handler: (event: RecordedEvent) => Promise<void> | void,
    options: SubscribeOptions = {},
  ): Subscription {
    const subscription = new SqliteSubscription(
      this.reader,
      this.signal,
      handler,
      options,
      this.pollIntervalMs,
    );
    this.subscriptions.add(subscription);
    this.watchOtherWriters();
    void subscription.done
      .finally(() => {
        this.subscriptions.delete(subscription);
        if (this.subscriptions.size === 0) this.unwatch();
      })
      .catch(() => undefined);
    return subscription;
  }

  /**
   * Another process's commit appends to the WAL file: watching it wakes the subscriptions at once
   * instead of at their next poll (which stays, for file systems that do not report writes). A
   * wake-up for nothing (this instance's own commits, a checkpoint) costs one look at the head.
   */
  private watchOtherWriters(): void {
    if (this.walWatcher || this.inMemory()) return;
    try {
      this.walWatcher = watch(`${this.fileName}-wal`, { persistent: false }, () => this.signal.notify());
      this.walWatcher.on('error', () => this.unwatch());
    } catch {
      // No WAL file to watch, or no watching here: the poll alone finds other processes' commits.
    }
  }

  private unwatch(): void {
    this.walWatcher?.close();
    this.walWatcher = undefined;
  }

  headPosition(): Promise<number> {
    try {
      return Promise.resolve(this.reader.head());
    } catch (error) {
      return rejected(error);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.unwatch();
    await this.checkpointer?.close();
    this.db.close();
  }
}

/** Opens (creating when missing) the SQLite event store at `options.fileName`. */
export const openSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore =>
  new SqliteEventStore(options);
