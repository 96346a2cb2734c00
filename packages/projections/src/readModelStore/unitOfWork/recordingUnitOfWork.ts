import { ReadModelUnitOfWorkInvalidError } from '../errors';
import { assertCollectionName } from '../query/fieldPath';
import type { Patch, ReadModelDocument, StoredDocument, UnitOfWork } from '../port';
import { parsePatch } from './applyPatch';
import type { BaseDocument, PendingDocument, PendingOperation, PendingUnit } from './pendingWrites';
import { viewWithPending } from './pendingWrites';
import { serializeDocument } from './serializeDocument';

export type BaseReader = (collection: string, id: string) => Promise<BaseDocument | null>;

const invalid = (message: string): ReadModelUnitOfWorkInvalidError =>
  new ReadModelUnitOfWorkInvalidError(message);

export const assertProjectorName = (projector: unknown): string => {
  if (typeof projector !== 'string' || projector.length === 0 || projector.length > 200) {
    throw invalid(`Projector name ${JSON.stringify(projector)} must be a non-empty string (at most 200).`);
  }
  return projector;
};

export const assertPosition = (position: unknown, what: string, minimum = 1): number => {
  if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < minimum) {
    throw invalid(
      `${what} position ${String(position)} must be an integer >= ${minimum} (an event position).`,
    );
  }
  return position;
};

/**
 * Records a projector's writes in memory; adapters apply the sealed result in one go. Shared by
 * every adapter so that read-your-writes and position guards mean the same everywhere.
 */
export class RecordingUnitOfWork implements UnitOfWork {
  private readonly collections = new Map<string, Map<string, PendingDocument>>();
  private readonly bases = new Map<string, Promise<BaseDocument | null>>();
  private checkpoint: number | undefined;
  private lastPosition = 0;
  private sealed = false;

  constructor(
    private readonly projector: string,
    private readonly readBase: BaseReader,
  ) {}

  async get<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    id: string,
  ): Promise<StoredDocument<T> | null> {
    this.assertOpen();
    assertCollectionName(collection);
    const key = `${collection}\u0000${id}`;
    let base = this.bases.get(key);
    if (base === undefined) {
      base = this.readBase(collection, id);
      this.bases.set(key, base);
    }
    const operations = this.collections.get(collection)?.get(id)?.operations ?? [];
    return viewWithPending(operations, await base) as StoredDocument<T> | null;
  }

  upsert(collection: string, document: ReadModelDocument, position: number): void {
    this.assertWritable(position);
    const serialized = serializeDocument(document, position);
    this.record(collection, serialized.id, { kind: 'upsert', position, document: serialized });
  }

  patch(collection: string, id: string, patch: Patch, position: number): void {
    this.assertWritable(position);
    this.record(collection, id, { kind: 'patch', position, patch: parsePatch(patch) });
  }

  delete(collection: string, id: string, position: number): void {
    this.assertWritable(position);
    this.record(collection, id, { kind: 'delete', position });
  }

  setCheckpoint(position: number): void {
    this.assertOpen();
    assertPosition(position, 'Checkpoint', 0);
    if (position < this.lastPosition) {
      throw invalid(`Checkpoint ${position} is below this unit's last write (${this.lastPosition}).`);
    }
    this.checkpoint = position;
  }

  /** The work failed: discard it; later calls throw. */
  abandon(): void {
    this.sealed = true;
  }

  /** End recording: later calls throw. */
  seal(): PendingUnit {
    this.assertOpen();
    this.sealed = true;
    if (this.checkpoint !== undefined && this.checkpoint < this.lastPosition) {
      throw invalid(`Checkpoint ${this.checkpoint} is below this unit's last write (${this.lastPosition}).`);
    }
    return {
      projector: this.projector,
      checkpoint: this.checkpoint,
      collections: [...this.collections].map(([name, documents]) => ({
        name,
        documents: [...documents.values()],
      })),
    };
  }

  private record(collection: string, id: string, operation: PendingOperation): void {
    assertCollectionName(collection);
    if (typeof id !== 'string' || id.length === 0)
      throw invalid(`Document id ${String(id)} must be a non-empty string.`);
    let documents = this.collections.get(collection);
    if (documents === undefined) {
      documents = new Map();
      this.collections.set(collection, documents);
    }
    const pending = documents.get(id);
    if (pending === undefined) {
      documents.set(id, { id, operations: [operation], needsBase: operation.kind === 'patch' });
    } else if (operation.kind !== 'patch') {
      // An upsert or delete decides the document alone: the writes before it (at or below its
      // position) are skipped whenever it is, and replaced by it otherwise. Keep only it.
      pending.operations = [operation];
      pending.needsBase = false;
    } else {
      pending.operations.push(operation);
      pending.needsBase ||= operation.kind === 'patch';
    }
  }

  private assertWritable(position: number): void {
    this.assertOpen();
    assertPosition(position, 'Write');
    if (position < this.lastPosition) {
      throw invalid(
        `Write position ${position} comes after ${this.lastPosition}: record events in position order.`,
      );
    }
    this.lastPosition = position;
  }

  private assertOpen(): void {
    if (this.sealed)
      throw invalid(`The unit of work of ${this.projector} was used after its transaction ended.`);
  }
}

/**
 * A projector's work recorded on a fresh unit, sealed for the adapter to apply. An invalid projector
 * name or a failing work rejects (the unit abandoned): callers of an async port expect rejections.
 */
export const recordUnit = async (
  projector: string,
  readBase: BaseReader,
  work: (unit: UnitOfWork) => Promise<void> | void,
): Promise<PendingUnit> => {
  const unit = new RecordingUnitOfWork(assertProjectorName(projector), readBase);
  try {
    await work(unit);
  } catch (error) {
    unit.abandon();
    throw error;
  }
  return unit.seal();
};
