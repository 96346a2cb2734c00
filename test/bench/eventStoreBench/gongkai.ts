import { openSqliteEventStore, type EventStore } from '@gongkai/event-store';
import { batchEvents, singleEvents } from './workload';
import { batchStreamId, singleStreamId } from './events';

export interface PhaseRate {
  events: number;
  seconds: number;
  perSecond: number;
}

export const rate = (events: number, startedAt: number): PhaseRate => {
  const seconds = (performance.now() - startedAt) / 1000;
  return { events, seconds, perSecond: events / seconds };
};

/** One event per append, each its own committed transaction, with the stream's exact revision. */
export const singleAppends = async (store: EventStore, count: number): Promise<PhaseRate> => {
  const events = singleEvents(count);
  const revisions = new Map<string, number>();
  const startedAt = performance.now();
  for (let n = 0; n < count; n++) {
    const streamId = singleStreamId(n);
    const result = await store.append(streamId, [events[n]!], {
      expectedRevision: revisions.get(streamId) ?? 'no-stream',
    });
    revisions.set(streamId, result.nextExpectedRevision);
  }
  return rate(count, startedAt);
};

/** Batches of 100 events, each batch a new stream (an import). */
export const batchAppends = async (store: EventStore, batches: number, size: number): Promise<PhaseRate> => {
  const events = batchEvents(batches, size);
  const startedAt = performance.now();
  for (let b = 0; b < batches; b++) {
    await store.append(batchStreamId(b), events[b]!, { expectedRevision: 'no-stream' });
  }
  return rate(batches * size, startedAt);
};

/** Every event through the port's readAll; the port parses each event's data. */
export const readAll = async (store: EventStore): Promise<PhaseRate> => {
  const startedAt = performance.now();
  let events = 0;
  let check = 0;
  for await (const event of store.readAll()) {
    events++;
    check += event.position + (event.data === null ? 0 : 1);
  }
  if (check === 0 && events > 0) throw new Error('read nothing');
  return rate(events, startedAt);
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
