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
export type { CatalogueItemCommand } from './command';
export { catalogueItemDecider } from './decider';
export type { CatalogueDecisionContext } from './context';
