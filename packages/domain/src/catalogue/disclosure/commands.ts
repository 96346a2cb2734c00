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
    channelLabel: NonEmptyTextSchema.optional().describe(
      "The platform's name, for the sector-platform and other channels.",
    ),
    url: HttpUrlSchema.optional().describe('Required on online channels.'),
    reference: z
      .string()
      .min(1)
      .optional()
      .describe('Index number (索引号), gazette issue, board location …'),
    formedOn: IsoDateSchema.describe(
      'The date the time limit counts from (formed or changed, decided, requested).',
    ),
    publishedOn: IsoDateSchema,
  }).describe("a publication (发布) of a published item on one of its standard's channels."),
  PublishInterpretation: disclosureCommand({
    interpretationId: EntityIdSchema,
    disclosureId: EntityIdSchema.describe('The publication it interprets.'),
    title: NonEmptyTextSchema,
    form: InterpretationFormSchema,
    channel: ChannelCodeSchema,
    url: HttpUrlSchema.optional(),
    publishedOn: IsoDateSchema,
  }).describe('a policy interpretation (解读) of a publication.'),
  RespondToConcern: disclosureCommand({
    responseId: EntityIdSchema,
    disclosureId: EntityIdSchema.optional(),
    concern: NonEmptyTextSchema,
    raisedOn: IsoDateSchema,
    respondedOn: IsoDateSchema,
    channel: ChannelCodeSchema,
    url: HttpUrlSchema.optional(),
  }).describe('a response to a public concern (回应关切).'),
  RecordPublicFeedback: disclosureCommand({
    ...feedbackCommandShape,
    satisfaction: feedbackCommandShape.satisfaction.describe('Average satisfaction on a 1–5 scale.'),
  }).describe('social evaluation or third-party assessment (the county or above it).'),
} as const;

export type DisclosureCommand = MessageOf<typeof disclosureCommandSchemas>;
