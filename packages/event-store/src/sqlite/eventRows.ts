import type Database from 'better-sqlite3';
import type { EventToAppend } from '../port';
import type { LabelWriter } from './labels';
import { EVENT_INSERT_COLUMNS } from './schema';

/** Rows per INSERT statement: one statement per 100 events instead of 100 statements. */
export const MAX_ROWS_PER_INSERT = 100;

const insertSql = (rows: number): string => {
  const row = `(${new Array<string>(EVENT_INSERT_COLUMNS).fill('?').join(',')})`;
  return (
    'INSERT INTO events (stream_key, revision, event_id, type_key, schema_version, tenant_key, actor_key, ' +
    `correlation_id, causation_id, occurred_at, recorded_at, data) VALUES ${new Array<string>(rows).fill(row).join(',')}`
  );
};

/** Where a queued row lands: its position is known once the statement holding it has run. */
export interface RowTicket {
  chunk: { rows: number; lastPosition: number };
  index: number;
}

export const positionOf = (ticket: RowTicket): number =>
  ticket.chunk.lastPosition - (ticket.chunk.rows - 1 - ticket.index);

/**
 * Event rows of one write transaction, of any number of streams, inserted MAX_ROWS_PER_INSERT at a
 * time with one multi-row statement: a batch of single-event appends to many streams costs one
 * statement per hundred events, not one per stream. Rows are inserted in the order queued, so
 * positions follow it.
 */
export class EventRowWriter {
  private readonly statements: (Database.Statement<unknown[]> | undefined)[] = [];
  private readonly exact: (unknown[] | undefined)[] = [];
  private readonly queued = new Array<unknown>(MAX_ROWS_PER_INSERT * EVENT_INSERT_COLUMNS);
  private chunk = { rows: 0, lastPosition: 0 };

  constructor(
    private readonly db: Database.Database,
    private readonly labels: LabelWriter,
  ) {}

  /** Queues one event's row (inside the write transaction); full chunks are inserted at once. */
  queue(
    streamKey: number,
    revision: number,
    event: EventToAppend,
    id: Buffer,
    data: string,
    recordedAt: number,
  ): RowTicket {
    const chunk = this.chunk;
    const q = this.queued;
    const metadata = event.metadata;
    let p = chunk.rows * EVENT_INSERT_COLUMNS;
    q[p++] = streamKey;
    q[p++] = revision;
    q[p++] = id;
    q[p++] = this.labels.labelKey(event.type);
    q[p++] = event.schemaVersion;
    q[p++] = this.labels.labelKey(metadata.tenant);
    q[p++] = this.labels.actorKey(metadata.actor);
    q[p++] = metadata.correlationId;
    q[p++] = metadata.causationId;
    q[p++] = metadata.occurredAt;
    q[p++] = recordedAt;
    q[p] = data;
    const ticket = { chunk, index: chunk.rows++ };
    if (chunk.rows === MAX_ROWS_PER_INSERT) this.flush();
    return ticket;
  }

  /** Inserts what is queued; every ticket handed out so far then has its position. */
  flush(): void {
    const chunk = this.chunk;
    const rows = chunk.rows;
    if (rows === 0) return;
    this.chunk = { rows: 0, lastPosition: 0 };
    const statement = (this.statements[rows] ??= this.db.prepare<unknown[]>(insertSql(rows)));
    let params = this.queued;
    if (rows < MAX_ROWS_PER_INSERT) {
      params = this.exact[rows] ??= new Array<unknown>(rows * EVENT_INSERT_COLUMNS);
      for (let i = 0; i < params.length; i++) params[i] = this.queued[i];
    }
    chunk.lastPosition = Number(statement.run(params).lastInsertRowid);
  }

  /** After a rollback: nothing queued survives. */
  discard(): void {
    this.chunk = { rows: 0, lastPosition: 0 };
  }
}
