export {
  streamCategories,
  streamIdForPilotUnit,
  streamIdForCatalogueItem,
  streamIdForNationalReport,
  streamIdForIntakeRejections,
  parseStreamId,
  tenantOfStream,
  categoryOfStream,
} from './streamIds';
export type { StreamCategory, ParsedStreamId } from './streamIds';
