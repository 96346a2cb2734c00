import { uuidFromBytes } from '../eventId';
import type { RecordedEvent, Tier } from '../port';

/** The columns every read selects, in the order of {@link EventRow}. `e` is events, `s` is streams. */
export const EVENT_COLUMNS =
  'e.position, s.stream_id, e.revision, e.event_id, e.type, e.schema_version, e.tenant, e.actor_id, ' +
  'e.actor_tier, e.actor_tenant, e.correlation_id, e.causation_id, e.occurred_at, e.recorded_at, e.data';

/** A row as better-sqlite3 returns it in raw mode: an array, no per-column property names. */
export type EventRow = [
  position: number,
  streamId: string,
  revision: number,
  eventId: Uint8Array,
  type: string,
  schemaVersion: number,
  tenant: string,
  actorId: string,
  actorTier: Tier,
  actorTenant: string,
  correlationId: string,
  causationId: string | null,
  occurredAt: string,
  recordedAt: number,
  data: string,
];

export const DATA_COLUMN = 14;

// Events appended together share their recordedAt: converting once per distinct value saves a Date
// and a toISOString per event on read-all.
let lastRecordedMs = Number.NaN;
let lastRecordedIso = '';
const recordedIso = (ms: number): string => {
  if (ms !== lastRecordedMs) {
    lastRecordedIso = new Date(ms).toISOString();
    lastRecordedMs = ms;
  }
  return lastRecordedIso;
};

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  eventId: uuidFromBytes(row[3]),
  type: row[4],
  schemaVersion: row[5],
  data: JSON.parse(row[14]) as unknown,
  metadata: {
    tenant: row[6],
    actor: { id: row[7], tier: row[8], tenant: row[9] },
    correlationId: row[10],
    causationId: row[11],
    occurredAt: row[12],
  },
  streamId: row[1],
  revision: row[2],
  position: row[0],
  recordedAt: recordedIso(row[13]),
});
