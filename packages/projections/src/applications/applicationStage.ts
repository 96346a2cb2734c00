import type { ApplicationClock, ApplicationState, IsoDate } from '@gongkai/domain';

/** Where an application stands as of a date (what the queue groups by and the tracking page shows). */
export type ApplicationStage =
  | 'in-progress'
  | 'awaiting-correction'
  | 'consulting-third-party'
  | 'awaiting-fee'
  | 'decided'
  | 'delivered'
  | 'review-or-suit';

export const applicationStages: readonly ApplicationStage[] = [
  'in-progress',
  'awaiting-correction',
  'consulting-third-party',
  'awaiting-fee',
  'decided',
  'delivered',
  'review-or-suit',
];

/** Open applications due within this many working days are "due soon". */
export const DUE_SOON_WORKING_DAYS = 5;

/** The stage as of `asOf`, from the dated facts the state holds and the clock on that day. */
export const stageOf = (
  state: ApplicationState,
  clock: ApplicationClock,
  asOf: IsoDate,
): ApplicationStage => {
  const openCase = state.cases.some(
    (c) => c.filedOn <= asOf && (c.concludedOn === null || c.concludedOn > asOf),
  );
  if (openCase) return 'review-or-suit';
  if (state.delivery !== null && state.delivery.deliveredOn <= asOf) return 'delivered';
  if (clock.status === 'decided') return 'decided';
  if (clock.status === 'awaiting-correction') return 'awaiting-correction';
  if (clock.status === 'paused') return clock.pausedFor === 'fee' ? 'awaiting-fee' : 'consulting-third-party';
  return 'in-progress';
};
