import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '@gongkai/event-store';
import { asOfPredicate, parseAsOf } from './asOf';

const recorded = (position: number, occurredAt: string): RecordedEvent => ({
  eventId: '00000000-0000-4000-8000-000000000000',
  type: 'PilotUnitRegistered',
  schemaVersion: 1,
  data: {},
  metadata: {
    tenant: '230102',
    actor: { id: 'test', tier: 'province', tenant: '230000' },
    correlationId: 'c',
    causationId: null,
    occurredAt,
  },
  streamId: 'pilotUnit-230102',
  revision: 0,
  position,
  recordedAt: '2026-01-01T00:00:00.000Z',
});

describe('as of', () => {
  it('includes an event up to and including the position asked', () => {
    const included = asOfPredicate({ position: 5 });
    expect([4, 5, 6].map((position) => included(recorded(position, '2018-03-01T09:00:00+08:00')))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('reads business time as a China date: 23:30 UTC on 2018-03-04 is already 2018-03-05 in Beijing', () => {
    const included = asOfPredicate({ date: '2018-03-04' });
    expect(included(recorded(1, '2018-03-04T15:59:59Z'))).toBe(true);
    expect(included(recorded(2, '2018-03-04T23:30:00Z'))).toBe(false);
    expect(included(recorded(3, '2018-03-04T23:59:00+08:00'))).toBe(true);
  });

  it('applies position and date together when both are given', () => {
    const included = asOfPredicate({ position: 2, date: '2018-03-04' });
    expect(included(recorded(2, '2018-03-05T09:00:00+08:00'))).toBe(false);
    expect(included(recorded(3, '2018-03-01T09:00:00+08:00'))).toBe(false);
    expect(included(recorded(1, '2018-03-01T09:00:00+08:00'))).toBe(true);
  });

  it('treats an empty as-of as the live view', () => {
    expect(parseAsOf(undefined)).toBeUndefined();
    expect(parseAsOf({})).toBeUndefined();
  });

  it.each([{ date: '2018-02-30' }, { date: '18-03-01' }, { position: 1.5 }, { position: -1 }])(
    'refuses %j with INVALID_AS_OF',
    (asOf) => {
      expect(() => parseAsOf(asOf)).toThrow(expect.objectContaining({ code: 'INVALID_AS_OF' }) as Error);
    },
  );
});
