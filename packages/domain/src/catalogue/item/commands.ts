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
    itemId: EntityIdSchema.describe('Chosen by the county: 1–64 letters, digits, _ or -.'),
    areaCode: AreaCodeSchema,
    name: DraftNameSchema,
    source: ItemSourceSchema,
    draftedOn: IsoDateSchema,
  }).describe('the county drafts an item in one of its assigned areas.'),
  DefineStandard: itemCommand({ standard: ItemStandardSchema, definedOn: IsoDateSchema }).describe(
    "version 1 of the item's standard.",
  ),
  ReviseStandard: itemCommand({
    standard: ItemStandardSchema,
    reason: TextSchema,
    revisedOn: IsoDateSchema,
  }).describe('a numbered revision, with its reason (动态调整).'),
  PublishCatalogueItem: itemCommand({ publishedOn: IsoDateSchema }).describe(
    'the item, with a complete standard, enters the published catalogue.',
  ),
  RetireCatalogueItem: itemCommand({ reason: TextSchema, retiredOn: IsoDateSchema }).describe(
    'the item leaves the catalogue, with a reason.',
  ),
} as const;

export type CatalogueItemLifecycleCommand = MessageOf<typeof catalogueItemCommandSchemas>;
