import { z } from 'zod';
import { DivisionCodeSchema, IsoDateSchema } from '../primitives';
import type { MessageOf } from '../primitives';

/** Where a provincial pilot stood in the province's acceptance when the province summarised. */
export const PILOT_OUTCOMES = ['completed', 'accepted', 'failed', 'not-accepted'] as const;
export const PilotOutcomeSchema = z
  .enum(PILOT_OUTCOMES)
  .describe(
    'completed: closed by the province; accepted: passed its acceptance; failed: its last province acceptance did not pass; not-accepted: no province acceptance yet',
  );
export type PilotOutcome = z.infer<typeof PilotOutcomeSchema>;

export const pilotProgrammeEventSchemas = {
  ProgrammePlanFiled: z
    .object({
      organ: DivisionCodeSchema.describe('the province or prefecture whose plan it is'),
      version: z.number().int().min(1),
      title: z.string().min(1),
      documentNumber: z.string().nullable(),
      filedWith: DivisionCodeSchema.describe(
        'where it is filed (备案): 000000 (the State Council General Office) for a province, the province for a prefecture',
      ),
      filedOn: IsoDateSchema,
    })
    .strict(),
  ProvincialPilotsSummarised: z
    .object({
      province: DivisionCodeSchema,
      title: z.string().min(1),
      practices: z.string(),
      pilots: z
        .array(
          z
            .object({
              unit: DivisionCodeSchema,
              outcome: PilotOutcomeSchema,
              score: z
                .number()
                .min(0)
                .max(100)
                .nullable()
                .describe('the last province acceptance score; null when none'),
            })
            .strict(),
        )
        .min(1),
      summarisedOn: IsoDateSchema,
    })
    .strict(),
} as const;

export type PilotProgrammeEvent = MessageOf<typeof pilotProgrammeEventSchemas>;
