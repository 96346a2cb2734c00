import { describe, expect, it } from 'vitest';
import { isEventIdConflictError, isInvalidAppendError } from '../errors';
import { eventOf, eventsOf } from '../contract/fixtures';
import type { EventToAppend, RecordedEvent } from '../port';
import { repeatedIn } from './appender';
import { prepareAppend, prepareAppendMany } from './prepare';
import { streamNames } from './streamNames';

const names = streamNames('t1-');

/** The stream as a scan finds it: events stored from revision 0, positions 100 apart. */
const streamOf = (events: EventToAppend[]): Map<string, RecordedEvent> =>
  new Map(
    events.map((event, revision) => [
      event.eventId,
      {
        ...event,
        streamId: 'item',
        revision,
        position: 100 * (revision + 1),
        recordedAt: '2026-01-01T00:00:00.000Z',
      },
    ]),
  );

const failure = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('recognising a repeated append from what the stream holds', () => {
  it('answers a repeat with the first result: last revision and position of its events', () => {
    const [a, b, c] = eventsOf(3);
    const found = streamOf([eventOf(), a!, b!, c!]);
    expect(repeatedIn(found, prepareAppend(names, 'item', [a!, b!, c!], 'no-stream'))).toEqual({
      streamId: 'item',
      nextExpectedRevision: 3,
      position: 400,
      eventIds: [a!.eventId, b!.eventId, c!.eventId],
    });
  });

  it('finds nothing when none of the ids is stored', () => {
    expect(
      repeatedIn(streamOf(eventsOf(2)), prepareAppend(names, 'item', eventsOf(2), 'any')),
    ).toBeUndefined();
  });

  it('treats an id in upper case as the same id', () => {
    const event = eventOf();
    const upper = { ...event, eventId: event.eventId.toUpperCase() };
    expect(repeatedIn(streamOf([event]), prepareAppend(names, 'item', [upper], 'any'))?.eventIds).toEqual([
      event.eventId,
    ]);
  });

  it('rejects a partial repeat, another order, or other content with EVENT_ID_CONFLICT', () => {
    const [a, b, c] = eventsOf(3);
    const found = streamOf([a!, b!]);
    for (const events of [[a!, b!, c!], [c!, b!], [b!, a!], [{ ...a!, data: { other: true } }]]) {
      const error = failure(() => repeatedIn(found, prepareAppend(names, 'item', events, 'any')));
      expect(isEventIdConflictError(error), JSON.stringify(events.map((e) => e.eventId))).toBe(true);
    }
  });
});

describe('checking an append before anything is sent to KurrentDB', () => {
  it('encodes ids in lower case, data as JSON, and names the stream in the namespace', () => {
    const event = eventOf();
    const prepared = prepareAppend(names, 'item', [{ ...event, eventId: event.eventId.toUpperCase() }], 3);
    expect(prepared).toMatchObject({ streamName: 't1-item', expected: 3, ids: [event.eventId] });
    expect(prepared.dataTexts).toEqual([JSON.stringify(event.data)]);
    expect(prepared.eventData[0]).toMatchObject({
      id: event.eventId,
      contentType: 'application/json',
      type: event.type,
    });
  });

  it('refuses bad ids and a repeated id; takes a stream that comes back in a later part of an appendMany', () => {
    const event = eventOf();
    expect(
      isInvalidAppendError(failure(() => prepareAppend(names, 's', [eventOf({ eventId: 'x' })], 'any'))),
    ).toBe(true);
    expect(isInvalidAppendError(failure(() => prepareAppend(names, 's', [event, { ...event }], 'any')))).toBe(
      true,
    );
    const twice = prepareAppendMany(names, [
      { streamId: 'm', events: eventsOf(1) },
      { streamId: 'm', events: eventsOf(1), expectedRevision: 0 },
    ]);
    expect(twice.map((part) => [part.streamName, part.expected])).toEqual([
      ['t1-m', 'any'],
      ['t1-m', 0],
    ]);
  });

  it('refuses a namespace KurrentDB reserves for its own streams', () => {
    expect(() => streamNames('$gk-')).toThrow(/reserves/);
    expect(streamNames('t1-').toId('t2-item')).toBeUndefined();
    expect(streamNames('').toId('$settings')).toBeUndefined();
    expect(streamNames('t1-').toId('t1-item')).toBe('item');
  });
});
