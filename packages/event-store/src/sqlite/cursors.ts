import { rejected } from './settled';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../port';
import { compileFilter, type CompiledFilter, type EventReader } from './eventReader';
import type { EventDecoder, EventRow } from './recordedEvent';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };
const NO_ROWS: EventRow[] = [];

/**
 * An async iterator over pages fetched synchronously. `next()` hands out an already settled promise,
 * and rows are decoded one at a time, so a reader that stops early pays only for what it took.
 * Cheaper per event than an async generator, which queues every step through extra promises.
 */
abstract class PagedCursor implements AsyncIterableIterator<RecordedEvent> {
  private rows = NO_ROWS;
  private index = 0;
  private finished = false;

  constructor(private readonly decoder: EventDecoder) {}

  /** The next page: an empty one may be followed by more; undefined ends the read. */
  protected abstract fetch(): EventRow[] | undefined;

  next(): Promise<IteratorResult<RecordedEvent, undefined>> {
    try {
      while (this.index >= this.rows.length) {
        if (this.finished) return Promise.resolve(DONE);
        const rows = this.fetch();
        this.index = 0;
        if (rows === undefined) {
          this.finished = true;
          this.rows = NO_ROWS;
        } else {
          this.rows = rows;
        }
      }
      return Promise.resolve({ done: false, value: this.decoder.decode(this.rows[this.index++]!) });
    } catch (error) {
      this.finished = true;
      return rejected(error);
    }
  }

  return(): Promise<IteratorResult<RecordedEvent, undefined>> {
    this.finished = true;
    this.rows = NO_ROWS;
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

export class ReadAllCursor extends PagedCursor {
  private after: number;
  private end: number | undefined;
  private remaining: number;
  private readonly filter: CompiledFilter | undefined;

  constructor(
    private readonly reader: EventReader,
    options: ReadAllOptions,
  ) {
    super(reader.decoder);
    this.after = options.fromPosition ?? 0;
    this.end = options.toPosition;
    this.remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    this.filter = compileFilter(options.filter);
  }

  protected fetch(): EventRow[] | undefined {
    // Bounded by the head when the read starts: a reader under constant writes still finishes.
    this.end ??= this.reader.head();
    if (this.after >= this.end || this.remaining <= 0) return undefined;
    const page = this.reader.allPage(this.after, this.end, this.filter, this.remaining);
    this.after = page.next;
    this.remaining -= page.rows.length;
    return page.rows;
  }
}

export class ReadStreamCursor extends PagedCursor {
  private stream: [key: number, revision: number] | undefined;
  private started = false;
  private revision = 0;
  private remaining: number;
  private readonly forwards: boolean;

  constructor(
    private readonly reader: EventReader,
    private readonly streamId: string,
    private readonly options: ReadStreamOptions,
  ) {
    super(reader.decoder);
    this.forwards = options.direction !== 'backwards';
    this.remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  }

  protected fetch(): EventRow[] | undefined {
    if (!this.started) {
      this.started = true;
      this.stream = this.reader.stream(this.streamId);
      const current = this.stream?.[1] ?? -1;
      this.revision = this.options.fromRevision ?? (this.forwards ? 0 : current);
      if (!this.forwards) this.revision = Math.min(this.revision, current);
    }
    const stream = this.stream;
    if (stream === undefined || this.remaining <= 0) return undefined;
    // Forwards stops at the revision the stream had when the read began.
    if (this.forwards ? this.revision > stream[1] : this.revision < 0) return undefined;
    const rows = this.reader.streamPage(
      stream[0],
      this.revision,
      this.forwards ? 'forwards' : 'backwards',
      Math.min(this.remaining, this.forwards ? stream[1] - this.revision + 1 : this.revision + 1),
    );
    const last = rows[rows.length - 1];
    if (last === undefined) return undefined;
    this.revision = this.forwards ? last[2] + 1 : last[2] - 1;
    this.remaining -= rows.length;
    return rows;
  }
}
