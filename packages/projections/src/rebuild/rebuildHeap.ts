import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past its live size before the next full collection, in a process
 * that only rebuilds. By default it lets a fast-allocating process grow to about four times its
 * live size: a 1M-event rebuild, about 110 MB live, peaked near 500 MB of heap (700 MB RSS). At
 * 150% (2.5 times) the heap stays under 250 MB, for a few more full collections.
 */
export const REBUILD_HEAP_GROWING_PERCENT = 150;

/**
 * Bounds the heap's growth for the rest of the process (a V8 flag read at every full collection):
 * call it only in a process that does nothing but rebuild (`gongkai rebuild`, the benchmarks).
 */
export const boundHeapGrowthForRebuild = (): void =>
  setFlagsFromString(`--heap-growing-percent=${REBUILD_HEAP_GROWING_PERCENT}`);
