import { z } from 'zod';
import {
  DivisionCodeSchema,
  EntityIdSchema,
  feedbackCommandShape,
  HttpUrlSchema,
  IsoDateSchema,
  NonEmptyTextSchema,
} from '../../primitives';
import type { MessageOf } from '../../primitives';
import { ChannelCodeSchema } from '../standard';

export const InterpretationFormSchema = z.enum(['text', 'graphic', 'video', 'interview', 'qa']);

const disclosureCommand = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ tenant: DivisionCodeSchema, itemId: EntityIdSchema, ...shape }).strict();

export const disclosureCommandSchemas = {
  PublishDisclosure: disclosureCommand({
    disclosureId: EntityIdSchema,
    title: NonEmptyTextSchema,
    channel: ChannelCodeSchema,
    channelLabel: NonEmptyTextSchema.optional().describe('the platform name for sector-platform / other'),
    url: HttpUrlSchema.optional(),
    reference: z
      .string()
      .min(1)
      .optional()
      .describe('index number (索引号), gazette issue, board location …'),
    formedOn: IsoDateSchema.describe(
      'the date the time limit counts from (formed or changed, decided, requested)',
    ),
    publishedOn: IsoDateSchema,
  }),
  PublishInterpretation: disclosureCommand({
    interpretationId: EntityIdSchema,
    disclosureId: EntityIdSchema.describe('the publication it interprets'),
    title: NonEmptyTextSchema,
    form: InterpretationFormSchema,
    channel: ChannelCodeSchema,
    url: HttpUrlSchema.optional(),
    publishedOn: IsoDateSchema,
  }),
  RespondToConcern: disclosureCommand({
    responseId: EntityIdSchema,
    disclosureId: EntityIdSchema.optional(),
    concern: NonEmptyTextSchema,
    raisedOn: IsoDateSchema,
    respondedOn: IsoDateSchema,
    channel: ChannelCodeSchema,
    url: HttpUrlSchema.optional(),
  }),
  RecordPublicFeedback: disclosureCommand(feedbackCommandShape),
} as const;

export type DisclosureCommand = MessageOf<typeof disclosureCommandSchemas>;
