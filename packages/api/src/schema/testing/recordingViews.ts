import type { ViewQueries } from '@gongkai/projections';

/** One call the API made to the views. */
export interface ViewCall {
  readonly query: keyof ViewQueries;
  readonly args: readonly unknown[];
}

export interface RecordingViews extends ViewQueries {
  /** Every call, in order: what the resolvers passed through, and what they never asked. */
  readonly calls: ViewCall[];
}

/** The views, with every call recorded. */
export const recordingViews = (views: ViewQueries): RecordingViews => {
  const calls: ViewCall[] = [];
  const record = (query: keyof ViewQueries, args: readonly unknown[]) => void calls.push({ query, args });
  return {
    calls,
    countyView: (...args) => (record('countyView', args), views.countyView(...args)),
    prefectureView: (...args) => (record('prefectureView', args), views.prefectureView(...args)),
    provinceView: (...args) => (record('provinceView', args), views.provinceView(...args)),
    nationalRollup: (...args) => (record('nationalRollup', args), views.nationalRollup(...args)),
    catalogueItem: (...args) => (record('catalogueItem', args), views.catalogueItem(...args)),
    catalogue: (...args) => (record('catalogue', args), views.catalogue(...args)),
    milestones: (...args) => (record('milestones', args), views.milestones(...args)),
    auditTrail: (...args) => (record('auditTrail', args), views.auditTrail(...args)),
    // Not a view: the API's response cache asks it on every live-view query.
    ...(views.liveVersion ? { liveVersion: () => views.liveVersion!() } : {}),
  };
};
