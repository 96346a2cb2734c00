import { z } from 'zod';
import { DivisionCodeSchema, EntityIdSchema, IsoDateSchema } from '../primitives';
import type { MessageOf } from '../primitives';
import { ContentHashSchema, EventStorePositionSchema } from './commands';

const reportEvent = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ reportId: EntityIdSchema, ...shape }).strict();

export const nationalReportEventSchemas = {
  NationalReportCompiled: reportEvent({
    version: z.number().int().min(1),
    title: z.string().min(1),
    position: EventStorePositionSchema,
    contentHash: ContentHashSchema,
    compiledOn: IsoDateSchema,
  }),
  NationalReportSubmitted: reportEvent({
    version: z.number().int().min(1),
    position: EventStorePositionSchema,
    contentHash: ContentHashSchema,
    submittedTo: DivisionCodeSchema.describe('000000: the State Council General Office (national tenant)'),
    submittedOn: IsoDateSchema,
  }),
} as const;

export type NationalReportEvent = MessageOf<typeof nationalReportEventSchemas>;
