export { loadConfig, InvalidConfigurationError } from './config';
export type { PlatformConfig, Environment } from './config';
export { openStack } from './stack';
export { startProjections, PROJECTION_SHARDS_TOPIC, PROJECT_GROUP } from './projections';
export type { RunningProjections } from './projections';
export type { PlatformStack } from './stack';
export { startPlatform, runPlatform, serveApi, seedData, rebuildReadModels, issueToken } from './commands';
export type { RunningApi, RunningPlatform, TokenOptions } from './commands';
export { createLogger } from './logger';
export * from './seed';
export { seedStack } from './seedStack';
export {
  annualReportJob,
  catchUpProjections,
  createAnnualReportService,
  createReportService,
  parseReportOptions,
  writeAnnualReport,
  writeReport,
} from './report';
export type { ReportCliOptions, ReportJob, ReportOutcome, ReportServiceOptions } from './report';
export { createBus } from './bus';
