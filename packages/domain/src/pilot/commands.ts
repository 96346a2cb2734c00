import { z } from 'zod';
import {
  AreaCodeSchema,
  DivisionCodeSchema,
  feedbackCommandShape,
  IsoDateSchema,
  NonEmptyTextSchema,
  PilotLevelSchema,
  TextSchema,
} from '../primitives';
import type { MessageOf } from '../primitives';
import { FindingSchema } from './findings';

export const AcceptanceStageSchema = z.enum(['prefecture', 'province']);
export type AcceptanceStage = z.infer<typeof AcceptanceStageSchema>;

const unitCommand = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ tenant: DivisionCodeSchema.describe('the pilot unit (county) the command is about'), ...shape })
    .strict();

/** Commands on a pilot unit's stream; `tenant` is the unit. */
export const pilotUnitCommandSchemas = {
  RegisterPilotUnit: unitCommand({ pilotLevel: PilotLevelSchema, registeredOn: IsoDateSchema }),
  AssignPilotAreas: unitCommand({
    areas: z
      .array(AreaCodeSchema)
      .min(1)
      .refine((areas) => new Set(areas).size === areas.length, 'areas must not repeat'),
    assignedOn: IsoDateSchema,
  }),
  FileImplementationPlan: unitCommand({
    title: NonEmptyTextSchema,
    documentNumber: z.string().min(1).optional(),
    filedOn: IsoDateSchema,
  }),
  SubmitSelfAssessment: unitCommand({
    practices: TextSchema,
    results: TextSchema,
    difficulties: TextSchema,
    suggestions: TextSchema,
    submittedOn: IsoDateSchema,
  }),
  SubmitPilotReport: unitCommand({ title: NonEmptyTextSchema, submittedOn: IsoDateSchema }),
  ConductAcceptance: unitCommand({
    stage: AcceptanceStageSchema,
    score: z.number().describe('0–100'),
    findings: z
      .array(z.union([NonEmptyTextSchema, FindingSchema]))
      .describe('text (its kind read from the wording) or { kind: problem | strength | requirement, text }'),
    passed: z.boolean(),
    conductedOn: IsoDateSchema,
  }),
  RequestRectification: unitCommand({
    stage: AcceptanceStageSchema,
    items: z.array(NonEmptyTextSchema).min(1),
    requestedOn: IsoDateSchema,
    dueOn: IsoDateSchema,
  }),
  CompletePilot: unitCommand({ completedOn: IsoDateSchema }),
  /** 社会评价 of the pilot as a whole (e.g. on its special-topic home), not of one item. */
  RecordPilotFeedback: unitCommand(feedbackCommandShape),
} as const;

export type PilotUnitCommand = MessageOf<typeof pilotUnitCommandSchemas>;
