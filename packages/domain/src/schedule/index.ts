export {
  MILESTONE_COMPLETION_EVENT_TYPES,
  type Milestone,
  type MilestoneArtefact,
  type MilestoneCompletion,
  type MilestoneCompletionEventType,
  type MilestoneResponsibility,
  type MilestoneState,
  type MilestoneStatus,
  type UnitMilestones,
} from './types';
export { milestonesFor, milestoneStatus, overdueMilestones } from './milestoneStatus';
export { parseMilestones, scheduleDataSchema } from './milestoneData';
export { heilongjiangMilestones } from './heilongjiang';
export { InvalidScheduleDataError, isInvalidScheduleDataError } from './invalidScheduleDataError';
