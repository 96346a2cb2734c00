import { EVENT_TYPE, STREAM_NAME } from '@kurrent/kurrentdb-client';
import { describe, expect, it } from 'vitest';
import { eventOf, metadataOf } from '../contract/fixtures';
import type { RecordedEvent } from '../port';
import { accepts, exactTypesRegex, isSystemEventType, matchesNothing, serverFilterOf } from './filters';

const recorded = (streamId: string, type: string, tenant: string): RecordedEvent => ({
  ...eventOf({ type, metadata: metadataOf({ tenant }) }),
  streamId,
  revision: 0,
  position: 1,
  recordedAt: '2026-01-01T00:00:00.000Z',
});

describe('KurrentDB server-side filters for read-all and subscriptions', () => {
  it('filters by the namespaced stream prefixes the caller gives', () => {
    expect(serverFilterOf('t1-', { streamPrefixes: ['catalogueItem-', 'pilotUnit-230000-'] })).toMatchObject({
      filterOn: STREAM_NAME,
      prefixes: ['t1-catalogueItem-', 't1-pilotUnit-230000-'],
    });
  });

  it('keeps a namespaced store to its namespace when the caller gives no prefix', () => {
    expect(serverFilterOf('t1-', { types: ['Changed'] })).toMatchObject({
      filterOn: STREAM_NAME,
      prefixes: ['t1-'],
    });
    expect(serverFilterOf('t1-', undefined)).toMatchObject({ filterOn: STREAM_NAME, prefixes: ['t1-'] });
  });

  it('filters by exact event types when there is no namespace', () => {
    const filter = serverFilterOf('', { types: ['Changed', 'Closed'] });
    expect(filter).toMatchObject({ filterOn: EVENT_TYPE, regex: '^(?:Changed|Closed)$' });
  });

  it('escapes event types so a type is never read as a pattern', () => {
    const regex = exactTypesRegex(['a.b', 'c+(d)', '$x|y']);
    expect(regex).toBe('^(?:a\\.b|c\\+\\(d\\)|\\$x\\|y)$');
    expect(new RegExp(regex).test('a.b')).toBe(true);
    expect(new RegExp(regex).test('aXb')).toBe(false);
  });

  it('excludes system events ($ types) when nothing narrower applies', () => {
    expect(serverFilterOf('', undefined)).toMatchObject({ filterOn: EVENT_TYPE, regex: '^[^$].*' });
    expect(isSystemEventType('$metadata')).toBe(true);
    expect(isSystemEventType('CatalogueItemDrafted')).toBe(false);
  });

  it('applies every given list on the client, tenants included (AND across lists, OR within)', () => {
    const event = recorded('catalogueItem-230102-1', 'Closed', '230102');
    expect(accepts(event, undefined)).toBe(true);
    expect(
      accepts(event, {
        types: ['Closed'],
        tenants: ['230102', '230000'],
        streamPrefixes: ['catalogueItem-'],
      }),
    ).toBe(true);
    expect(accepts(event, { types: ['Closed'], tenants: ['230103'] })).toBe(false);
    expect(accepts(event, { streamPrefixes: ['pilotUnit-'] })).toBe(false);
    expect(accepts(event, { types: ['Closedx'] })).toBe(false);
  });

  it('knows that an empty list matches nothing, so nothing need be asked of the server', () => {
    expect(matchesNothing(undefined)).toBe(false);
    expect(matchesNothing({ types: ['Closed'] })).toBe(false);
    expect(matchesNothing({ types: [] })).toBe(true);
    expect(matchesNothing({ tenants: [] })).toBe(true);
    expect(matchesNothing({ streamPrefixes: [] })).toBe(true);
  });
});
