export type * from './types';
export { ReadModelViewQueries } from './viewQueries';
export type { ViewQueriesOptions } from './viewQueries';
export { ReadModelViews } from './readModelViews';
export { auditTrail } from './auditTrail';
export { MAX_CATALOGUE_PAGE } from './catalogue';
