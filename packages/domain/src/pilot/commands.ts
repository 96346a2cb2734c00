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
import { AcceptanceFindingSchema } from './findings';

export const AcceptanceStageSchema = z.enum(['prefecture', 'province']);
export type AcceptanceStage = z.infer<typeof AcceptanceStageSchema>;

const unitCommand = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ tenant: DivisionCodeSchema.describe('the pilot unit (county) the command is about'), ...shape })
    .strict();

/** Commands on a pilot unit's stream; `tenant` is the unit. */
export const pilotUnitCommandSchemas = {
  RegisterPilotUnit: unitCommand({ pilotLevel: PilotLevelSchema, registeredOn: IsoDateSchema }).describe(
    'the province registers a county as a pilot unit.',
  ),
  AssignPilotAreas: unitCommand({
    areas: z
      .array(AreaCodeSchema)
      .min(1)
      .refine((areas) => new Set(areas).size === areas.length, 'areas must not repeat')
      .describe('Kebab-case area codes (areas.json), each once.'),
    assignedOn: IsoDateSchema,
  }).describe('the province assigns the pilot areas (试点领域).'),
  FileImplementationPlan: unitCommand({
    title: NonEmptyTextSchema,
    documentNumber: NonEmptyTextSchema.optional(),
    filedOn: IsoDateSchema,
  }).describe('the county files its implementation plan (实施方案) for the record.'),
  SubmitSelfAssessment: unitCommand({
    practices: TextSchema,
    results: TextSchema,
    difficulties: TextSchema,
    suggestions: TextSchema,
    submittedOn: IsoDateSchema,
  }).describe("the county's practices, results, difficulties and suggestions."),
  SubmitPilotReport: unitCommand({ title: NonEmptyTextSchema, submittedOn: IsoDateSchema }).describe(
    'the prefecture (or a province-administered county) reports to the province.',
  ),
  ConductAcceptance: unitCommand({
    stage: AcceptanceStageSchema,
    score: z.number().describe('0–100.'),
    findings: z
      .array(AcceptanceFindingSchema)
      .describe(
        'Required when the pilot did not pass: text (its kind read from the wording) or { kind: problem | strength | requirement, text }.',
      ),
    passed: z.boolean(),
    conductedOn: IsoDateSchema,
  }).describe('the prefecture or the province conducts acceptance (验收) of a county.'),
  RequestRectification: unitCommand({
    stage: AcceptanceStageSchema,
    items: z.array(NonEmptyTextSchema).min(1),
    requestedOn: IsoDateSchema,
    dueOn: IsoDateSchema,
  }).describe('whoever conducted a failed acceptance asks for rectification (整改).'),
  CompletePilot: unitCommand({ completedOn: IsoDateSchema }).describe(
    'the province closes a pilot it accepted.',
  ),
  /** 社会评价 of the pilot as a whole (e.g. on its special-topic home), not of one item. */
  RecordPilotFeedback: unitCommand({
    ...feedbackCommandShape,
    satisfaction: feedbackCommandShape.satisfaction.describe('Satisfaction with the pilot on a 1–5 scale.'),
  }).describe(
    'social evaluation or third-party assessment of the pilot as a whole (the county or above it).',
  ),
} as const;

export type PilotUnitCommand = MessageOf<typeof pilotUnitCommandSchemas>;
