import type { DecisionContext } from '../../context';
import type { MessageOfType } from '../../primitives';
import type { ApplicationCommand } from '../commands';
import {
  CaseAlreadyConcludedError,
  CaseAlreadyRecordedError,
  CaseUnknownError,
  NothingToChallengeError,
  ReviewNotConcludedError,
} from '../errors';
import type { ApplicationEvent } from '../events';
import type { ApplicationState } from '../state';
import { assertStepDate, clockOn, requireReceived } from './guards';

/**
 * 行政复议 / 行政诉讼 over an application: against its answer, or against a missed deadline. The
 * remedies' own time limits are the applicant's to keep; the office records the facts.
 */
export const decideFileReviewOrSuit = (
  { data }: MessageOfType<ApplicationCommand, 'FileReviewOrSuit'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireReceived(state, data.applicationId);
  if (application.cases.some((reviewOrSuit) => reviewOrSuit.caseId === data.caseId)) {
    throw new CaseAlreadyRecordedError({ applicationId: data.applicationId, caseId: data.caseId });
  }
  assertStepDate(context, application, { field: 'filedOn', date: data.filedOn });
  const clock = clockOn(state, data.filedOn, context);
  if (clock.status !== 'decided' && clock.status !== 'overdue') {
    throw new NothingToChallengeError({ applicationId: data.applicationId, dueOn: clock.dueOn });
  }
  if (
    data.kind === 'suit-after-review' &&
    !application.cases.some(
      (c) => c.kind === 'review' && c.concludedOn !== null && c.concludedOn <= data.filedOn,
    )
  ) {
    throw new ReviewNotConcludedError({ applicationId: data.applicationId });
  }
  return [
    {
      type: 'ReviewOrSuitFiled',
      data: {
        applicationId: data.applicationId,
        caseId: data.caseId,
        kind: data.kind,
        filedOn: data.filedOn,
        personal: data.personal ?? null,
      },
    },
  ];
};

export const decideConcludeReviewOrSuit = (
  { data }: MessageOfType<ApplicationCommand, 'ConcludeReviewOrSuit'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireReceived(state, data.applicationId);
  const reviewOrSuit = application.cases.find((c) => c.caseId === data.caseId);
  if (!reviewOrSuit) throw new CaseUnknownError({ applicationId: data.applicationId, caseId: data.caseId });
  if (reviewOrSuit.concludedOn !== null) {
    throw new CaseAlreadyConcludedError({
      applicationId: data.applicationId,
      caseId: data.caseId,
      concludedOn: reviewOrSuit.concludedOn,
    });
  }
  assertStepDate(
    context,
    application,
    { field: 'concludedOn', date: data.concludedOn },
    { field: 'filedOn', date: reviewOrSuit.filedOn },
  );
  return [
    {
      type: 'ReviewOrSuitConcluded',
      data: {
        applicationId: data.applicationId,
        caseId: data.caseId,
        concludedOn: data.concludedOn,
        outcome: data.outcome,
      },
    },
  ];
};
