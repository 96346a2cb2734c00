export { rebuildProjections } from './rebuild';
export type { RebuildOptions, RebuildProgress, RebuildResult } from './rebuild';
export { rebuildProgressBar } from './progressBar';
export type { ProgressBar } from './progressBar';
export { boundHeapGrowthForRebuild, REBUILD_HEAP_GROWING_PERCENT } from './rebuildHeap';
