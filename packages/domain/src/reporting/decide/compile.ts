import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { ReportAlreadySubmittedError, ReportPositionRegressedError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { NationalReportCommand } from '../commands';
import type { NationalReportEvent } from '../events';
import { latestVersion } from '../state';
import type { NationalReportState } from '../state';

/** Each compilation is a numbered version pinned to an event-store position and a content hash. */
export const decideCompileNationalReport = (
  { data }: MessageOfType<NationalReportCommand, 'CompileNationalReport'>,
  state: NationalReportState,
  context: DecisionContext,
): NationalReportEvent[] => {
  if (state.submitted) {
    throw new ReportAlreadySubmittedError({
      reportId: data.reportId,
      submittedOn: state.submitted.submittedOn,
    });
  }
  const previous = latestVersion(state);
  if (previous && data.position < previous.position) {
    throw new ReportPositionRegressedError({
      reportId: data.reportId,
      position: data.position,
      previous: previous.position,
    });
  }
  assertNotInFuture(context, { field: 'compiledOn', date: data.compiledOn });
  assertNotBefore(
    { field: 'compiledOn', date: data.compiledOn },
    { field: 'previous compiledOn', date: previous?.compiledOn },
  );
  // The same content at the same position is the same version: nothing to record.
  if (previous && previous.position === data.position && previous.contentHash === data.contentHash) return [];
  const { tenant: _tenant, ...compiled } = data;
  return [{ type: 'NationalReportCompiled', data: { ...compiled, version: (previous?.version ?? 0) + 1 } }];
};
