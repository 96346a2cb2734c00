export {
  streamCategories,
  streamIdForPilotUnit,
  streamIdForCatalogueItem,
  streamIdForNationalReport,
  parseStreamId,
  tenantOfStream,
  categoryOfStream,
} from './streamIds';
export type { StreamCategory, ParsedStreamId } from './streamIds';
