import { ReadModelDocumentInvalidError, ReadModelPatchConflictError } from '../errors';
import { assertFieldPath, RESERVED_FIELDS } from '../query/fieldPath';
import { isPlainObject } from '../query/parseFilter';
import type { Patch } from '../port';

interface PatchPath {
  path: string;
  /** Steps to the parent object. */
  parents: readonly string[];
  key: string;
}

/** A validated patch, its values snapshotted (JSON), ready to replay on any document state. */
export interface ParsedPatch {
  set: readonly (PatchPath & { value: unknown })[];
  unset: readonly PatchPath[];
  inc: readonly (PatchPath & { amount: number })[];
}

const invalid = (message: string): ReadModelDocumentInvalidError =>
  new ReadModelDocumentInvalidError(`Invalid patch: ${message}`);

/** Projectors patch the same few paths over and over: validate and split each once. */
const knownPaths = new Map<string, PatchPath>();

const patchPath = (path: string): PatchPath => {
  const known = knownPaths.get(path);
  if (known !== undefined) return known;
  assertFieldPath(path, 'Invalid patch');
  const parents = path.split('.');
  const key = parents.pop() ?? path;
  if ((RESERVED_FIELDS as readonly string[]).includes(parents[0] ?? key)) {
    throw invalid(`${parents[0] ?? key} cannot be patched; upsert the whole document instead.`);
  }
  if (knownPaths.size >= 10_000) knownPaths.clear();
  const parsed = { path, parents, key };
  knownPaths.set(path, parsed);
  return parsed;
};

const isUnder = (path: string, ancestor: string): boolean =>
  path === ancestor || (path.startsWith(ancestor) && path.charCodeAt(ancestor.length) === 46); // '.'

/** Patches touch a handful of paths: pairwise is cheaper than sorting. */
const assertNoOverlap = (paths: readonly string[]): void => {
  paths.forEach((path, index) => {
    for (const other of paths.slice(index + 1)) {
      if (isUnder(path, other) || isUnder(other, path)) {
        throw invalid(`paths ${path} and ${other} overlap; patch each field once.`);
      }
    }
  });
};

/** What JSON makes of a value: the stored document is JSON, and the patch must not alias caller objects. */
const snapshot = (path: string, value: unknown): unknown => {
  if (value === undefined) throw invalid(`$set ${path} to undefined; use $unset.`);
  if (typeof value !== 'object' || value === null)
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  return JSON.parse(JSON.stringify(value));
};

const operandOf = (patch: Record<string, unknown>, operator: string): Record<string, unknown> | undefined => {
  const operand = patch[operator];
  if (operand === undefined) return undefined;
  if (!isPlainObject(operand)) throw invalid(`${operator} must be an object of path: value.`);
  return operand;
};

const OPERATORS = new Set(['$set', '$unset', '$inc']);

export const parsePatch = (patch: Patch): ParsedPatch => {
  if (!isPlainObject(patch)) throw invalid('it must be an object with $set, $unset and/or $inc.');
  const operators = Object.keys(patch);
  const unknown = operators.find((operator) => !OPERATORS.has(operator));
  if (unknown !== undefined) throw invalid(`unsupported operator ${unknown}; use $set, $unset, $inc.`);
  const setOperand = operandOf(patch, '$set') ?? {};
  const set = Object.keys(setOperand).map((path) => {
    const { parents, key } = patchPath(path);
    return { path, parents, key, value: snapshot(path, setOperand[path]) };
  });
  const incOperand = operandOf(patch, '$inc') ?? {};
  const inc = Object.keys(incOperand).map((path) => {
    const amount = incOperand[path];
    if (typeof amount !== 'number' || !Number.isFinite(amount))
      throw invalid(`$inc ${path} must be a number.`);
    const { parents, key } = patchPath(path);
    return { path, parents, key, amount };
  });
  const unsetOperand: unknown = patch.$unset ?? [];
  if (!Array.isArray(unsetOperand)) throw invalid('$unset must be an array of paths.');
  const unset = unsetOperand.map((path) => patchPath(String(path)));
  const count = set.length + unset.length + inc.length;
  if (count === 0) throw invalid('it changes nothing.');
  if (count > 1) assertNoOverlap([...set, ...unset, ...inc].map((entry) => entry.path));
  return { set, unset, inc };
};

const conflict = (id: unknown, path: string, reason: string): ReadModelPatchConflictError =>
  new ReadModelPatchConflictError(`Cannot patch ${String(id)} at ${path}: ${reason}.`);

/** The object holding `key`, intermediate objects created on the way when `create` is set. */
const parentOf = (
  document: Record<string, unknown>,
  { path, parents }: PatchPath,
  create: boolean,
): Record<string, unknown> | undefined => {
  let current = document;
  for (const segment of parents) {
    const next = current[segment];
    if (next === undefined && create) current[segment] = {};
    else if (!isPlainObject(next)) {
      if (!create) return undefined;
      throw conflict(document._id, path, `${segment} holds ${JSON.stringify(next)}, not an object`);
    }
    current = current[segment] as Record<string, unknown>;
  }
  return current;
};

/** Apply a patch in place, with Mongo's semantics; throws `READ_MODEL_PATCH_CONFLICT`. */
export const applyPatch = (document: Record<string, unknown>, patch: ParsedPatch): void => {
  for (const entry of patch.set) {
    const parent = parentOf(document, entry, true);
    const { value } = entry;
    // Replays of one patch (unit.get, then commit) must not share its value objects.
    if (parent)
      parent[entry.key] = typeof value === 'object' && value !== null ? structuredClone(value) : value;
  }
  for (const entry of patch.unset) {
    const parent = parentOf(document, entry, false);
    if (parent) delete parent[entry.key];
  }
  for (const entry of patch.inc) {
    const parent = parentOf(document, entry, true);
    const current = parent?.[entry.key] ?? 0;
    if (typeof current !== 'number')
      throw conflict(document._id, entry.path, `$inc of ${JSON.stringify(current)}`);
    if (parent) parent[entry.key] = current + entry.amount;
  }
};
