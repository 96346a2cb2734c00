export { catalogueItemCommandSchemas, ItemSourceSchema, DraftNameSchema } from './commands';
export type { CatalogueItemLifecycleCommand, ItemSource } from './commands';
export { catalogueItemLifecycleEventSchemas } from './events';
export type { CatalogueItemLifecycleEvent } from './events';
export {
  ItemStandardV1Schema,
  StandardDefinedV1Schema,
  StandardRevisedV1Schema,
  upcastStandardDefinedV1,
  upcastStandardRevisedV1,
} from './standardV1';
