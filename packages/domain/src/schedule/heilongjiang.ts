import scheduleJson from '../../data/heilongjiang-schedule.json' with { type: 'json' };

import { parseMilestones } from './milestoneData';
import type { Milestone } from './types';

/**
 * The dated milestones of the Heilongjiang plan (黑政办发〔2017〕50号 section 四), per pilot level,
 * with the unit codes responsible and the event completing each (see the file's meta).
 */
export const heilongjiangMilestones: readonly Milestone[] = parseMilestones(scheduleJson);
