export { Ingestor, handlerMessageId } from './ingestor';
export type { IngestorOptions, IngestStats, IngestLogger } from './ingestor';
