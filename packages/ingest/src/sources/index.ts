export { SourceRegistry, SourceRegistrySchema, SourceSystemSchema, signMessage } from './sourceRegistry';
export type { SourceSystem, SourceRefusal } from './sourceRegistry';
