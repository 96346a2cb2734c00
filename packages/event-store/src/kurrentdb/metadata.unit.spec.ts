import { describe, expect, it } from 'vitest';
import { appended, eventOf, metadataOf } from '../contract/fixtures';
import {
  decodeEvent,
  decodeMetadata,
  differenceFrom,
  encodeMetadata,
  ForeignEventError,
  type ServerEvent,
} from './metadata';

const created = new Date('2026-11-02T08:15:30.123Z');

/** What the client hands back for an event the adapter wrote (metadata JSON-parsed by the client). */
const stored = (event = eventOf()): ServerEvent => ({
  streamId: 'ns-catalogueItem-230102-1',
  id: event.eventId,
  revision: 4n,
  type: event.type,
  created,
  data: JSON.parse(JSON.stringify(event.data)) as unknown,
  metadata: JSON.parse(JSON.stringify(encodeMetadata(event))) as unknown,
  isJson: true,
});

describe('event metadata in KurrentDB', () => {
  it("stores the port's metadata with the schema version and KurrentDB's correlation keys", () => {
    const event = eventOf({ schemaVersion: 3, metadata: metadataOf({ causationId: 'message-42' }) });
    expect(encodeMetadata(event)).toEqual({
      schemaVersion: 3,
      ...event.metadata,
      $correlationId: event.metadata.correlationId,
      $causationId: 'message-42',
    });
    expect(encodeMetadata(eventOf())).not.toHaveProperty('$causationId');
  });

  it('round-trips an event, recordedAt being the server commit stamp', () => {
    const event = eventOf({ schemaVersion: 2, data: { 名称: '政务公开 👍🏽', list: [1, null, true] } });
    const recorded = decodeEvent(stored(event), 'catalogueItem-230102-1', 8_192);
    expect(appended(recorded)).toEqual(event);
    expect(recorded).toMatchObject({
      streamId: 'catalogueItem-230102-1',
      revision: 4,
      position: 8_192,
      recordedAt: '2026-11-02T08:15:30.123Z',
    });
  });

  it('reads ids in canonical lower case', () => {
    const event = eventOf();
    const recorded = decodeEvent({ ...stored(event), id: event.eventId.toUpperCase() }, 's', 1);
    expect(recorded.eventId).toBe(event.eventId);
  });

  it('refuses an event it did not write rather than invent metadata for it', () => {
    expect(decodeMetadata(undefined)).toBeUndefined();
    expect(decodeMetadata({ tenant: '230102' })).toBeUndefined();
    const { schemaVersion: _dropped, ...withoutVersion } = encodeMetadata(eventOf());
    expect(decodeMetadata(withoutVersion)).toBeUndefined();
    expect(
      decodeMetadata({ ...encodeMetadata(eventOf()), actor: { id: 'a', tier: 'galaxy', tenant: '1' } }),
    ).toBeUndefined();
    expect(() => decodeEvent({ ...stored(), metadata: new Uint8Array([1]) }, 's', 1)).toThrow(
      ForeignEventError,
    );
    expect(() => decodeEvent({ ...stored(), isJson: false }, 's', 1)).toThrow(/not written by the Gongkai/);
  });

  it('tells a repeat of the same event from the same id with other content', () => {
    const event = eventOf();
    const recorded = decodeEvent(stored(event), 's', 1);
    const text = (data: unknown) => JSON.stringify(data);
    expect(differenceFrom(recorded, event, text(event.data))).toBeUndefined();
    expect(differenceFrom(recorded, { ...event, data: { other: 1 } }, text({ other: 1 }))).toBe(
      'with other data',
    );
    expect(differenceFrom(recorded, { ...event, type: 'StandardRevised' }, text(event.data))).toMatch(/type/);
    expect(differenceFrom(recorded, { ...event, schemaVersion: 2 }, text(event.data))).toMatch(
      /schema version/,
    );
    const otherTenant = { ...event, metadata: { ...event.metadata, tenant: '230103' } };
    expect(differenceFrom(recorded, otherTenant, text(event.data))).toBe('with other metadata');
  });
});
