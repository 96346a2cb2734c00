export { Ingestor, intakeKey, DEFAULT_STUCK_AFTER_MS } from './ingestor';
export type { IngestorOptions, IngestLogger } from './ingestor';
export { intakeMetricsText } from './intakeHealth';
export type { IntakeCounters, IntakeHealth, IntakeStage, IntakeWait, PartitionHealth } from './intakeHealth';
