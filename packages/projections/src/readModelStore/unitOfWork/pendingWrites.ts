import type { ParsedPatch } from './applyPatch';
import { applyPatch } from './applyPatch';
import type { SerializedDocument } from './serializeDocument';
import { serializeState } from './serializeDocument';

export type PendingOperation =
  | { kind: 'upsert'; position: number; document: SerializedDocument }
  | { kind: 'patch'; position: number; patch: ParsedPatch }
  | { kind: 'delete'; position: number };

export interface PendingDocument {
  id: string;
  operations: PendingOperation[];
  /** A patch needs the stored document; upserts and deletes alone do not. */
  needsBase: boolean;
}

export interface PendingCollection {
  name: string;
  /** In the order the unit first touched them. */
  documents: readonly PendingDocument[];
}

/** What a unit of work hands its adapter to apply. */
export interface PendingUnit {
  projector: string;
  collections: readonly PendingCollection[];
  checkpoint: number | undefined;
}

/** The stored state of a document: parsed (with `_position`), or null when there is none. */
export type BaseDocument = Record<string, unknown> & { _position: number };

type State =
  | { kind: 'serialized'; document: SerializedDocument }
  | { kind: 'object'; value: Record<string, unknown> }
  | null;

const toObject = (state: State): Record<string, unknown> | null => {
  if (state === null || state.kind === 'object') return state?.value ?? null;
  return JSON.parse(state.document.json) as Record<string, unknown>;
};

/**
 * Replay the pending operations on the base: those at or below the base's `_position` are skipped
 * (redelivery), the others apply in order. `base` undefined means "not loaded": only allowed when
 * no operation needs it, and the adapter then guards the final write by position.
 */
const replay = (
  operations: readonly PendingOperation[],
  base: BaseDocument | null | undefined,
): { state: State; position: number } => {
  const floor = base?._position ?? 0;
  let state: State = base ? { kind: 'object', value: base } : null;
  let position = 0;
  for (const operation of operations) {
    if (operation.position <= floor) continue;
    position = operation.position;
    if (operation.kind === 'upsert') state = { kind: 'serialized', document: operation.document };
    else if (operation.kind === 'delete') state = null;
    else {
      const value = toObject(state);
      if (value) applyPatch(value, operation.patch);
      state = value && { kind: 'object', value };
    }
  }
  return { state, position };
};

export type ResolvedWrite =
  | { kind: 'unchanged' }
  | { kind: 'put'; position: number; document: SerializedDocument }
  | { kind: 'delete'; position: number };

/** The single write that brings the stored document up to date with the pending operations. */
export const resolveWrite = (
  pending: PendingDocument,
  base: BaseDocument | null | undefined,
): ResolvedWrite => {
  const { state, position } = replay(pending.operations, base);
  if (position === 0) return { kind: 'unchanged' };
  if (state === null) return base === null ? { kind: 'unchanged' } : { kind: 'delete', position };
  if (state.kind === 'serialized') return { kind: 'put', position, document: state.document };
  state.value._position = position;
  return { kind: 'put', position, document: serializeState(state.value) };
};

/** The document as it will be once the unit lands (a fresh object the caller may mutate). */
export const viewWithPending = (
  operations: readonly PendingOperation[],
  base: BaseDocument | null,
): BaseDocument | null => {
  const { state, position } = replay(operations, base && structuredClone(base));
  const value = toObject(state);
  if (value === null || position === 0) return value as BaseDocument | null;
  value._position = position;
  return value as BaseDocument;
};
