import type { Db, Document, MongoClientOptions } from 'mongodb';
import { MongoClient, MongoServerError } from 'mongodb';
import { ReadModelStoreClosedError } from '../errors';
import type {
  FindQuery,
  GroupCount,
  IndexDefinition,
  Page,
  PageQuery,
  ReadModelDocument,
  ReadModelStore,
  ResetTarget,
  StoredDocument,
  UnitOfWork,
} from '../port';
import { decodeCursor, encodeCursor } from '../query/cursor';
import { assertCollectionName } from '../query/fieldPath';
import type { Filter, SortKey } from '../query/filter';
import { parseFilter } from '../query/parseFilter';
import type { ParsedSortKey } from '../query/sort';
import { parseSort } from '../query/sort';
import { assertGroupField, assertIndex, assertLimit } from '../query/validate';
import { assertProjectorName, recordUnit } from '../unitOfWork/recordingUnitOfWork';
import type { KnownPositions } from './applyUnit';
import { MongoUnitApplier } from './applyUnit';
import { allOf, compileFilter } from './compileFilter';
import { compileAfter, compileSort } from './compileSort';
import type { IdReads } from './findByIds';
import { findByIds } from './findByIds';
import { unwrapNestedArrays } from './nestedArrays';
import type { StoredMongoDocument } from './schema';
import { CHECKPOINTS, indexKeyOf, indexNameOf } from './schema';

export interface MongoReadModelStoreOptions {
  /** `mongodb://host:port/` (MongoDB 7+, or FerretDB 1.24+). */
  url: string;
  /** The database holding the read models (a collection per read-model collection). */
  database: string;
  /** Passed to the driver (pool size, timeouts); `serverSelectionTimeoutMS` defaults to 10 s. */
  clientOptions?: MongoClientOptions;
  /**
   * Guard replaces and deletes by `_position` in the filter, on top of the positions read at the
   * start of the unit (default: true on MongoDB; false on FerretDB, whose SQLite backend serves only
   * an `{ _id }` filter without reading every document).
   */
  serverSideGuards?: boolean;
  /** Update statements per command (default: no limit on MongoDB, 50 on FerretDB: 100 deadlock it). */
  maxUpdatesPerCommand?: number;
  /** How documents are read by id (default: `$in` on MongoDB, one find per id on FerretDB). */
  idReads?: IdReads;
}

interface PendingRead {
  resolve: (document: StoredDocument | null) => void;
  reject: (error: unknown) => void;
}

interface SelectQuery {
  filter?: Filter | undefined;
  sort?: readonly SortKey[] | undefined;
  after?: string | null | undefined;
  limit?: number | undefined;
}

const NAMESPACE_NOT_FOUND = 26;
const FERRETDB_UPDATES_PER_COMMAND = 50;

/** Rejections, not throws, for a caller of an async port; the work itself may be async. */
const settle = <T>(work: () => T | Promise<T>): Promise<T> => new Promise<T>((resolve) => resolve(work()));

/**
 * The MongoDB adapter (official driver): a collection per read-model collection, documents as the
 * projectors wrote them plus `_position`, checkpoints in `_checkpoints`. Units of work are applied
 * as per-document writes guarded by position (see `MongoUnitApplier`), no transaction needed.
 */
