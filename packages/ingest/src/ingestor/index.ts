export { Ingestor, intakeKey } from './ingestor';
export type { IngestorOptions, IngestStats, IngestLogger } from './ingestor';
