import { z } from 'zod';
import { DivisionCodeSchema, EntityIdSchema, IsoDateSchema, NonEmptyTextSchema } from '../primitives';
import type { MessageOf } from '../primitives';

export const ContentHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the compiled content, 64 lowercase hex digits')
  .describe('SHA-256 of the compiled report content');

export const EventStorePositionSchema = z
  .number()
  .int()
  .min(0)
  .describe('global event-store position the report was compiled as of (inclusive)');

const reportCommand = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({
      tenant: DivisionCodeSchema.describe('the province that reports'),
      reportId: EntityIdSchema,
      ...shape,
    })
    .strict();

export const nationalReportCommandSchemas = {
  CompileNationalReport: reportCommand({
    title: NonEmptyTextSchema,
    position: EventStorePositionSchema,
    contentHash: ContentHashSchema,
    compiledOn: IsoDateSchema,
  }).describe(
    'the province compiles a version of the overall report (总体报告), pinned to an event-store position.',
  ),
  SubmitNationalReport: reportCommand({
    contentHash: ContentHashSchema.describe(
      'The content hash of the last compiled version (in its NationalReportCompiled event data).',
    ),
    submittedOn: IsoDateSchema,
  }).describe('the province submits the last compiled version to the State Council.'),
} as const;

export type NationalReportCommand = MessageOf<typeof nationalReportCommandSchemas>;
