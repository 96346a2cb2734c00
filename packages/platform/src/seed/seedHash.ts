import { createHash } from 'node:crypto';
import type { EventStore } from '@gongkai/event-store';

/** JSON with every object's keys sorted: the same value gives the same text, whatever the key order. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

/**
 * A sha256 over every event of the store in position order: for each event, the canonical JSON
 * (object keys sorted) of `[eventId, streamId, revision, type, schemaVersion, data, metadata]` and a
 * newline. `recordedAt` (store time) and `position` (where the event landed globally) are left out;
 * the order still counts. Key order inside `data` is left out on purpose: it is not part of the
 * event's meaning (the write core no longer re-parses the events the deciders build, which used to
 * rewrite their keys in schema order). Two stores with the same hash hold the same events, value for
 * value, in the same order.
 */
export const eventStoreHash = async (store: EventStore): Promise<{ sha256: string; events: number }> => {
  const hash = createHash('sha256');
  let events = 0;
  for await (const event of store.readAll()) {
    const { eventId, streamId, revision, type, schemaVersion, data, metadata } = event;
    hash.update(canonicalJson([eventId, streamId, revision, type, schemaVersion, data, metadata]));
    hash.update('\n');
    events++;
  }
  return { sha256: hash.digest('hex'), events };
};
