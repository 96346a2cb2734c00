import { z } from 'zod';

import { InvalidScheduleDataError } from './invalidScheduleDataError';
import { MILESTONE_COMPLETION_EVENT_TYPES, type Milestone } from './types';

const milestoneSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['deadline', 'milestone']),
  description: z.string().min(1),
  descriptionEn: z.string().min(1),
  dueDate: z.iso.date(),
  dueDateText: z.string().min(1),
  pilotLevels: z.array(z.enum(['national', 'provincial', 'self-organized'])).min(1),
  responsible: z
    .array(
      z.object({
        tier: z.enum(['county', 'prefecture', 'province', 'national']),
        role: z.string().min(1),
        unitCodes: z.array(z.string().regex(/^\d{6}$/)).min(1),
      }),
    )
    .min(1),
  artefact: z.object({ name: z.string(), nameEn: z.string(), submittedTo: z.string().nullable() }).nullable(),
  completedBy: z.array(z.enum(MILESTONE_COMPLETION_EVENT_TYPES)),
  dependsOn: z.array(z.string()),
  seedSection: z.string(),
  note: z.string().optional(),
});

export const scheduleDataSchema = z.object({
  meta: z.record(z.string(), z.unknown()).optional(),
  milestones: z.array(milestoneSchema),
});

/** Validates a schedule file and returns its milestones; throws InvalidScheduleDataError. */
export function parseMilestones(input: unknown): readonly Milestone[] {
  const parsed = scheduleDataSchema.safeParse(input);
  if (!parsed.success) throw new InvalidScheduleDataError([z.prettifyError(parsed.error)]);
  const { milestones } = parsed.data;
  const ids = new Set(milestones.map((milestone) => milestone.id));
  const issues = [
    ...(ids.size === milestones.length ? [] : ['a milestone id appears more than once']),
    ...milestones.flatMap(({ id, dependsOn }) =>
      dependsOn
        .filter((other) => !ids.has(other))
        .map((other) => `${id} depends on unknown milestone ${other}`),
    ),
  ];
  if (issues.length > 0) throw new InvalidScheduleDataError(issues);
  return Object.freeze(milestones);
}
