import { z } from 'zod';
import {
  AreaCodeSchema,
  DivisionCodeSchema,
  feedbackEventShape,
  IsoDateSchema,
  PilotLevelSchema,
} from '../primitives';
import type { MessageOf } from '../primitives';
import { AcceptanceStageSchema } from './commands';
import { FindingSchema } from './findings';

const unitEvent = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ unit: DivisionCodeSchema, ...shape }).strict();

export const pilotUnitEventSchemas = {
  PilotUnitRegistered: unitEvent({ pilotLevel: PilotLevelSchema, registeredOn: IsoDateSchema }),
  PilotAreasAssigned: unitEvent({ areas: z.array(AreaCodeSchema).min(1), assignedOn: IsoDateSchema }),
  ImplementationPlanFiled: unitEvent({
    version: z.number().int().min(1),
    title: z.string().min(1),
    documentNumber: z.string().nullable(),
    filedWith: DivisionCodeSchema.describe('the unit the plan is filed with (备案): the reporting parent'),
    filedOn: IsoDateSchema,
  }),
  SelfAssessmentSubmitted: unitEvent({
    practices: z.string().min(1),
    results: z.string().min(1),
    difficulties: z.string().min(1),
    suggestions: z.string().min(1),
    submittedOn: IsoDateSchema,
  }),
  PilotReportSubmitted: unitEvent({
    title: z.string().min(1),
    submittedBy: DivisionCodeSchema,
    submittedTo: DivisionCodeSchema,
    submittedOn: IsoDateSchema,
  }),
  AcceptanceConducted: unitEvent({
    stage: AcceptanceStageSchema,
    conductedBy: DivisionCodeSchema,
    score: z.number().min(0).max(100),
    findings: z
      .array(FindingSchema)
      .describe('v2: every finding with its kind (problem, strength, requirement)'),
    passed: z.boolean(),
    conductedOn: IsoDateSchema,
  }),
  RectificationRequested: unitEvent({
    stage: AcceptanceStageSchema,
    requestedBy: DivisionCodeSchema,
    items: z.array(z.string().min(1)).min(1),
    requestedOn: IsoDateSchema,
    dueOn: IsoDateSchema,
  }),
  PilotCompleted: unitEvent({ finalScore: z.number().min(0).max(100), completedOn: IsoDateSchema }),
  PilotFeedbackRecorded: unitEvent(feedbackEventShape),
} as const;

export type PilotUnitEvent = MessageOf<typeof pilotUnitEventSchemas>;
