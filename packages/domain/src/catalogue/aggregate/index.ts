export { initialCatalogueItemState } from './state';
export type {
  CatalogueItemState,
  CatalogueItemStatus,
  StandardRevision,
  DisclosureRecord,
  InterpretationRecord,
  ConcernResponseRecord,
  PublicFeedbackRecord,
} from './state';
export { evolveCatalogueItem } from './evolve';
export type { CatalogueItemEvent } from './evolve';
export { decideCatalogueItem } from './decide';
export type { CatalogueItemCommand } from './decide';
export type { CatalogueDecisionContext } from './context';
