import { InvalidAppendError } from '../errors';
import type { EventMetadata, EventToAppend, ExpectedRevision } from '../port';

// Checks every adapter makes before touching its backend. They run on each append, so they are plain
// comparisons: no schema library, no allocation.

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const isTier = (value: unknown): boolean =>
  value === 'county' || value === 'prefecture' || value === 'province' || value === 'national';

export const assertAppendable = (
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): void => {
  if (!isText(streamId))
    throw new InvalidAppendError(String(streamId), 'the stream id must be a non-empty string');
  if (!Array.isArray(events) || events.length === 0)
    throw new InvalidAppendError(streamId, 'append at least one event (the batch is empty)');
  if (typeof expected === 'number') {
    if (!Number.isSafeInteger(expected) || expected < 0)
      throw new InvalidAppendError(streamId, `expected revision ${expected} is not a non-negative integer`);
  } else if (expected !== 'any' && expected !== 'no-stream' && expected !== 'stream-exists') {
    throw new InvalidAppendError(
      streamId,
      `expected revision ${JSON.stringify(expected)} is not 'any', 'no-stream', 'stream-exists' or a revision`,
    );
  }
};

const metadataDefect = (metadata: EventMetadata): string | undefined => {
  if (typeof metadata !== 'object' || metadata === null) return 'metadata is missing';
  if (!isText(metadata.tenant)) return 'metadata.tenant must be a non-empty string';
  if (!isText(metadata.correlationId)) return 'metadata.correlationId must be a non-empty string';
  if (metadata.causationId !== null && !isText(metadata.causationId))
    return 'metadata.causationId must be a non-empty string or null';
  if (!isText(metadata.occurredAt)) return 'metadata.occurredAt must be an ISO 8601 string';
  const actor = metadata.actor;
  if (typeof actor !== 'object' || actor === null) return 'metadata.actor is missing';
  if (!isText(actor.id) || !isText(actor.tenant)) return 'metadata.actor needs an id and a tenant';
  if (!isTier(actor.tier)) return 'metadata.actor.tier must be county, prefecture, province or national';
  return undefined;
};

/** Why `event` cannot be stored, or undefined when it can. The event id is checked by the adapter. */
const eventDefect = (event: EventToAppend): string | undefined => {
  if (typeof event !== 'object' || event === null) return 'the event is not an object';
  if (!isText(event.type)) return 'type must be a non-empty string';
  if (!Number.isSafeInteger(event.schemaVersion) || event.schemaVersion < 1)
    return 'schemaVersion must be a positive integer';
  return metadataDefect(event.metadata);
};

export const assertEventStorable = (streamId: string, event: EventToAppend, index: number): void => {
  const defect = eventDefect(event);
  if (defect !== undefined) throw new InvalidAppendError(streamId, defect, index);
};

/** The event's data as JSON text, computed once per event and stored as is. */
export const serializeData = (streamId: string, data: unknown, index: number): string => {
  let text: string | undefined;
  try {
    // JSON.stringify returns undefined for undefined, functions and symbols, whatever its typing says.
    text = JSON.stringify(data);
  } catch (error) {
    throw new InvalidAppendError(
      streamId,
      `data is not serializable to JSON (${(error as Error).message})`,
      index,
    );
  }
  if (text === undefined) throw new InvalidAppendError(streamId, 'data must be a JSON value', index);
  return text;
};
