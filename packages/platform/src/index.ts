export { loadConfig, InvalidConfigurationError } from './config';
export type { PlatformConfig, Environment } from './config';
export { openEmbeddedStack, startProjections } from './embedded';
export type { EmbeddedStack } from './embedded';
export { startPlatform, runPlatform, seedData, rebuildReadModels, issueToken } from './commands';
export type { RunningPlatform, TokenOptions } from './commands';
export { createLogger } from './logger';
export * from './seed';
