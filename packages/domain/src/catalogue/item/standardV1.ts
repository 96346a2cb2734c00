import { z } from 'zod';
import { EntityIdSchema, IsoDateSchema } from '../../primitives';
import { StoredItemStandardSchema, timeLimitRulesFromText } from '../standard';
import type { ItemStandard } from '../standard';
import { catalogueItemLifecycleEventSchemas } from './events';

/** The standard as recorded in v1 events: the time limit was its wording only. */
export const ItemStandardV1Schema = StoredItemStandardSchema.extend({
  timeLimit: z.string().describe('the wording of the time limit, e.g. 信息形成之日起20个工作日内'),
});
type ItemStandardV1 = z.infer<typeof ItemStandardV1Schema>;

export const StandardDefinedV1Schema = z
  .object({
    itemId: EntityIdSchema,
    version: z.literal(1),
    standard: ItemStandardV1Schema,
    definedOn: IsoDateSchema,
  })
  .strict();

export const StandardRevisedV1Schema = catalogueItemLifecycleEventSchemas.StandardRevised.extend({
  standard: ItemStandardV1Schema,
});

/** v1 → v2: keep the wording as `timeLimit.text` and read machine rules from it. */
const upcastStandard = ({ timeLimit, ...rest }: ItemStandardV1): ItemStandard => ({
  ...rest,
  timeLimit: { text: timeLimit, rules: timeLimitRulesFromText(timeLimit) },
});

export const upcastStandardDefinedV1 = (data: z.infer<typeof StandardDefinedV1Schema>) => ({
  ...data,
  standard: upcastStandard(data.standard),
});

export const upcastStandardRevisedV1 = (data: z.infer<typeof StandardRevisedV1Schema>) => ({
  ...data,
  standard: upcastStandard(data.standard),
});
