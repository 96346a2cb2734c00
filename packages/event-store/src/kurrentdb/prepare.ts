import type { EventData, JSONType } from '@kurrent/kurrentdb-client';
import { assertAppendable, assertEventStorable, serializeData } from '../append';
import { InvalidAppendError } from '../errors';
import { canonicalUuid } from '../eventId';
import type { EventToAppend, ExpectedRevision, StreamAppend } from '../port';
import { encodeMetadata } from './metadata';
import type { StreamNames } from './streamNames';

/** One stream's append, checked and encoded for the client before anything is sent. */
export interface PreparedAppend {
  streamId: string;
  streamName: string;
  expected: ExpectedRevision;
  events: readonly EventToAppend[];
  /** Canonical (lowercase) ids, in order. */
  ids: string[];
  /** Each event's data as JSON text, to compare with what a repeat finds stored. */
  dataTexts: string[];
  eventData: EventData[];
}

const toEventData = (event: EventToAppend, id: string): EventData => ({
  id,
  contentType: 'application/json',
  type: event.type,
  // The client JSON.stringify's `data` (checked serializable above); its JSONType is narrower than
  // the JSON values the port accepts (numbers, booleans and null are JSON too).
  data: event.data as JSONType,
  metadata: encodeMetadata(event),
});

export const prepareAppend = (
  names: StreamNames,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): PreparedAppend => {
  assertAppendable(streamId, events, expected);
  const ids: string[] = [];
  const dataTexts: string[] = [];
  const eventData: EventData[] = [];
  events.forEach((event, index) => {
    assertEventStorable(streamId, event, index);
    const id = canonicalUuid(event.eventId);
    if (id === undefined)
      throw new InvalidAppendError(streamId, `eventId ${JSON.stringify(event.eventId)} is not a UUID`, index);
    dataTexts.push(serializeData(streamId, event.data, index));
    ids.push(id);
    eventData.push(toEventData(event, id));
  });
  if (new Set(ids).size !== ids.length)
    throw new InvalidAppendError(streamId, 'the batch repeats an event id');
  return { streamId, streamName: names.toName(streamId), expected, events, ids, dataTexts, eventData };
};

/** Every part of an appendMany call, checked before the first is sent. */
export const prepareAppendMany = (names: StreamNames, appends: readonly StreamAppend[]): PreparedAppend[] =>
  appends.map((part) => prepareAppend(names, part.streamId, part.events, part.expectedRevision ?? 'any'));
