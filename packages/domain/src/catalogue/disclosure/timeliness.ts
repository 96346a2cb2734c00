import { z } from 'zod';
import type { IsoDate, WorkingDayCalendar } from '../../calendar/types';
import { IsoDateSchema } from '../../primitives';
import { deadlineRuleOf } from '../standard';
import type { TimeLimit } from '../standard';

export const TimelinessSchema = z
  .object({
    rule: z
      .string()
      .describe('the time-limit rule the deadline comes from, e.g. working-days-after-formation'),
    allowedWorkingDays: z.number().int().min(0),
    deadline: IsoDateSchema,
    workingDaysTaken: z.number().int().min(0),
    onTime: z.boolean(),
  })
  .strict();
export type Timeliness = z.infer<typeof TimelinessSchema>;

/**
 * Deadline `allowedWorkingDays` working days after `startsOn` (that day not counted) on the official
 * calendar; on time when published on or before the deadline.
 */
export const timelinessWithin = (
  rule: string,
  allowedWorkingDays: number,
  startsOn: IsoDate,
  publishedOn: IsoDate,
  calendar: WorkingDayCalendar,
): Timeliness => {
  const deadline = calendar.addWorkingDays(startsOn, allowedWorkingDays);
  return {
    rule,
    allowedWorkingDays,
    deadline,
    workingDaysTaken: calendar.workingDaysBetween(startsOn, publishedOn),
    onTime: publishedOn <= deadline,
  };
};

/**
 * Timeliness of a publication against the item's time limit: the strictest working-day rule,
 * counted from `formedOn` (the date the information was formed or changed, or the decision, request
 * or event date the rule names). Null when the time limit has no working-day deadline (及时, 实时, …).
 */
export const disclosureTimeliness = (
  timeLimit: TimeLimit,
  formedOn: IsoDate,
  publishedOn: IsoDate,
  calendar: WorkingDayCalendar,
): Timeliness | null => {
  const rule = deadlineRuleOf(timeLimit);
  return rule ? timelinessWithin(rule.type, rule.days, formedOn, publishedOn, calendar) : null;
};

/** 国办发〔2016〕19号: an interpretation follows its document within 3 working days. */
export const INTERPRETATION_WORKING_DAYS = 3;
