import type { EventToAppend } from '@gongkai/event-store';
import { getSQLiteEventStore, readMessagesBatch, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import { Stopwatch, type PhaseRate } from './clock';
import { batchStreamId, benchEvents, singleStreamId } from './events';

// Emmett 0.38.5's SQLite event store (sqlite3 driver, a connection opened and closed per call),
// driven with the same events: our metadata travels as Emmett metadata, our event id as its messageId.

type EmmettEvent = {
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
};

const toEmmett = (event: EventToAppend): EmmettEvent => ({
  type: event.type,
  data: event.data as Record<string, unknown>,
  metadata: { ...event.metadata, messageId: event.eventId, schemaVersion: event.schemaVersion },
});

/** Emmett's stream version counts events (1 after the first); 0n makes it create the stream. */
const emmettVersion = (revision: number | undefined): bigint =>
  revision === undefined ? 0n : BigInt(revision + 1);

export interface EmmettFigures {
  single: PhaseRate;
  batch: PhaseRate;
  read: PhaseRate;
}

type EmmettStore = ReturnType<typeof getSQLiteEventStore>;

/**
 * Emmett 0.38.5 now and then fails a commit with "SQLITE_BUSY: cannot commit transaction - SQL
 * statements in progress" (a statement of its own left open) and rolls back: try that append again.
 */
const appendToEmmett = async (
  store: EmmettStore,
  streamId: string,
  events: EmmettEvent[],
  expectedStreamVersion: bigint,
): Promise<bigint> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await store.appendToStream(streamId, events, { expectedStreamVersion }))
        .nextExpectedStreamVersion;
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    }
  }
};

/** Emmett is two orders of magnitude slower: each append phase runs for a time, not a count. */
const singleAppends = async (store: EmmettStore, phaseMs: number): Promise<PhaseRate> => {
  const revisions = new Map<string, number>();
  const clock = new Stopwatch();
  let n = 0;
  while (n < 5 || clock.elapsedMs() < phaseMs) {
    const events = benchEvents(500, n).map(toEmmett);
    clock.start();
    for (let i = 0; i < events.length && (n < 5 || clock.elapsedMs() < phaseMs); i++, n++) {
      const streamId = singleStreamId(n);
      const version = await appendToEmmett(
        store,
        streamId,
        [events[i]!],
        emmettVersion(revisions.get(streamId)),
      );
      revisions.set(streamId, Number(version) - 1);
    }
    clock.stop();
  }
  return clock.rate(n);
};

/** Appends of 100 for `phaseMs` (timed), then untimed ones until `minEvents` are stored for read-all. */
const batchAppends = async (
  store: EmmettStore,
  options: { phaseMs: number; minEvents: number },
): Promise<PhaseRate> => {
  const clock = new Stopwatch();
  let timedBatches = 0;
  for (let b = 0; b < 3 || clock.elapsedMs() < options.phaseMs || b * 100 < options.minEvents; b++) {
    const batch = benchEvents(100, b * 100).map(toEmmett);
    const timed = b < 3 || clock.elapsedMs() < options.phaseMs;
    if (timed) clock.start();
    await appendToEmmett(store, batchStreamId(b), batch, 0n);
    if (timed) {
      clock.stop();
      timedBatches++;
    }
  }
  return clock.rate(timedBatches * 100);
};

/** All events, page by page, with Emmett's own `readMessagesBatch` (it parses data and metadata). */
const readAll = async (fileName: string): Promise<PhaseRate> => {
  const connection = sqliteConnection({ fileName });
  try {
    const clock = new Stopwatch().start();
    let events = 0;
    let after = 0n;
    for (;;) {
      const page = await readMessagesBatch(connection, { after, batchSize: 512 });
      if (page.messages.length === 0) break;
      events += page.messages.length;
      after = page.currentGlobalPosition;
    }
    return clock.rate(events);
  } finally {
    connection.close();
  }
};

export const runEmmett = async (
  fileName: string,
  options: { phaseMs: number; readEvents: number },
): Promise<EmmettFigures> => {
  const store = getSQLiteEventStore({ fileName, schema: { autoMigration: 'CreateOrUpdate' } });
  const single = await singleAppends(store, options.phaseMs);
  const batch = await batchAppends(store, { phaseMs: options.phaseMs, minEvents: options.readEvents });
  const read = await readAll(fileName);
  return { single, batch, read };
};
