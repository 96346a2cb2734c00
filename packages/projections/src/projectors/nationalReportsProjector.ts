import type { NationalReportEvent } from '@gongkai/domain';
import type { OverallReportState } from '../views/types';
import type { ProjectionContext } from './context';
import type { StateDocument, StreamStateProjectorOptions } from './streamStateProjector';
import { createStreamStateProjector } from './streamStateProjector';
import type { Projector } from './types';

export const NATIONAL_REPORTS_PROJECTOR = 'nationalReports';
/** Collection of overall reports: `_id` = the stream id, tenant = the province. */
export const NATIONAL_REPORTS = 'nationalReports';

export type NationalReportDocument = StateDocument<OverallReportState>;

const evolveReport = (state: OverallReportState, event: NationalReportEvent): OverallReportState => {
  switch (event.type) {
    case 'NationalReportCompiled': {
      const { reportId, version, title, position, compiledOn } = event.data;
      return { ...state, reportId, versions: [...state.versions, { version, title, position, compiledOn }] };
    }
    case 'NationalReportSubmitted': {
      const { reportId, version, position, submittedTo, submittedOn } = event.data;
      return { ...state, reportId, submitted: { version, position, submittedTo, submittedOn } };
    }
    default:
      return state;
  }
};

export const nationalReportsFold: StreamStateProjectorOptions<OverallReportState> = {
  name: NATIONAL_REPORTS_PROJECTOR,
  collection: NATIONAL_REPORTS,
  category: 'nationalReport',
  indexes: [['tenant']],
  initial: () => ({ reportId: '', versions: [], submitted: null }),
  evolve: (state, event) => evolveReport(state, event as NationalReportEvent),
};

/** The overall reports (总体报告): compiled versions and the submission. */
export const createNationalReportsProjector = (context: ProjectionContext): Projector =>
  createStreamStateProjector<OverallReportState>(context, nationalReportsFold);
