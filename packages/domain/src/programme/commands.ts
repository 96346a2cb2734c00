import { z } from 'zod';
import { DivisionCodeSchema, IsoDateSchema, NonEmptyTextSchema, TextSchema } from '../primitives';
import type { MessageOf } from '../primitives';

const organCommand = <T extends z.ZodRawShape>(tenant: string, shape: T) =>
  z.object({ tenant: DivisionCodeSchema.describe(tenant), ...shape }).strict();

/** Commands on a province's or prefecture's own programme stream; `tenant` is that government. */
export const pilotProgrammeCommandSchemas = {
  FileProgrammePlan: organCommand('the province or prefecture whose own plan it is', {
    title: NonEmptyTextSchema,
    documentNumber: NonEmptyTextSchema.optional(),
    filedOn: IsoDateSchema,
  }).describe(
    'a province files its own implementation plan (实施方案) with the State Council General Office, a prefecture with the province (备案).',
  ),
  SummariseProvincialPilots: organCommand('the province that summarises its provincial pilots', {
    title: NonEmptyTextSchema,
    practices: TextSchema.describe('The experience and practices (经验做法) to roll out province-wide.'),
    summarisedOn: IsoDateSchema,
  }).describe(
    'the province summarises the experience of its provincial pilots for the province-wide roll-out; each pilot’s outcome is recorded as it stands.',
  ),
} as const;

export type PilotProgrammeCommand = MessageOf<typeof pilotProgrammeCommandSchemas>;
