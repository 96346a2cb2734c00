import { z } from 'zod';
import { DivisionCodeSchema, IsoDateSchema } from '../primitives';
import { AcceptanceStageSchema } from './commands';
import { findingOf } from './findings';

/** `AcceptanceConducted` v1: findings as plain text. */
export const AcceptanceConductedV1Schema = z
  .object({
    unit: DivisionCodeSchema,
    stage: AcceptanceStageSchema,
    conductedBy: DivisionCodeSchema,
    score: z.number().min(0).max(100),
    findings: z.array(z.string().min(1)),
    passed: z.boolean(),
    conductedOn: IsoDateSchema,
  })
  .strict();

/** v1 → v2: every finding gets the kind its wording says (`findingKindOf`). */
export const upcastAcceptanceConductedV1 = ({
  findings,
  ...rest
}: z.infer<typeof AcceptanceConductedV1Schema>) => ({ ...rest, findings: findings.map(findingOf) });
