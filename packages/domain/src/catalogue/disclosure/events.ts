import { z } from 'zod';
import { EntityIdSchema, feedbackEventShape, HttpUrlSchema, IsoDateSchema } from '../../primitives';
import type { MessageOf } from '../../primitives';
import { ChannelCodeSchema } from '../standard';
import { InterpretationFormSchema } from './commands';
import { TimelinessSchema } from './timeliness';

const itemEvent = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ itemId: EntityIdSchema, ...shape }).strict();

/** `DisclosurePublished` v2: a channel code from the fixed list, the URL apart from other references. */
export const DisclosurePublishedV2Schema = itemEvent({
  disclosureId: EntityIdSchema,
  title: z.string().min(1),
  channel: ChannelCodeSchema,
  channelLabel: z.string().nullable(),
  url: HttpUrlSchema.nullable(),
  reference: z.string().nullable(),
  formedOn: IsoDateSchema,
  publishedOn: IsoDateSchema,
  timeliness: TimelinessSchema.nullable().describe('null when the time limit sets no working-day deadline'),
});

export const disclosureEventSchemas = {
  DisclosurePublished: DisclosurePublishedV2Schema,
  InterpretationPublished: itemEvent({
    interpretationId: EntityIdSchema,
    disclosureId: EntityIdSchema,
    title: z.string().min(1),
    form: InterpretationFormSchema,
    channel: ChannelCodeSchema,
    url: HttpUrlSchema.nullable(),
    publishedOn: IsoDateSchema,
    timeliness: TimelinessSchema.describe('within 3 working days of the publication it interprets'),
  }),
  ConcernResponded: itemEvent({
    responseId: EntityIdSchema,
    disclosureId: EntityIdSchema.nullable(),
    concern: z.string().min(1),
    raisedOn: IsoDateSchema,
    respondedOn: IsoDateSchema,
    channel: ChannelCodeSchema,
    url: HttpUrlSchema.nullable(),
    workingDaysTaken: z.number().int().min(0),
  }),
  PublicFeedbackRecorded: itemEvent(feedbackEventShape),
} as const;

export type DisclosureEvent = MessageOf<typeof disclosureEventSchemas>;
