import { createHash } from 'node:crypto';
import type { EventStore } from '@gongkai/event-store';

/**
 * A sha256 over every event of the store in position order: for each event, the JSON array
 * `[eventId, streamId, revision, type, schemaVersion, data, metadata]` and a newline. `recordedAt`
 * (store time) and `position` (where the event landed globally) are left out; the order still
 * counts. Two stores with the same hash hold the same events, byte for byte, in the same order.
 */
export const eventStoreHash = async (store: EventStore): Promise<{ sha256: string; events: number }> => {
  const hash = createHash('sha256');
  let events = 0;
  for await (const event of store.readAll()) {
    const { eventId, streamId, revision, type, schemaVersion, data, metadata } = event;
    hash.update(JSON.stringify([eventId, streamId, revision, type, schemaVersion, data, metadata]));
    hash.update('\n');
    events++;
  }
  return { sha256: hash.digest('hex'), events };
};
