export { given, foldApplication, APPLICATION_TEST_NOW } from './given';
export type { ApplicationSpec } from './given';
export * from './fixtures';
