export {
  streamCategories,
  streamIdForPilotUnit,
  streamIdForCatalogueItem,
  streamIdForNationalReport,
  streamIdForIntakeRejections,
  streamIdForPilotProgramme,
  parseStreamId,
  tenantOfStream,
  categoryOfStream,
} from './streamIds';
export type { StreamCategory, ParsedStreamId } from './streamIds';
