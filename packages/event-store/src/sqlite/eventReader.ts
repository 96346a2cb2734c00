import type Database from 'better-sqlite3';
import type { EventFilter } from '../port';
import { LabelReader } from './labels';
import { DATA_COLUMN, EVENT_COLUMNS, EventDecoder, type EventRow } from './recordedEvent';

/** A filtered read scans at most this many positions per query, so each query stays short. */
const SCAN_WINDOW = 65_536;

const MAX_CACHED_STATEMENTS = 256;

export interface ReadLimits {
  /** Rows per page. */
  rows: number;
  /** A page stops early past this many characters of data (large payloads). */
  dataChars: number;
}

export interface Page {
  rows: EventRow[];
  /** The position the next page starts after. */
  next: number;
}

/** A filter turned into a WHERE fragment once per read, not once per page. */
export interface CompiledFilter {
  sql: string;
  params: unknown[];
}

const codePoints = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

/** SQL for a filter: types and tenants by their label keys, stream-id prefixes by substr (exact, unlike LIKE). */
export const compileFilter = (filter: EventFilter | undefined): CompiledFilter | undefined => {
  if (filter === undefined) return undefined;
  const clauses: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[]): void => {
    const list = values.map(() => '?').join(',');
    clauses.push(
      values.length === 0 ? '0' : `${column} IN (SELECT label_key FROM labels WHERE label IN (${list}))`,
    );
    params.push(...values);
  };
  if (filter.types !== undefined) inList('e.type_key', filter.types);
  if (filter.tenants !== undefined) inList('e.tenant_key', filter.tenants);
  if (filter.streamPrefixes !== undefined) {
    const prefixes = filter.streamPrefixes;
    clauses.push(
      prefixes.length === 0 ? '0' : `(${prefixes.map(() => 'substr(s.stream_id, 1, ?) = ?').join(' OR ')})`,
    );
    for (const prefix of prefixes) params.push(codePoints(prefix), prefix);
  }
  return clauses.length === 0 ? undefined : { sql: clauses.join(' AND '), params };
};

/** Reads pages of events by global position or by stream revision. Synchronous: callers page. */
export class EventReader {
  private readonly statements = new Map<string, Database.Statement<unknown[], EventRow>>();
  private readonly selectHead: Database.Statement<[], [number | null]>;
  private readonly selectStream: Database.Statement<[string], [number, number]>;
  readonly decoder: EventDecoder;

  constructor(
    private readonly db: Database.Database,
    readonly limits: ReadLimits,
  ) {
    this.selectHead = db.prepare<[], [number | null]>('SELECT max(position) FROM events');
    this.selectHead.raw(true);
    this.selectStream = db.prepare<[string], [number, number]>(
      'SELECT s.stream_key, (SELECT max(e.revision) FROM events e WHERE e.stream_key = s.stream_key) ' +
        'FROM streams s WHERE s.stream_id = ?',
    );
    this.selectStream.raw(true);
    this.decoder = new EventDecoder(new LabelReader(db));
  }

  head(): number {
    return this.selectHead.get()?.[0] ?? 0;
  }

  /** [stream key, current revision], or undefined when the stream does not exist. */
  stream(streamId: string): [number, number] | undefined {
    return this.selectStream.get(streamId);
  }

  /** Events with after < position <= end that pass the filter, in position order. */
  allPage(after: number, end: number, compiled: CompiledFilter | undefined, maxRows: number): Page {
    const upper = compiled === undefined ? end : Math.min(end, after + SCAN_WINDOW);
    const where = compiled === undefined ? '' : ` AND ${compiled.sql}`;
    const statement = this.statement(
      `SELECT ${EVENT_COLUMNS} FROM events e CROSS JOIN streams s ON s.stream_key = e.stream_key ` +
        `WHERE e.position > ? AND e.position <= ?${where} ORDER BY e.position LIMIT ?`,
    );
    const limit = Math.min(maxRows, this.limits.rows);
    const params = compiled === undefined ? [after, upper, limit] : [after, upper, ...compiled.params, limit];
    const { rows, complete } = this.collect(statement, params, limit);
    const last = rows[rows.length - 1];
    // A page that ended before its limit scanned the whole window; otherwise resume after its last row.
    return { rows, next: complete && rows.length < limit ? upper : (last?.[0] ?? upper) };
  }

  /** Events of one stream from `revision` (inclusive), forwards or backwards. */
  streamPage(
    streamKey: number,
    revision: number,
    direction: 'forwards' | 'backwards',
    maxRows: number,
  ): EventRow[] {
    const [comparison, order] = direction === 'forwards' ? ['>=', 'ASC'] : ['<=', 'DESC'];
    const statement = this.statement(
      `SELECT ${EVENT_COLUMNS} FROM events e CROSS JOIN streams s ON s.stream_key = e.stream_key ` +
        `WHERE e.stream_key = ? AND e.revision ${comparison} ? ORDER BY e.revision ${order} LIMIT ?`,
    );
    const limit = Math.min(maxRows, this.limits.rows);
    return this.collect(statement, [streamKey, revision, limit], limit).rows;
  }

  /** Runs the query, stopping early once the page holds `limits.dataChars` of data. */
  private collect(
    statement: Database.Statement<unknown[], EventRow>,
    params: unknown[],
    limit: number,
  ): { rows: EventRow[]; complete: boolean } {
    const rows: EventRow[] = [];
    let chars = 0;
    for (const row of statement.iterate(params)) {
      rows.push(row);
      chars += row[DATA_COLUMN].length;
      if (chars >= this.limits.dataChars && rows.length < limit) return { rows, complete: false };
    }
    return { rows, complete: true };
  }

  private statement(sql: string): Database.Statement<unknown[], EventRow> {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      // One statement per filter shape; a process that invents shapes without end must not leak them.
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      statement = this.db.prepare<unknown[], EventRow>(sql);
      statement.raw(true);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
