import type { AnyBulkWriteOperation, Db, Document } from 'mongodb';
import { MongoBulkWriteError } from 'mongodb';
import type { BaseDocument, PendingCollection, PendingUnit } from '../unitOfWork/pendingWrites';
import { resolveWrite } from '../unitOfWork/pendingWrites';
import type { IdReads } from './findByIds';
import { findByIds } from './findByIds';
import { unwrapNestedArrays, wrapNestedArrays } from './nestedArrays';
import { CHECKPOINTS, type StoredMongoDocument } from './schema';

const DUPLICATE_KEY = 11000;

export interface MongoWriteOptions {
  /** Guard replaces and deletes by `_position` in the filter (not on FerretDB: see the README). */
  serverSideGuards: boolean;
  /** Update statements per command (FerretDB's SQLite backend deadlocks at 100). */
  maxUpdatesPerCommand: number;
  /** Wrap arrays inside arrays (FerretDB refuses them). */
  wrapNestedArrays: boolean;
  /** How stored documents are read by id (see `IdReads`). */
  idReads: IdReads;
}

/** One document's write, decided from the stored position read at the start of the unit. */
interface PlannedWrite {
  id: string;
  position: number;
  /** Stored position, undefined when there is no stored document. */
  stored: number | undefined;
  document: StoredMongoDocument | null;
  /** Guard on the server whatever the options (a document another writer created meanwhile). */
  guard?: boolean;
}

interface CollectionPlan {
  name: string;
  writes: PlannedWrite[];
}

/**
 * What the store knows without asking the server: the positions of every document of a collection
 * it emptied itself (`reset`) and has written since. A rebuild then reads nothing back: a document
 * it has not written does not exist. Dropped on any failure, and only valid while this store is the
 * collection's one writer (the port's rule: one projector per collection).
 */
export type KnownPositions = Map<string, Map<string, number>>;

/**
 * Applies a sealed unit of work without a multi-document transaction: every document's write is
 * planned first (stored positions read with one `$in` per collection, patches replayed in memory —
 * a patch conflict throws before anything is written), then written per collection in unordered
 * bulk writes (inserts for new documents, replaces and deletes by `_id`), then the checkpoint moves
 * with `$max`. A failure midway leaves the checkpoint where it was: redelivery rewrites what is
 * missing and skips, by position, what already landed.
 */
export class MongoUnitApplier {
  /** FerretDB: update commands one at a time, so their held connections never exhaust its pool. */
  private updateLane: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly options: MongoWriteOptions,
    private readonly known: KnownPositions,
  ) {}

  async apply(unit: PendingUnit): Promise<void> {
    const plans = await Promise.all(unit.collections.map((collection) => this.plan(collection)));
    try {
      await Promise.all(plans.map((plan) => this.write(plan)));
    } catch (error) {
      for (const plan of plans) this.known.delete(plan.name);
      throw error;
    }
    if (unit.checkpoint !== undefined) {
      await this.db
        .collection<{ _id: string; position: number }>(CHECKPOINTS)
        .updateOne({ _id: unit.projector }, { $max: { position: unit.checkpoint } }, { upsert: true });
    }
  }

  private async plan(collection: PendingCollection): Promise<CollectionPlan> {
    const bases = await this.readBases(collection);
    const writes: PlannedWrite[] = [];
    for (const pending of collection.documents) {
      const base = bases.get(pending.id) ?? null;
      const write = resolveWrite(pending, base);
      if (write.kind === 'unchanged') continue;
      const stored = base?._position;
      if (write.kind === 'delete') {
        if (stored !== undefined)
          writes.push({ id: pending.id, position: write.position, stored, document: null });
        continue;
      }
      const parsed = JSON.parse(write.document.json) as StoredMongoDocument;
      const document = this.options.wrapNestedArrays
        ? (wrapNestedArrays(parsed) as StoredMongoDocument)
        : parsed;
      writes.push({ id: pending.id, position: write.position, stored, document });
    }
    return { name: collection.name, writes };
  }

  /** The stored documents (or only their positions when no patch needs them), by id. */
  private async readBases(collection: PendingCollection): Promise<Map<string, BaseDocument>> {
    const bases = new Map<string, BaseDocument>();
    const known = this.known.get(collection.name);
    const needsDocuments = collection.documents.some((pending) => pending.needsBase);
    if (known !== undefined && !needsDocuments) {
      for (const { id } of collection.documents) {
        const position = known.get(id);
        if (position !== undefined) bases.set(id, { _position: position });
      }
      return bases;
    }
    const ids = collection.documents.map((pending) => pending.id);
    const target = this.db.collection<StoredMongoDocument>(collection.name);
    const projection = needsDocuments ? undefined : { _position: 1 };
    for (const document of await findByIds(target, ids, this.options.idReads, projection)) {
      bases.set(
        document._id,
        this.options.wrapNestedArrays ? (unwrapNestedArrays(document) as StoredMongoDocument) : document,
      );
    }
    return bases;
  }

  private async write(plan: CollectionPlan): Promise<void> {
    if (plan.writes.length === 0) return;
    const target = this.db.collection<StoredMongoDocument>(plan.name);
    const inserts: PlannedWrite[] = [];
    const updates: PlannedWrite[] = [];
    for (const write of plan.writes) (write.stored === undefined ? inserts : updates).push(write);
    const duplicates = await this.insert(target.collectionName, inserts);
    // Created by someone else since the read: write over it only if it is older.
    for (const write of duplicates) updates.push({ ...write, stored: 0, guard: true });
    await this.update(target.collectionName, updates);
    this.remember(plan);
  }

  /** Inserts new documents; returns those another writer created meanwhile (duplicate key). */
  private async insert(collection: string, writes: readonly PlannedWrite[]): Promise<PlannedWrite[]> {
    if (writes.length === 0) return [];
    const operations = writes.map((write) => ({ insertOne: { document: write.document! } }));
    try {
      await this.db.collection<StoredMongoDocument>(collection).bulkWrite(operations, { ordered: false });
      return [];
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError)) throw error;
      const failed = [error.writeErrors].flat();
      if (failed.length === 0 || failed.some((failure) => failure.code !== DUPLICATE_KEY)) throw error;
      return failed.map((failure) => writes[failure.index]!);
    }
  }

  private async update(collection: string, writes: readonly PlannedWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const operations = writes.map((write) => this.updateOperation(write));
    const target = this.db.collection<StoredMongoDocument>(collection);
    const size = this.options.maxUpdatesPerCommand;
    for (let from = 0; from < operations.length; from += size) {
      const chunk = operations.slice(from, from + size);
      const sent = this.updateLane.then(() => target.bulkWrite(chunk, { ordered: false }));
      this.updateLane = sent.catch(() => undefined);
      await sent;
    }
  }

  private updateOperation(write: PlannedWrite): AnyBulkWriteOperation<StoredMongoDocument> {
    const filter: Document =
      this.options.serverSideGuards || write.guard === true
        ? { _id: write.id, _position: { $lt: write.position } }
        : { _id: write.id };
    if (write.document === null) return { deleteOne: { filter } };
    return { replaceOne: { filter, replacement: write.document } };
  }

  private remember(plan: CollectionPlan): void {
    const known = this.known.get(plan.name);
    if (known === undefined) return;
    for (const write of plan.writes) {
      if (write.document === null) known.delete(write.id);
      else known.set(write.id, write.position);
    }
  }
}
