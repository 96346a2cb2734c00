import type { EventStore, RecordedEvent } from '@gongkai/event-store';
import { publicEventRules } from '../cloudEvents';

/** Read from the store only the types that go out: the store filters, the relay never parses the rest. */
const PUBLIC_TYPES: readonly string[] = Object.keys(publicEventRules);

export interface Page {
  events: RecordedEvent[];
  /** Where the checkpoint goes once the page is published: past every event this page accounts for. */
  nextPosition: number;
}

/**
 * The public events after `from`, at most `size`. The head is read first: every position up to
 * it is committed (positions are assigned in commit order), so a page shorter than `size` accounts
 * for everything up to the head, and the checkpoint can skip the internal events in between.
 */
export const readPage = async (store: EventStore, from: number, size: number): Promise<Page | undefined> => {
  const head = await store.headPosition();
  if (head <= from) return undefined;
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll({
    fromPosition: from,
    toPosition: head,
    filter: { types: PUBLIC_TYPES },
    maxCount: size,
  })) {
    events.push(event);
  }
  const nextPosition = events.length === size ? events[events.length - 1]!.position : head;
  return { events, nextPosition };
};