export class MongoReadModelStore implements ReadModelStore {
  /** Reads of units of work waiting for this turn's `$in` (see `readBase`). */
  private pendingReads = new Map<string, Map<string, PendingRead[]>>();
  private readsScheduled = false;
  private closed = false;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private readonly applier: MongoUnitApplier,
    private readonly known: KnownPositions,
    /** The server is FerretDB (its `buildInfo` says so). */
    readonly ferretdb: boolean,
    private readonly idReads: IdReads,
  ) {}

  static async connect(options: MongoReadModelStoreOptions): Promise<MongoReadModelStore> {
    const client = new MongoClient(options.url, {
      serverSelectionTimeoutMS: 10_000,
      ...options.clientOptions,
    });
    try {
      await client.connect();
      const db = client.db(options.database);
      const info = await db.admin().command({ buildInfo: 1 });
      const ferretdb = typeof info.ferretdbVersion === 'string';
      const known: KnownPositions = new Map();
      const idReads = options.idReads ?? (ferretdb ? 'each' : 'in');
      const applier = new MongoUnitApplier(
        db,
        {
          serverSideGuards: options.serverSideGuards ?? !ferretdb,
          maxUpdatesPerCommand:
            options.maxUpdatesPerCommand ??
            (ferretdb ? FERRETDB_UPDATES_PER_COMMAND : Number.MAX_SAFE_INTEGER),
          wrapNestedArrays: ferretdb,
          idReads,
        },
        known,
      );
      return new MongoReadModelStore(client, db, applier, known, ferretdb, idReads);
    } catch (error) {
      await client.close().catch(() => undefined);
      throw error;
    }
  }

  get<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    id: string,
  ): Promise<StoredDocument<T> | null> {
    return settle(async () => {
      const found = await this.collection(collection).findOne({ _id: id });
      return found && (this.fromStorage(found) as StoredDocument<T>);
    });
  }

  getMany<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    ids: readonly string[],
  ): Promise<(StoredDocument<T> | null)[]> {
    return settle(async () => {
      const target = this.collection(collection);
      if (ids.length === 0) return [];
      const found = await findByIds(target, [...new Set(ids)], this.idReads);
      const byId = new Map(
        found.map((document) => [document._id, this.fromStorage(document) as StoredDocument<T>]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  find<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    query: FindQuery = {},
  ): Promise<StoredDocument<T>[]> {
    return settle(async () => {
      const limit = query.limit === undefined ? undefined : assertLimit(query.limit, 'limit');
      return (await this.select<T>(collection, { ...query, limit })).documents;
    });
  }

  findPage<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    query: PageQuery,
  ): Promise<Page<T>> {
    return settle(async () => {
      const first = assertLimit(query.first, 'first');
      const { documents, keys } = await this.select<T>(collection, { ...query, limit: first + 1 });
      const hasNextPage = documents.length > first;
      if (hasNextPage) documents.length = first;
      const last = documents.at(-1);
      return { documents, hasNextPage, endCursor: last ? encodeCursor(keys, last) : null };
    });
  }

  count(collection: string, filter?: Filter): Promise<number> {
    return settle(() => {
      const target = this.collection(collection);
      return target.countDocuments(compileFilter(parseFilter(filter)));
    });
  }

  countBy(collection: string, field: string, filter?: Filter): Promise<GroupCount[]> {
    return settle(async () => {
      const target = this.collection(collection);
      const path = assertGroupField(field);
      const match = compileFilter(parseFilter(filter));
      const groups = await target
        .aggregate<{ _id: GroupCount['value'] | undefined; count: number }>([
          { $match: match },
          { $group: { _id: `$${path}`, count: { $sum: 1 } } },
        ])
        .toArray();
      // Missing and null group apart on some servers: the port counts both as null.
      const byValue = new Map<string, GroupCount>();
      for (const { _id: value = null, count } of groups) {
        const key = JSON.stringify(value);
        const group = byValue.get(key);
        if (group) group.count += count;
        else byValue.set(key, { value, count });
      }
      return [...byValue.values()];
    });
  }

  async transaction(projector: string, work: (unit: UnitOfWork) => Promise<void> | void): Promise<void> {
    this.assertOpen();
    const pending = await recordUnit(projector, (collection, id) => this.readBase(collection, id), work);
    this.assertOpen();
    await this.applier.apply(pending);
  }

  getCheckpoint(projector: string): Promise<number> {
    return settle(async () => {
      this.assertOpen();
      assertProjectorName(projector);
      const found = await this.db
        .collection<{ _id: string; position: number }>(CHECKPOINTS)
        .findOne({ _id: projector });
      return found?.position ?? 0;
    });
  }

  reset({ projectors = [], collections = [] }: ResetTarget): Promise<void> {
    return settle(async () => {
      this.assertOpen();
      projectors.forEach(assertProjectorName);
      collections.forEach(assertCollectionName);
      for (const collection of collections) {
        await this.db
          .collection(collection)
          .drop()
          .catch((error: unknown) => {
            if (!(error instanceof MongoServerError && error.code === NAMESPACE_NOT_FOUND)) throw error;
          });
        this.known.set(collection, new Map());
      }
      if (projectors.length > 0) {
        await this.db.collection<{ _id: string }>(CHECKPOINTS).deleteMany({ _id: { $in: [...projectors] } });
      }
    });
  }

  ensureIndexes(collection: string, indexes: readonly IndexDefinition[]): Promise<void> {
    return settle(async () => {
      const target = this.collection(collection);
      const definitions = indexes.map(assertIndex);
      if (definitions.length === 0) return;
      const existing = await target
        .listIndexes()
        .toArray()
        .catch((error: unknown) => {
          if (error instanceof MongoServerError && error.code === NAMESPACE_NOT_FOUND) return [];
          throw error;
        });
      const names = new Set(existing.map((index: { name?: unknown }) => String(index.name)));
      // One index a command, only the missing ones: FerretDB 1.24 drops the connection when one
      // createIndexes names several indexes that already exist.
      for (const fields of definitions) {
        const key = indexKeyOf(fields);
        const name = indexNameOf(key);
        if (!names.has(name)) await target.createIndex(key, { name });
        names.add(name);
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.close();
  }

  /** Drop the whole database (tests and benchmarks: a fresh database each). */
  async dropDatabase(): Promise<void> {
    this.assertOpen();
    await this.db.dropDatabase();
  }

  private async select<T extends ReadModelDocument>(
    collection: string,
    query: SelectQuery,
  ): Promise<{ documents: StoredDocument<T>[]; keys: ParsedSortKey[] }> {
    const target = this.collection(collection);
    const filter = compileFilter(parseFilter(query.filter));
    const keys = parseSort(query.sort);
    const after: Document | undefined =
      query.after == null ? undefined : compileAfter(keys, decodeCursor(query.after, keys));
    let cursor = target.find(after === undefined ? filter : allOf([filter, after])).sort(compileSort(keys));
    if (query.limit !== undefined) cursor = cursor.limit(query.limit);
    const documents = (await cursor.toArray()).map((document) => this.fromStorage(document));
    return { documents: documents as StoredDocument<T>[], keys };
  }

  /**
   * What a unit reads under its pending writes: nothing to ask for in a collection known empty of
   * `id`; else the reads asked for in one turn of the event loop go out as one `$in` per collection
   * (a projector preloads a batch's documents at once: one round trip, not one per document).
   */
  private readBase(collection: string, id: string): Promise<StoredDocument | null> {
    const known = this.known.get(collection);
    if (known !== undefined && !known.has(id)) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      let reads = this.pendingReads.get(collection);
      if (reads === undefined) {
        reads = new Map();
        this.pendingReads.set(collection, reads);
      }
      const waiting = reads.get(id);
      if (waiting) waiting.push({ resolve, reject });
      else reads.set(id, [{ resolve, reject }]);
      if (!this.readsScheduled) {
        this.readsScheduled = true;
        setImmediate(() => this.sendPendingReads());
      }
    });
  }

  private sendPendingReads(): void {
    this.readsScheduled = false;
    const pending = this.pendingReads;
    this.pendingReads = new Map();
    for (const [collection, reads] of pending) {
      const ids = [...reads.keys()];
      this.getMany(collection, ids).then(
        (documents) =>
          ids.forEach((id, i) => reads.get(id)?.forEach((read) => read.resolve(documents[i] ?? null))),
        (error: unknown) => reads.forEach((waiting) => waiting.forEach((read) => read.reject(error))),
      );
    }
  }

  /** A stored document as the projector wrote it (FerretDB: nested arrays unwrapped). */
  private fromStorage(document: StoredMongoDocument): StoredMongoDocument {
    return this.ferretdb ? (unwrapNestedArrays(document) as StoredMongoDocument) : document;
  }

  private collection(name: string) {
    this.assertOpen();
    return this.db.collection<StoredMongoDocument>(assertCollectionName(name));
  }

  private assertOpen(): void {
    if (this.closed) throw new ReadModelStoreClosedError('The read-model store is closed; open a new one.');
  }
}

/** Connect to MongoDB (or FerretDB) and open the read-model store in `database`. */
export const createMongoReadModelStore = (
  options: MongoReadModelStoreOptions,
): Promise<MongoReadModelStore> => MongoReadModelStore.connect(options);
