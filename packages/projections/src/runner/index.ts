export { ProjectionRunner } from './projectionRunner';
export type { ProjectionRunnerOptions, ProjectionRunnerState, ProjectionStatus } from './projectionRunner';
export { applyBatch, ensureProjectorIndexes, readCheckpoints } from './applyBatch';
