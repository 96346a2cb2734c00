import { z } from 'zod';
import { IsoDateSchema } from '../../primitives';
import { TextSchema } from '../../primitives/text';

const days = z.number().int().min(0);

/** Machine-readable time-limit rules (catalogue-schema.md §5). */
export const TimeLimitRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('working-days-after-formation'), days }).strict(),
  z.object({ type: z.literal('working-days-after-decision'), days }).strict(),
  z.object({ type: z.literal('working-days-after-request'), days, extensionDays: days.optional() }).strict(),
  z.object({ type: z.literal('working-days-after-event'), days, event: z.string().min(1) }).strict(),
  z.object({ type: z.literal('publicity-period'), minDays: days, workingDays: z.boolean() }).strict(),
  z
    .object({
      type: z.literal('before-deadline'),
      date: z.union([IsoDateSchema, z.string().regex(/^\d{2}-\d{2}$/, 'MM-DD for a yearly deadline')]),
    })
    .strict(),
  z.object({ type: z.literal('realtime') }).strict(),
  z.object({ type: z.literal('timely') }).strict(),
  z.object({ type: z.literal('progressive') }).strict(),
  z.object({ type: z.literal('permanent') }).strict(),
]);
export type TimeLimitRule = z.infer<typeof TimeLimitRuleSchema>;

const timeLimit = (text: z.ZodType<string>) =>
  z
    .object({
      text: text.describe('The original wording, e.g. 信息形成或者变更之日起20个工作日内.'),
      rules: z.array(TimeLimitRuleSchema),
    })
    .strict();

/** 公开时限: the original wording (under the one text rule, as commands take it) and the rules read from it. */
export const TimeLimitSchema = timeLimit(TextSchema);
/** 公开时限 as events record it: any wording. */
export const StoredTimeLimitSchema = timeLimit(z.string());
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

/** Rules that set a deadline counted in working days from a date (formation, decision, request, event). */
export type WorkingDayDeadlineRule = Extract<TimeLimitRule, { type: `working-days-after-${string}` }>;

export const isWorkingDayDeadlineRule = (rule: TimeLimitRule): rule is WorkingDayDeadlineRule =>
  rule.type.startsWith('working-days-after-');

/** The strictest working-day deadline of a time limit; undefined when it has none (timely, realtime, …). */
export const deadlineRuleOf = (timeLimit: TimeLimit): WorkingDayDeadlineRule | undefined =>
  timeLimit.rules
    .filter(isWorkingDayDeadlineRule)
    .reduce<WorkingDayDeadlineRule | undefined>(
      (strictest, rule) => (!strictest || rule.days < strictest.days ? rule : strictest),
      undefined,
    );
