import { z } from 'zod';
import {
  AreaCodeSchema,
  DivisionCodeSchema,
  EntityIdSchema,
  IsoDateSchema,
  NonEmptyTextSchema,
  TextSchema,
} from '../../primitives';
import type { MessageOf } from '../../primitives';
import { ItemStandardSchema } from '../standard';

/** Where the item was found (indicator 7 of the report): the 权责清单 or the 公共服务事项 list. */
export const ItemSourceSchema = z.enum(['power-responsibility-list', 'public-service-list', 'other']);
export type ItemSource = z.infer<typeof ItemSourceSchema>;

/** The working name of a drafted item: level-1 and level-2 names are required from the start. */
export const DraftNameSchema = z
  .object({
    level1Name: NonEmptyTextSchema,
    level2Name: NonEmptyTextSchema,
    level3Name: NonEmptyTextSchema.optional(),
  })
  .strict();

const itemCommand = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({
      tenant: DivisionCodeSchema.describe('the county whose catalogue holds the item'),
      itemId: EntityIdSchema,
      ...shape,
    })
    .strict();

export const catalogueItemCommandSchemas = {
  DraftCatalogueItem: itemCommand({
    areaCode: AreaCodeSchema,
    name: DraftNameSchema,
    source: ItemSourceSchema,
    draftedOn: IsoDateSchema,
  }),
  DefineStandard: itemCommand({ standard: ItemStandardSchema, definedOn: IsoDateSchema }),
  ReviseStandard: itemCommand({ standard: ItemStandardSchema, reason: TextSchema, revisedOn: IsoDateSchema }),
  PublishCatalogueItem: itemCommand({ publishedOn: IsoDateSchema }),
  RetireCatalogueItem: itemCommand({ reason: TextSchema, retiredOn: IsoDateSchema }),
} as const;

export type CatalogueItemLifecycleCommand = MessageOf<typeof catalogueItemCommandSchemas>;
