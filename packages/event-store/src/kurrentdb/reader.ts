import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  type AllStreamRecordedEvent,
  type KurrentDBClient,
  type Position,
} from '@kurrent/kurrentdb-client';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../port';
import { isStreamNotFound, toPortError } from './errors';
import { accepts, isSystemEventType, matchesNothing, serverFilterOf } from './filters';
import { decodeEvent, type ServerEvent } from './metadata';
import { isAfter, positionOf, readPositionAfter } from './positions';
import type { StreamNames } from './streamNames';

/** An event as a stream read returns it: its position is optional in the client's types. */
type StreamServerEvent = ServerEvent & { position?: Position };

const positionFrom = (event: StreamServerEvent): number => {
  if (event.position === undefined)
    throw new Error(
      `KurrentDB returned event ${event.revision} of ${JSON.stringify(event.streamId)} without its position: ` +
        'the adapter needs a server that reports positions on stream reads (22.6 or later).',
    );
  return positionOf(event.position);
};

/** The port's event for an event read from the stream `streamId`. */
export const decodeStreamEvent = (event: StreamServerEvent, streamId: string): RecordedEvent =>
  decodeEvent(event, streamId, positionFrom(event));

/**
 * Positions from $all must rise strictly: the adapter's exclusive "from" relies on each event having a
 * position of its own. A server that gave two events one commit position would break that, so it is
 * checked on every read rather than assumed.
 */
export const assertRising = (previous: number, position: number): void => {
  if (position <= previous)
    throw new Error(
      `KurrentDB returned position ${position} after ${previous}: positions in $all must rise strictly ` +
        'for this adapter (one commit position per event).',
    );
};

export class KurrentReader {
  constructor(
    private readonly client: KurrentDBClient,
    private readonly names: StreamNames,
  ) {}

  /** The port's event for an event of $all, or undefined when it is a system event or another store's. */
  fromAll(event: AllStreamRecordedEvent, position: number): RecordedEvent | undefined {
    const streamId = this.names.toId(event.streamId);
    if (streamId === undefined || isSystemEventType(event.type)) return undefined;
    return decodeEvent(event, streamId, position);
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncGenerator<RecordedEvent> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (maxCount <= 0) return;
    const forwards = options.direction !== 'backwards';
    const from = options.fromRevision;
    const events = this.client.readStream(this.names.toName(streamId), {
      direction: forwards ? FORWARDS : BACKWARDS,
      fromRevision: from === undefined ? (forwards ? START : END) : BigInt(from),
      maxCount,
    });
    let count = 0;
    try {
      for await (const resolved of events) {
        const event = resolved.event as StreamServerEvent | undefined;
        // Backwards from past the end starts at the end; the guard only matters if a server did not.
        if (event === undefined || (!forwards && from !== undefined && event.revision > BigInt(from)))
          continue;
        yield decodeStreamEvent(event, streamId);
        if (++count >= maxCount) return;
      }
    } catch (error) {
      if (isStreamNotFound(error)) return;
      throw toPortError(error, { operation: 'readStream', streamId });
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const { filter, toPosition } = options;
    const from = options.fromPosition ?? 0;
    const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (maxCount <= 0 || matchesNothing(filter)) return;
    const events = this.client.readAll({
      direction: FORWARDS,
      fromPosition: readPositionAfter(from),
      filter: serverFilterOf(this.names.namespace, filter),
    });
    let count = 0;
    let previous = -1;
    try {
      for await (const resolved of events) {
        if (resolved.event === undefined) continue;
        const position = positionOf(resolved.event.position);
        assertRising(previous, position);
        previous = position;
        if (!isAfter(position, from)) continue;
        if (toPosition !== undefined && position > toPosition) return;
        const event = this.fromAll(resolved.event, position);
        if (event === undefined || !accepts(event, filter)) continue;
        yield event;
        if (++count >= maxCount) return;
      }
    } catch (error) {
      throw toPortError(error, { operation: 'readAll' });
    }
  }

  /** The position of this store's last event in $all, or 0 when it has none. */
  async headPosition(): Promise<number> {
    const events = this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      filter: serverFilterOf(this.names.namespace, undefined),
    });
    try {
      for await (const resolved of events) {
        const event = resolved.event;
        if (
          event === undefined ||
          this.names.toId(event.streamId) === undefined ||
          isSystemEventType(event.type)
        )
          continue;
        return positionOf(event.position);
      }
    } catch (error) {
      throw toPortError(error, { operation: 'headPosition' });
    }
    return 0;
  }
}
