/** The ids a subscriber has handled. In memory by default; keep it beside the subscriber's own state. */
export interface SeenIds {
  has(id: string): boolean;
  add(id: string): void;
}

export interface Deduplicator {
  /** The events of a batch not seen before (first occurrence within the batch), now marked seen. */
  <T extends { id: string }>(events: readonly T[]): T[];
  /** How many distinct ids have been seen (an in-memory set grows by one per event). */
  readonly size: number;
}

/**
 * At-least-once delivery to exactly-once handling: the relay may publish an event again after a
 * crash or a failed publish, always with the same CloudEvent id (the event id), so a subscriber
 * that drops ids it has seen handles each event once. For exactly once across the subscriber's
 * own restarts, hand in `seen` backed by its store and commit it with the effect of the batch.
 */
export const dedupeById = (seen: SeenIds = new Set<string>()): Deduplicator => {
  let size = 0;
  const dedupe = <T extends { id: string }>(events: readonly T[]): T[] => {
    const fresh: T[] = [];
    for (const event of events) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      size += 1;
      fresh.push(event);
    }
    return fresh;
  };
  return Object.defineProperty(dedupe, 'size', { get: () => size }) as Deduplicator;
};
