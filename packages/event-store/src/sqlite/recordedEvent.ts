import { uuidFromHex } from '../eventId';
import type { RecordedEvent } from '../port';
import type { LabelReader } from './labels';

/** The columns every read selects, in the order of {@link EventRow}. `e` is events, `s` is streams. */
export const EVENT_COLUMNS =
  'e.position, s.stream_id, e.revision, lower(hex(e.event_id)), e.type_key, e.schema_version, e.tenant_key, ' +
  'e.actor_key, e.correlation_id, e.causation_id, e.occurred_at, e.recorded_at, e.data';

/**
 * A row as better-sqlite3 returns it in raw mode: an array, no per-column property names. The id
 * arrives as hex text: a BLOB would cost a Buffer (a native allocation) per row.
 */
export type EventRow = [
  position: number,
  streamId: string,
  revision: number,
  eventIdHex: string,
  typeKey: number,
  schemaVersion: number,
  tenantKey: number,
  actorKey: number,
  correlationId: string,
  causationId: string | null,
  occurredAt: string,
  recordedAt: number,
  data: string,
];

export const DATA_COLUMN = 12;

/** Turns rows into RecordedEvents: one JSON.parse (the data) and a few small objects per event. */
export class EventDecoder {
  // Events appended together share their recordedAt: one Date and toISOString per distinct value.
  private lastRecordedMs = Number.NaN;
  private lastRecordedIso = '';

  constructor(private readonly labels: LabelReader) {}

  decode(row: EventRow): RecordedEvent {
    return {
      eventId: uuidFromHex(row[3]),
      type: this.labels.label(row[4]),
      schemaVersion: row[5],
      data: JSON.parse(row[12]) as unknown,
      metadata: {
        tenant: this.labels.label(row[6]),
        actor: this.labels.actor(row[7]),
        correlationId: row[8],
        causationId: row[9],
        occurredAt: row[10],
      },
      streamId: row[1],
      revision: row[2],
      position: row[0],
      recordedAt: this.recordedIso(row[11]),
    };
  }

  private recordedIso(ms: number): string {
    if (ms !== this.lastRecordedMs) {
      this.lastRecordedIso = new Date(ms).toISOString();
      this.lastRecordedMs = ms;
    }
    return this.lastRecordedIso;
  }
}
