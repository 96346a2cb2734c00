import { openSqliteEventStore, type EventStore } from '@gongkai/event-store';
import { Stopwatch, type PhaseRate } from './clock';
import { batchStreamId, benchEvents, singleStreamId } from './events';

/** Events are built in chunks with the clock stopped: the figures measure the store, not the fixture. */
const CHUNK_EVENTS = 10_000;

/** One event per append, each its own committed transaction, with the stream's exact revision. */
export const singleAppends = async (store: EventStore, count: number): Promise<PhaseRate> => {
  const revisions = new Map<string, number>();
  const clock = new Stopwatch();
  for (let from = 0; from < count; from += CHUNK_EVENTS) {
    const events = benchEvents(Math.min(CHUNK_EVENTS, count - from), from);
    const streams = events.map((_, i) => singleStreamId(from + i));
    clock.start();
    for (let i = 0; i < events.length; i++) {
      const streamId = streams[i]!;
      const result = await store.append(streamId, [events[i]!], {
        expectedRevision: revisions.get(streamId) ?? 'no-stream',
      });
      revisions.set(streamId, result.nextExpectedRevision);
    }
    clock.stop();
  }
  return clock.rate(count);
};

/** Appends of `size` events, each to a new stream (an import). */
export const batchAppends = async (store: EventStore, batches: number, size: number): Promise<PhaseRate> => {
  const clock = new Stopwatch();
  const perChunk = Math.max(1, Math.floor(CHUNK_EVENTS / size));
  for (let from = 0; from < batches; from += perChunk) {
    const chunk = Array.from({ length: Math.min(perChunk, batches - from) }, (_, b) => ({
      streamId: batchStreamId(from + b),
      events: benchEvents(size, (from + b) * size),
    }));
    clock.start();
    for (const { streamId, events } of chunk)
      await store.append(streamId, events, { expectedRevision: 'no-stream' });
    clock.stop();
  }
  return clock.rate(batches * size);
};

/** Every event through the port's readAll; the port parses each event's data. */
export const readAll = async (store: EventStore): Promise<PhaseRate> => {
  const clock = new Stopwatch().start();
  let events = 0;
  let check = 0;
  for await (const event of store.readAll()) {
    events++;
    check += event.position + (event.data === null ? 0 : 1);
  }
  if (check === 0 && events > 0) throw new Error('read nothing');
  return clock.rate(events);
};

export interface GongkaiFigures {
  single: PhaseRate;
  batch: PhaseRate;
  read: PhaseRate;
}

export const runGongkai = async (
  fileName: string,
  sizes: { single: number; batches: number },
): Promise<GongkaiFigures> => {
  const store = openSqliteEventStore({ fileName });
  try {
    const single = await singleAppends(store, sizes.single);
    const batch = await batchAppends(store, sizes.batches, 100);
    const read = await readAll(store);
    return { single, batch, read };
  } finally {
    await store.close();
  }
};
