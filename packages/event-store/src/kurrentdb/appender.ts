import {
  FORWARDS,
  NO_STREAM,
  START,
  type KurrentDBClient,
  type StreamState,
} from '@kurrent/kurrentdb-client';
import { EventIdConflictError, StreamRevisionConflictError } from '../errors';
import type { AppendResult, RecordedEvent } from '../port';
import { actualRevisionOf, isStreamNotFound, isWrongExpectedVersion, toPortError } from './errors';
import { differenceFrom } from './metadata';
import type { PreparedAppend } from './prepare';
import { decodeStreamEvent, type KurrentReader } from './reader';

/** What a read of a stream found about one append: its last revision and the append's ids in it. */
interface StreamScan {
  last: number | undefined;
  found: Map<string, RecordedEvent>;
}

/** Appends with 'any' or 'stream-exists' retry at most this often when other writers keep winning. */
const MAX_OBSERVED_ATTEMPTS = 10;

const resultOf = (append: PreparedAppend, last: RecordedEvent): AppendResult => ({
  streamId: append.streamId,
  nextExpectedRevision: last.revision,
  position: last.position,
  eventIds: append.ids,
});

/**
 * The first append's result when `append` repeats it (its events stored, identical, in order, at
 * consecutive revisions), undefined when none of its ids is in the stream, EVENT_ID_CONFLICT otherwise.
 */
export const repeatedIn = (
  found: ReadonlyMap<string, RecordedEvent>,
  append: PreparedAppend,
): AppendResult | undefined => {
  const stored = append.ids.map((id) => found.get(id));
  const firstFound = stored.findIndex((event) => event !== undefined);
  if (firstFound === -1) return undefined;
  const first = stored[0];
  for (let i = 0; i < stored.length; i++) {
    const event = stored[i];
    const id = append.ids[i]!;
    if (event === undefined || first === undefined)
      throw new EventIdConflictError(
        append.streamId,
        append.ids[firstFound]!,
        'by an append of other events',
      );
    if (event.revision !== first.revision + i)
      throw new EventIdConflictError(append.streamId, id, 'in another order or among other events');
    const difference = differenceFrom(event, append.events[i]!, append.dataTexts[i]!);
    if (difference !== undefined) throw new EventIdConflictError(append.streamId, id, difference);
  }
  return resultOf(append, stored.at(-1)!);
};

/**
 * The port's append on KurrentDB. The server is always asked for an exact stream state, never `any`:
 * its own idempotency is exact only then (it compares the ids at the expected revision; with `any`
 * it consults a cache of recent writes), and it compares ids, never content. So the adapter makes the
 * port's guarantee itself: a conflict, or an `any`/`stream-exists` append, reads the stream to find
 * the append's ids; a success reads back the appended events, which both yields their positions and
 * catches a server-side repeat of an id with other content.
 */
export class KurrentAppender {
  constructor(
    private readonly client: KurrentDBClient,
    private readonly reader: KurrentReader,
  ) {}

  append(append: PreparedAppend): Promise<AppendResult> {
    const { expected } = append;
    if (expected === 'any' || expected === 'stream-exists') return this.appendAtObservedRevision(append);
    return this.appendExact(append, expected === 'no-stream' ? NO_STREAM : BigInt(expected));
  }

  private async appendExact(append: PreparedAppend, state: StreamState): Promise<AppendResult> {
    let next: bigint;
    try {
      next = await this.send(append, state);
    } catch (error) {
      if (!isWrongExpectedVersion(error)) throw error;
      const scan = await this.scan(append);
      const repeated = repeatedIn(scan.found, append);
      if (repeated !== undefined) return repeated;
      const actual = actualRevisionOf(error) ?? scan.last ?? 'no-stream';
      throw new StreamRevisionConflictError(append.streamId, append.expected, actual);
    }
    return this.confirm(append, next);
  }

  private async appendAtObservedRevision(append: PreparedAppend): Promise<AppendResult> {
    let scan = await this.scan(append);
    for (let attempt = 0; attempt < MAX_OBSERVED_ATTEMPTS; attempt++) {
      const repeated = repeatedIn(scan.found, append);
      if (repeated !== undefined) return repeated;
      if (append.expected === 'stream-exists' && scan.last === undefined)
        throw new StreamRevisionConflictError(append.streamId, 'stream-exists', 'no-stream');
      try {
        const next = await this.send(append, scan.last === undefined ? NO_STREAM : BigInt(scan.last));
        return await this.confirm(append, next);
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw error;
        scan = await this.scan(append, scan);
      }
    }
    throw new StreamRevisionConflictError(append.streamId, append.expected, scan.last ?? 'no-stream');
  }

  /** Sends the events; resolves with the stream's revision after them; rejects with the client error. */
  private async send(append: PreparedAppend, state: StreamState): Promise<bigint> {
    try {
      const result = await this.client.appendToStream(append.streamName, append.eventData, {
        streamState: state,
      });
      return result.nextExpectedRevision;
    } catch (error) {
      if (isWrongExpectedVersion(error)) throw error;
      throw toPortError(error, { operation: 'append', streamId: append.streamId, expected: append.expected });
    }
  }

  /** Reads back the events the server acknowledged, ending at revision `next`. */
  private async confirm(append: PreparedAppend, next: bigint): Promise<AppendResult> {
    const count = append.ids.length;
    const fromRevision = Number(next) - count + 1;
    const stored = new Map<string, RecordedEvent>();
    if (fromRevision >= 0) {
      for await (const event of this.reader.readStream(append.streamId, { fromRevision, maxCount: count }))
        stored.set(event.eventId, event);
    }
    const confirmed = stored.size === count ? repeatedIn(stored, append) : undefined;
    if (confirmed !== undefined) return confirmed;
    // The acknowledged revision does not end this append's events (a server answering a repeat with
    // another revision): look for them in the whole stream.
    const repeated = repeatedIn((await this.scan(append)).found, append);
    if (repeated !== undefined) return repeated;
    throw new Error(
      `KurrentDB acknowledged an append to ${JSON.stringify(append.streamId)} at revision ${next}, ` +
        'but its events are not in the stream: check the server, then retry (appends are idempotent).',
    );
  }

  /** Reads the stream (from after `previous.last`, when given) for its last revision and the append's ids. */
  private async scan(append: PreparedAppend, previous?: StreamScan): Promise<StreamScan> {
    const scan: StreamScan = previous ?? { last: undefined, found: new Map() };
    const wanted = new Set(append.ids);
    const events = this.client.readStream(append.streamName, {
      direction: FORWARDS,
      fromRevision: scan.last === undefined ? START : BigInt(scan.last + 1),
    });
    try {
      for await (const resolved of events) {
        const event = resolved.event;
        if (event === undefined) continue;
        scan.last = Number(event.revision);
        const id = event.id.toLowerCase();
        if (!wanted.has(id)) continue;
        scan.found.set(id, decodeStreamEvent(event, append.streamId));
      }
    } catch (error) {
      if (!isStreamNotFound(error))
        throw toPortError(error, { operation: 'append', streamId: append.streamId });
    }
    return scan;
  }
}
