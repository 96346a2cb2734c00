export { APPLICATIONS, APPLICATIONS_PROJECTOR, createApplicationsProjector } from './applicationsProjector';
export type { ApplicationDocument, ApplicationPersonal } from './applicationsProjector';
export { ApplicationViews, applicationStages, DUE_SOON_WORKING_DAYS, stageOf } from './applicationViews';
export { addFigures, sumAnnualFigures } from './figureSums';
export type {
  AnnualFiguresView,
  ApplicationQueueView,
  ApplicationStage,
  ApplicationView,
  QueueCounts,
  QueueEntry,
  QueueRow,
} from './applicationViews';
export { ApplicationViewQueries } from './applicationViewQueries';
export type { ApplicationViewQueriesOptions } from './applicationViewQueries';
