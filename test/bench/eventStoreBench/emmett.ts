import type { EventToAppend } from '@gongkai/event-store';
import { getSQLiteEventStore, readMessagesBatch, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import { batchStreamId, singleStreamId } from './events';
import { rate, type PhaseRate } from './gongkai';
import { batchEvents, singleEvents } from './workload';

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

/**
 * Emmett is two orders of magnitude slower, so each phase runs for a fixed time instead of a fixed
 * count (at least a few operations). Read-all then reads whatever the phases wrote plus a top-up to
 * `readEvents`, page by page with its `readMessagesBatch` (data parsed, as ours).
 */
export const runEmmett = async (
  fileName: string,
  options: { phaseMs: number; readEvents: number },
): Promise<EmmettFigures> => {
  const store = getSQLiteEventStore({ fileName, schema: { autoMigration: 'CreateOrUpdate' } });

  const singles = singleEvents(20_000).map(toEmmett);
  const revisions = new Map<string, number>();
  let startedAt = performance.now();
  let n = 0;
  while (n < 5 || performance.now() - startedAt < options.phaseMs) {
    const streamId = singleStreamId(n);
    const result = await store.appendToStream(streamId, [singles[n % singles.length]!], {
      expectedStreamVersion: emmettVersion(revisions.get(streamId)),
    });
    revisions.set(streamId, Number(result.nextExpectedStreamVersion) - 1);
    n++;
  }
  const single = rate(n, startedAt);

  const batches = batchEvents(1000, 100).map((batch) => batch.map(toEmmett));
  startedAt = performance.now();
  let b = 0;
  while (b < 3 || performance.now() - startedAt < options.phaseMs) {
    await store.appendToStream(batchStreamId(b), batches[b % batches.length]!, { expectedStreamVersion: 0n });
    b++;
  }
  const batch = rate(b * 100, startedAt);

  for (let written = n + b * 100; written < options.readEvents; written += 100, b++) {
    await store.appendToStream(batchStreamId(b), batches[b % batches.length]!, { expectedStreamVersion: 0n });
  }

  const connection = sqliteConnection({ fileName });
  try {
    startedAt = performance.now();
    let events = 0;
    let after = 0n;
    for (;;) {
      const page = await readMessagesBatch(connection, { after, batchSize: 512 });
      events += page.messages.length;
      if (page.messages.length === 0) break;
      after = page.currentGlobalPosition;
    }
    return { single, batch, read: rate(events, startedAt) };
  } finally {
    connection.close();
  }
};
