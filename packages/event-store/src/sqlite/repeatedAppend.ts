import type Database from 'better-sqlite3';
import { EventIdConflictError } from '../errors';
import type { AppendResult, EventToAppend } from '../port';

/** What the appender computed once per event before its transaction. */
export interface EncodedBatch {
  /** Canonical (lowercase) ids. */
  ids: string[];
  /** The 16 bytes of each id. */
  idViews: Buffer[];
  /** JSON text of each event's data. */
  data: string[];
}

type StoredRow = [
  streamKey: number,
  revision: number,
  eventId: Uint8Array,
  type: string,
  schemaVersion: number,
  tenant: string,
  actorId: string,
  actorTier: string,
  actorTenant: string,
  correlationId: string,
  causationId: string | null,
  occurredAt: string,
  data: string,
];

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

/** Why the stored row is not the event being appended again, or undefined when it is the same. */
const difference = (row: StoredRow, event: EventToAppend, id: Buffer, data: string): string | undefined => {
  if (!sameBytes(row[2], id)) return 'by an append with other events after it';
  const metadata = event.metadata;
  if (row[3] !== event.type || row[4] !== event.schemaVersion) return 'with another type or schema version';
  if (row[12] !== data) return 'with other data';
  const actor = metadata.actor;
  const sameMetadata =
    row[5] === metadata.tenant &&
    row[6] === actor.id &&
    row[7] === actor.tier &&
    row[8] === actor.tenant &&
    row[9] === metadata.correlationId &&
    row[10] === metadata.causationId &&
    row[11] === metadata.occurredAt;
  return sameMetadata ? undefined : 'with other metadata';
};

/**
 * Idempotency, off the hot path: only consulted when an append conflicts on its revision or hits an id
 * already in the stream. An append is a repeat when its events are stored, identical and in order, at
 * consecutive positions (one append is one transaction, so its events are contiguous).
 */
export class RepeatedAppendFinder {
  private readonly selectId: Database.Statement<[number, Buffer], [number, number]>;
  private readonly selectRange: Database.Statement<[number, number], StoredRow>;

  constructor(db: Database.Database) {
    this.selectId = db.prepare<[number, Buffer], [number, number]>(
      'SELECT position, revision FROM events WHERE stream_key = ? AND event_id = ?',
    );
    this.selectId.raw(true);
    this.selectRange = db.prepare<[number, number], StoredRow>(
      'SELECT e.stream_key, e.revision, e.event_id, t.label, e.schema_version, n.label, a.actor_id, a.tier, a.tenant, ' +
        'e.correlation_id, e.causation_id, e.occurred_at, e.data FROM events e ' +
        'JOIN labels t ON t.label_key = e.type_key JOIN labels n ON n.label_key = e.tenant_key ' +
        'JOIN actors a ON a.actor_key = e.actor_key WHERE e.position BETWEEN ? AND ? ORDER BY e.position',
    );
    this.selectRange.raw(true);
  }

  /** The first append's result when this append repeats it; throws when it repeats only part of it. */
  find(
    streamKey: number,
    streamId: string,
    events: readonly EventToAppend[],
    batch: EncodedBatch,
  ): AppendResult | undefined {
    const first = this.selectId.get(streamKey, batch.idViews[0]!);
    if (first === undefined) {
      this.assertNoIdStored(streamKey, streamId, batch);
      return undefined;
    }
    const count = events.length;
    const rows = this.selectRange.all(first[0], first[0] + count - 1);
    for (let i = 0; i < count; i++) {
      const row = rows[i];
      const reason =
        row === undefined || row[0] !== streamKey || row[1] !== first[1] + i
          ? 'by an append with fewer events or in another stream'
          : difference(row, events[i]!, batch.idViews[i]!, batch.data[i]!);
      if (reason !== undefined) throw new EventIdConflictError(streamId, batch.ids[i]!, reason);
    }
    return {
      streamId,
      nextExpectedRevision: first[1] + count - 1,
      position: first[0] + count - 1,
      eventIds: batch.ids,
    };
  }

  private assertNoIdStored(streamKey: number, streamId: string, batch: EncodedBatch): void {
    for (let i = 1; i < batch.ids.length; i++) {
      if (this.selectId.get(streamKey, batch.idViews[i]!) !== undefined)
        throw new EventIdConflictError(
          streamId,
          batch.ids[i]!,
          'by an earlier append that began with another event',
        );
    }
  }
}
