import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { ReportAlreadySubmittedError, ReportHashMismatchError, ReportNotCompiledError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import { NATIONAL_TENANT } from '../../tenants/types';
import type { NationalReportCommand } from '../commands';
import type { NationalReportEvent } from '../events';
import { latestVersion } from '../state';
import type { NationalReportState } from '../state';

/** The province sends the last compiled version to the State Council General Office, once. */
export const decideSubmitNationalReport = (
  { data }: MessageOfType<NationalReportCommand, 'SubmitNationalReport'>,
  state: NationalReportState,
  context: DecisionContext,
): NationalReportEvent[] => {
  const latest = latestVersion(state);
  if (!latest) throw new ReportNotCompiledError({ reportId: data.reportId });
  if (state.submitted) {
    throw new ReportAlreadySubmittedError({
      reportId: data.reportId,
      submittedOn: state.submitted.submittedOn,
    });
  }
  if (latest.contentHash !== data.contentHash) {
    throw new ReportHashMismatchError({
      reportId: data.reportId,
      expected: latest.contentHash,
      received: data.contentHash,
      version: latest.version,
    });
  }
  assertNotInFuture(context, { field: 'submittedOn', date: data.submittedOn });
  assertNotBefore(
    { field: 'submittedOn', date: data.submittedOn },
    { field: 'compiledOn', date: latest.compiledOn },
  );
  return [
    {
      type: 'NationalReportSubmitted',
      data: {
        reportId: data.reportId,
        version: latest.version,
        position: latest.position,
        contentHash: latest.contentHash,
        submittedTo: NATIONAL_TENANT,
        submittedOn: data.submittedOn,
      },
    },
  ];
};
