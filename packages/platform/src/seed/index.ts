// The Heilongjiang pilot of 2017–2018 as commands: every event of the seed is decided by the domain.
export {
  heilongjiangSeedCommands,
  scaledSeedCommands,
  countSeedCommands,
  seedSteps,
  DEFAULT_SEED,
} from './commands';
export type { SeedOptions } from './commands';
export { seedEventStore, seedPlatform, sendSeedBatches } from './seedPlatform';
export type { SeedResult, SeedRejection, SeedProgressOptions } from './seedPlatform';
export { seedDirectory, seedUnits, HEILONGJIANG } from './units';
export type { SeedUnit } from './units';
export type { SeedStep } from './steps';
export { summarizeSeed } from './summary';
export type { SeedSummary } from './summary';
export { seedApplications, seedApplicationCommands, SEED_APPLICATION_YEARS } from './applications';
