import type { DecisionContext } from '../../context';
import { assertNotBefore } from '../../context';
import type { MessageOfType } from '../../primitives';
import type { ApplicationCommand } from '../commands';
import {
  CorrectionAlreadyReceivedError,
  CorrectionAlreadyRequestedError,
  CorrectionNotRequestedError,
  CorrectionWindowPassedError,
} from '../errors';
import type { ApplicationEvent } from '../events';
import { regulations } from '../regulation';
import type { ApplicationState } from '../state';
import { assertStepDate, clockOn, requireOpen } from './guards';

/** 补正: once, within the regulation's window after receipt (2019: 7 working days). */
export const decideRequestCorrection = (
  { data }: MessageOfType<ApplicationCommand, 'RequestCorrection'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireOpen(state, data.applicationId);
  if (application.correction !== null) {
    throw new CorrectionAlreadyRequestedError({
      applicationId: data.applicationId,
      requestedOn: application.correction.requestedOn,
    });
  }
  assertStepDate(context, application, { field: 'requestedOn', date: data.requestedOn });
  assertNotBefore(
    { field: 'correctBy', date: data.correctBy },
    { field: 'requestedOn', date: data.requestedOn },
  );
  const regulation = regulations[application.regulation];
  const lastDay =
    regulation.correctionWindowWorkingDays === null
      ? clockOn(state, data.requestedOn, context).dueOn
      : context.calendar.addWorkingDays(application.receivedOn, regulation.correctionWindowWorkingDays);
  if (lastDay !== null && data.requestedOn > lastDay) {
    throw new CorrectionWindowPassedError({
      applicationId: data.applicationId,
      requestedOn: data.requestedOn,
      lastDay,
      basis: regulation.correctionBasis,
    });
  }
  return [
    {
      type: 'CorrectionRequested',
      data: {
        applicationId: data.applicationId,
        requestedOn: data.requestedOn,
        correctBy: data.correctBy,
        personal: data.personal ?? null,
      },
    },
  ];
};

/** The corrected application: the answer period starts again from its receipt. */
export const decideReceiveCorrection = (
  { data }: MessageOfType<ApplicationCommand, 'ReceiveCorrection'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireOpen(state, data.applicationId);
  const correction = application.correction;
  if (correction === null) throw new CorrectionNotRequestedError({ applicationId: data.applicationId });
  if (correction.receivedOn !== null) {
    throw new CorrectionAlreadyReceivedError({
      applicationId: data.applicationId,
      receivedOn: correction.receivedOn,
    });
  }
  assertStepDate(
    context,
    application,
    { field: 'receivedOn', date: data.receivedOn },
    { field: 'correction requestedOn', date: correction.requestedOn },
  );
  return [
    {
      type: 'CorrectionReceived',
      data: {
        applicationId: data.applicationId,
        receivedOn: data.receivedOn,
        personal: data.personal ?? null,
      },
    },
  ];
};
