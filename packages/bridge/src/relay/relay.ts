import type { EventStore } from '@gongkai/event-store';
import type { Bus } from '@gongkai/messaging';
import { toBusMessage, toCloudEvent } from '../cloudEvents';
import type { PublicCloudEvent } from '../cloudEvents';
import { RelayNotStartableError } from '../errors';
import { PUBLIC_EVENTS_TOPIC } from '../topics';
import type { RelayCheckpoint } from './checkpoint';
import { readPage } from './readPage';

export interface RelayOptions {
  eventStore: EventStore;
  bus: Pick<Bus, 'publish'>;
  checkpoint: RelayCheckpoint;
  /** Default PUBLIC_EVENTS_TOPIC. The topic must exist (`bus.ensureTopics`). */
  topic?: string;
  /** Public events read, published in one call and checkpointed together. Default 1,000. */
  pageSize?: number;
  /** How often a relay that has caught up looks for new events (ms). Default 100. */
  pollIntervalMs?: number;
  /**
   * After a page shorter than `pageSize` (the relay caught up while events keep coming), how long it
   * lets new events gather before it reads again (ms). Default 20: a steady trickle of writes goes out
   * in pages of many events instead of one read, publish and checkpoint save per few events.
   */
  lingerMs?: number;
  /** Delay before the first retry of a failed page; doubles up to `maxRetryDelayMs`. Default 100. */
  retryDelayMs?: number;
  /** Default 5,000. */
  maxRetryDelayMs?: number;
  /** After each page is published and checkpointed. */
  onPage?: (page: RelayPage) => void;
  /** Told of each failed attempt (bus down, store unreadable) before the page is tried again. */
  onError?: (error: unknown, attempt: number) => void;
}

export interface RelayPage {
  /** Public events published (the page's messages). */
  published: number;
  /** The checkpoint after this page. */
  position: number;
  durationMs: number;
}

export type RelayState = 'created' | 'running' | 'stopping' | 'stopped';

export interface RelayStatus {
  state: RelayState;
  /** The durable checkpoint: every public event up to it was acknowledged by the bus. */
  position: number;
  /** Consecutive failed attempts of the current page (0 when healthy). */
  failures: number;
  lastError: unknown;
}

export interface Relay {
  /** Loads the checkpoint and starts publishing in the background. */
  start(): Promise<void>;
  /** Lets the page in flight finish (publish and checkpoint), then stops. Idempotent. */
  stop(): Promise<void>;
  /** Events in the store after the checkpoint (internal ones included: they are passed, not published). */
  lag(): Promise<number>;
  /** Resolves once the checkpoint has reached `position`; rejects if the relay stops first. */
  waitFor(position: number): Promise<void>;
  status(): RelayStatus;
}

interface Waiter {
  position: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Outbound: the event store's public events to the public topic, at least once, in position order. */
export const createRelay = (options: RelayOptions): Relay => new PublicEventRelay(options);

class PublicEventRelay implements Relay {
  #state: RelayState = 'created';
  #position = 0;
  #failures = 0;
  #lastError: unknown = undefined;
  #loop: Promise<void> = Promise.resolve();
  #wake: (() => void) | undefined;
  #waiters: Waiter[] = [];
  readonly #topic: string;
  readonly #pageSize: number;

  constructor(private readonly options: RelayOptions) {
    this.#topic = options.topic ?? PUBLIC_EVENTS_TOPIC;
    this.#pageSize = options.pageSize ?? 1_000;
  }

  async start(): Promise<void> {
    if (this.#state !== 'created') throw new RelayNotStartableError(this.#state);
    this.#state = 'running';
    this.#position = await this.options.checkpoint.load();
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    if (this.#state === 'created') this.#state = 'stopped';
    if (this.#state !== 'running') return this.#loop;
    this.#state = 'stopping';
    this.#wake?.();
    await this.#loop;
    this.#state = 'stopped';
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters)
      waiter.reject(new Error(`The relay stopped at position ${this.#position}.`));
  }

  async lag(): Promise<number> {
    return Math.max(0, (await this.options.eventStore.headPosition()) - this.#position);
  }

  waitFor(position: number): Promise<void> {
    if (this.#position >= position) return Promise.resolve();
    if (this.#state === 'stopped' || this.#state === 'stopping') {
      return Promise.reject(new Error(`The relay is ${this.#state} at position ${this.#position}.`));
    }
    return new Promise((resolve, reject) => this.#waiters.push({ position, resolve, reject }));
  }

  status(): RelayStatus {
    return {
      state: this.#state,
      position: this.#position,
      failures: this.#failures,
      lastError: this.#lastError,
    };
  }

  async #run(): Promise<void> {
    while (this.#state === 'running') {
      try {
        const read = await this.#relayPage();
        this.#failures = 0;
        if (read === 'nothing') await this.#sleep(this.options.pollIntervalMs ?? 100);
        else if (read === 'partial') await this.#sleep(this.options.lingerMs ?? 20);
      } catch (error) {
        this.#failures += 1;
        this.#lastError = error;
        this.options.onError?.(error, this.#failures);
        await this.#sleep(this.#retryDelay());
      }
    }
  }

  /** One page: read, publish in one call, checkpoint. Says whether it read nothing, less than a page or a page. */
  async #relayPage(): Promise<'nothing' | 'partial' | 'full'> {
    const started = performance.now();
    const page = await readPage(this.options.eventStore, this.#position, this.#pageSize);
    if (page === undefined) return 'nothing';
    const messages = page.events
      .map(toCloudEvent)
      .filter((event): event is PublicCloudEvent => event !== undefined)
      .map(toBusMessage);
    if (messages.length > 0) await this.options.bus.publish(this.#topic, messages);
    await this.options.checkpoint.save(page.nextPosition);
    this.#position = page.nextPosition;
    this.options.onPage?.({
      published: messages.length,
      position: page.nextPosition,
      durationMs: performance.now() - started,
    });
    this.#resolveWaiters();
    return page.events.length === this.#pageSize ? 'full' : 'partial';
  }

  #retryDelay(): number {
    const initial = this.options.retryDelayMs ?? 100;
    const max = this.options.maxRetryDelayMs ?? 5_000;
    return Math.min(max, initial * 2 ** Math.min(this.#failures - 1, 30));
  }

  /** A pause that `stop()` cuts short. */
  #sleep(ms: number): Promise<void> {
    if (this.#state !== 'running') return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wake = done;
    });
  }

  #resolveWaiters(): void {
    const reached = this.#waiters.filter((waiter) => waiter.position <= this.#position);
    this.#waiters = this.#waiters.filter((waiter) => waiter.position > this.#position);
    for (const waiter of reached) waiter.resolve();
  }
}
