import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { RecordedEvent, SubscribeOptions, Subscription } from '../port';
import { compileFilter, type EventReader } from './eventReader';

/** Wakes subscriptions: the store calls `notify` after each commit in this process. */
export class CommitSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    if (this.waiters.size === 0) return;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next commit in this process, or after `timeoutMs` (commits by other processes). */
  wait(timeoutMs: number, cancel: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        cancel.removeEventListener('abort', wake);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      cancel.addEventListener('abort', wake, { once: true });
      this.waiters.add(wake);
    });
  }
}

/**
 * Catch-up and live are one loop over the same query: read the next page after the last delivered
 * position, deliver it, repeat; when nothing is left, wait for a commit or the poll interval. Positions
 * are visible only in commit order (see schema.ts), so the switch to live can neither skip nor repeat.
 */
export class SqliteSubscription implements Subscription {
  readonly done: Promise<void>;
  private readonly stop = new AbortController();

  constructor(
    private readonly reader: EventReader,
    private readonly signal: CommitSignal,
    private readonly handler: (event: RecordedEvent) => Promise<void> | void,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
  ) {
    this.done = this.run();
    // `done` is observed by whoever cares; an unobserved failure must not crash the process.
    this.done.catch(() => undefined);
  }

  close(): Promise<void> {
    this.stop.abort();
    return this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    // Let the caller hold the Subscription before the first delivery.
    await Promise.resolve();
    const filter = compileFilter(this.options.filter);
    let after = this.options.fromPosition ?? 0;
    const stop = this.stop.signal;
    while (!stop.aborted) {
      const head = this.reader.head();
      if (head <= after) {
        await this.signal.wait(this.pollIntervalMs, stop);
        continue;
      }
      const page = this.reader.allPage(after, head, filter, Number.POSITIVE_INFINITY);
      for (const row of page.rows) {
        if (stop.aborted) return;
        await this.handler(this.reader.decoder.decode(row));
        after = row[0];
      }
      after = page.next;
      // A long catch-up must not starve timers and I/O of the rest of the process.
      await yieldToEventLoop();
    }
  }
}
