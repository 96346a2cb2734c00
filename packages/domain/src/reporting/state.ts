import type { IsoDate } from '../calendar/types';
import type { MessageOfType } from '../primitives';
import type { NationalReportEvent } from './events';

export type CompiledReportVersion = Omit<
  MessageOfType<NationalReportEvent, 'NationalReportCompiled'>['data'],
  'reportId'
>;

export interface NationalReportState {
  reportId: string | null;
  /** Every compilation, oldest first. */
  versions: readonly CompiledReportVersion[];
  submitted: { version: number; contentHash: string; submittedTo: string; submittedOn: IsoDate } | null;
}

export const initialNationalReportState = (): NationalReportState => ({
  reportId: null,
  versions: [],
  submitted: null,
});

export const latestVersion = (state: NationalReportState): CompiledReportVersion | undefined =>
  state.versions.at(-1);

/** Folds one national-report event. */
export const evolveNationalReport = (
  state: NationalReportState,
  event: NationalReportEvent,
): NationalReportState => {
  switch (event.type) {
    case 'NationalReportCompiled': {
      const { reportId, ...version } = event.data;
      return { ...state, reportId, versions: [...state.versions, version] };
    }
    case 'NationalReportSubmitted': {
      const { version, contentHash, submittedTo, submittedOn } = event.data;
      return { ...state, submitted: { version, contentHash, submittedTo, submittedOn } };
    }
  }
};
