import { z } from 'zod';
import { EntityIdSchema, IsoDateSchema } from './schemas';
import { NonEmptyTextSchema } from './text';

/** 社会评价 (the public, surveys) or 第三方评估 (an independent institution). */
export const FeedbackKindSchema = z.enum(['social-evaluation', 'third-party-assessment']);

/** The fields of a feedback command, on an item or on a pilot as a whole. */
export const feedbackCommandShape = {
  feedbackId: EntityIdSchema,
  kind: FeedbackKindSchema,
  evaluator: NonEmptyTextSchema,
  satisfaction: z.number().describe('average satisfaction on a 1–5 scale'),
  sampleSize: z.number().int().min(1).optional(),
  comment: NonEmptyTextSchema.optional(),
  recordedOn: IsoDateSchema,
};

/** The fields of a feedback event: optional fields become null, satisfaction is within 1–5. */
export const feedbackEventShape = {
  feedbackId: EntityIdSchema,
  kind: FeedbackKindSchema,
  evaluator: z.string().min(1),
  satisfaction: z.number().min(1).max(5),
  sampleSize: z.number().int().min(1).nullable(),
  comment: z.string().nullable(),
  recordedOn: IsoDateSchema,
};
