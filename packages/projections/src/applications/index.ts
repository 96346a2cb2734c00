export { APPLICATIONS, APPLICATIONS_PROJECTOR, createApplicationsProjector } from './applicationsProjector';
export type { ApplicationDocument, ApplicationPersonal } from './applicationsProjector';
export { ApplicationViews } from './applicationViews';
export { applicationStages, DUE_SOON_WORKING_DAYS, stageOf } from './applicationStage';
export type { ApplicationStage } from './applicationStage';
export { addFigures, sumAnnualFigures } from './figureSums';
export type {
  AnnualFiguresView,
  ApplicationQueueView,
  ApplicationView,
  QueueCounts,
  QueueEntry,
  QueueRow,
} from './applicationViews';
export { ApplicationViewQueries } from './applicationViewQueries';
export type { ApplicationViewQueriesOptions } from './applicationViewQueries';
