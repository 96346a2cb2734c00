import { stableStringify } from '../../primitives/stableStringify';
import type { ItemStandard } from './standard';

/** Top-level fields of the standard that differ between two versions (for the audit trail). */
export const changedElements = (before: ItemStandard, after: ItemStandard): string[] => {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter(
    (key) =>
      stableStringify((before as Record<string, unknown>)[key]) !==
      stableStringify((after as Record<string, unknown>)[key]),
  );
};
