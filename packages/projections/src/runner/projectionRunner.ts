import type { EventStore, RecordedEvent, Subscription } from '@gongkai/event-store';
import type { ReadModelStore } from '../readModelStore';
import { toProjectedEvent } from '../projectors/readEvent';
import type { Projector } from '../projectors/types';
import { applyBatch, ensureProjectorIndexes, minimumOf, readCheckpoints } from './applyBatch';

export interface ProjectionRunnerOptions {
  eventStore: EventStore;
  readModelStore: ReadModelStore;
  projectors: readonly Projector[];
  /** A unit of work holds at most this many events (default 1,000). */
  maxBatchSize?: number;
  /**
   * A partial batch is written once the subscription stops delivering (it has caught up with the
   * store: one turn of the event loop without a new event), and at the latest after this long while
   * events keep trickling in (default 50 ms).
   */
  maxBatchDelayMs?: number;
  /** Re-validate events stored at the current schema version (default false: the domain did). */
  validateEvents?: boolean;
  /** After each batch lands. */
  onBatch?: (batch: { events: number; position: number; durationMs: number }) => void;
  /** The runner stopped on an error (it does not restart itself). */
  onError?: (error: unknown) => void;
}

export type ProjectionRunnerState = 'created' | 'running' | 'stopped' | 'failed';

export interface ProjectionStatus {
  state: ProjectionRunnerState;
  checkpoints: Record<string, number>;
  /** The lowest checkpoint: every view includes the events up to it. */
  position: number;
  error: unknown;
}

interface Waiter {
  position: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Keeps the read models up to date: subscribes to the event store from the lowest checkpoint,
 * batches events (up to `maxBatchSize`, or what arrived until the subscription caught up), and lands each batch in one unit of
 * work per projector, with its checkpoint. After a crash it resumes from the checkpoints; events a
 * projector already committed are skipped (below its checkpoint) or ignored (position guards).
 */
export class ProjectionRunner {
  private readonly maxBatchSize: number;
  private readonly maxBatchDelayMs: number;
  private checkpoints = new Map<string, number>();
  private subscription: Subscription | undefined;
  private buffer: RecordedEvent[] = [];
  /** Set while a turn of the event loop decides whether the subscription has caught up. */
  private watch: { since: number; seen: number; next: NodeJS.Immediate } | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private waiters: Waiter[] = [];
  private state: ProjectionRunnerState = 'created';
  private error: unknown = undefined;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.maxBatchSize = options.maxBatchSize ?? 1_000;
    this.maxBatchDelayMs = options.maxBatchDelayMs ?? 50;
  }

  /** Ensures the indexes, reads the checkpoints and subscribes; resolves once subscribed. */
  async start(): Promise<void> {
    if (this.state !== 'created')
      throw new Error(`The projection runner is ${this.state}; create a new one.`);
    const { readModelStore, projectors, eventStore } = this.options;
    await ensureProjectorIndexes(readModelStore, projectors);
    this.checkpoints = await readCheckpoints(readModelStore, projectors);
    this.state = 'running';
    this.subscription = eventStore.subscribeToAll((event) => this.receive(event), {
      fromPosition: minimumOf(this.checkpoints),
    });
    this.subscription.done.catch((error: unknown) => this.fail(error));
  }

  /** Stops the subscription, lands what is buffered, and resolves when no batch is in flight. */
  async stop(): Promise<void> {
    if (this.state !== 'running') return;
    this.state = 'stopped';
    await this.subscription?.close();
    await this.flush().catch((error: unknown) => this.fail(error));
    await this.flushing.catch(() => undefined);
    this.rejectWaiters(new Error('The projection runner stopped.'));
  }

  status(): ProjectionStatus {
    return {
      state: this.state,
      checkpoints: Object.fromEntries(this.checkpoints),
      position: minimumOf(this.checkpoints),
      error: this.error,
    };
  }

  /** Events the slowest projector is behind the store (`/readyz`, metrics). */
  async lag(): Promise<number> {
    return Math.max(0, (await this.options.eventStore.headPosition()) - minimumOf(this.checkpoints));
  }

  /** Resolves once every projector has committed `position` (read-your-writes after a command). */
  waitFor(position: number): Promise<void> {
    if (minimumOf(this.checkpoints) >= position) return Promise.resolve();
    if (this.state === 'failed' || this.state === 'stopped') {
      const reason =
        this.error instanceof Error ? this.error : new Error(`The projection runner is ${this.state}.`);
      return Promise.reject(reason);
    }
    return new Promise((resolve, reject) => this.waiters.push({ position, resolve, reject }));
  }

  private async receive(event: RecordedEvent): Promise<void> {
    this.buffer.push(event);
    if (this.buffer.length >= this.maxBatchSize) {
      await this.flush();
      return;
    }
    if (this.watch === undefined) {
      const since = performance.now();
      this.watch = { since, seen: this.buffer.length, next: setImmediate(() => this.caughtUp()) };
    }
  }

  /**
   * A subscription delivers what the store holds without giving the event loop a turn in between
   * pages only (SQLite: a page at a time, then a turn): a turn that brought no new event means it
   * caught up, and the batch is written now, not after a fixed delay. While a catch-up keeps
   * delivering, the batch grows to `maxBatchSize`.
   */
  private caughtUp(): void {
    const watch = this.watch;
    if (watch === undefined) return;
    const grown = this.buffer.length !== watch.seen;
    if (grown && performance.now() - watch.since < this.maxBatchDelayMs) {
      watch.seen = this.buffer.length;
      watch.next = setImmediate(() => this.caughtUp());
      return;
    }
    this.flush().catch((error: unknown) => this.fail(error));
  }

  /** Hands the buffered events to the (serialised) batch writer. */
  private flush(): Promise<void> {
    if (this.watch) clearImmediate(this.watch.next);
    this.watch = undefined;
    const events = this.buffer;
    this.buffer = [];
    if (events.length === 0) return this.flushing;
    this.flushing = this.flushing.then(() => this.land(events));
    return this.flushing;
  }

  private async land(events: readonly RecordedEvent[]): Promise<void> {
    if (this.state === 'failed') return;
    const started = performance.now();
    const validate = this.options.validateEvents ?? false;
    const projected = events.map((event) => toProjectedEvent(event, { validate }));
    await applyBatch(this.options.readModelStore, this.options.projectors, projected, this.checkpoints);
    const position = projected.at(-1)?.position ?? 0;
    this.options.onBatch?.({ events: events.length, position, durationMs: performance.now() - started });
    this.resolveWaiters();
  }

  private resolveWaiters(): void {
    const reached = minimumOf(this.checkpoints);
    const [done, waiting] = partition(this.waiters, (waiter) => waiter.position <= reached);
    this.waiters = waiting;
    for (const waiter of done) waiter.resolve();
  }

  private rejectWaiters(error: unknown): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.reject(error);
  }

  private fail(error: unknown): void {
    if (this.state === 'failed') return;
    this.state = 'failed';
    this.error = error;
    if (this.watch) clearImmediate(this.watch.next);
    this.watch = undefined;
    void this.subscription?.close();
    this.rejectWaiters(error);
    this.options.onError?.(error);
  }
}

const partition = <T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] => {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
};
