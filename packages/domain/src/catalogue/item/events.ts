import { z } from 'zod';
import { AreaCodeSchema, EntityIdSchema, IsoDateSchema } from '../../primitives';
import type { MessageOf } from '../../primitives';
import { StoredItemStandardSchema } from '../standard';
import { DraftNameSchema, ItemSourceSchema } from './commands';

const itemEvent = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ itemId: EntityIdSchema, ...shape }).strict();

export const catalogueItemLifecycleEventSchemas = {
  CatalogueItemDrafted: itemEvent({
    areaCode: AreaCodeSchema,
    name: DraftNameSchema,
    source: ItemSourceSchema,
    draftedOn: IsoDateSchema,
  }),
  StandardDefined: itemEvent({
    version: z.literal(1),
    standard: StoredItemStandardSchema,
    definedOn: IsoDateSchema,
  }),
  StandardRevised: itemEvent({
    version: z.number().int().min(2).describe('the number of the new version; StandardDefined is version 1'),
    reason: z.string().min(1),
    changedElements: z.array(z.string()).min(1),
    standard: StoredItemStandardSchema,
    revisedOn: IsoDateSchema,
  }),
  CatalogueItemPublished: itemEvent({ standardVersion: z.number().int().min(1), publishedOn: IsoDateSchema }),
  CatalogueItemRetired: itemEvent({ reason: z.string().min(1), retiredOn: IsoDateSchema }),
} as const;

export type CatalogueItemLifecycleEvent = MessageOf<typeof catalogueItemLifecycleEventSchemas>;
