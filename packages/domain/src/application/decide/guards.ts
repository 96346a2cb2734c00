import type { IsoDate } from '../../calendar/types';
import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { applicationClock } from '../clock';
import type { ApplicationClock } from '../clock';
import { ApplicationAlreadyDecidedError, ApplicationNotReceivedError } from '../errors';
import { isReceived } from '../state';
import type { ApplicationState, ReceivedApplication } from '../state';

/** A received application: the precondition of every command but receipt. */
export const requireReceived = (state: ApplicationState, applicationId: string): ReceivedApplication => {
  if (!isReceived(state)) throw new ApplicationNotReceivedError({ applicationId });
  return state;
};

/** A received application not yet answered: the precondition of every handling step. */
export const requireOpen = (state: ApplicationState, applicationId: string): ReceivedApplication => {
  const received = requireReceived(state, applicationId);
  if (received.decision !== null) {
    throw new ApplicationAlreadyDecidedError({ applicationId, decidedOn: received.decision.decidedOn });
  }
  return received;
};

/** A step's date: not in the future, not before receipt (nor before the other dates given). */
export const assertStepDate = (
  context: DecisionContext,
  application: ReceivedApplication,
  step: { field: string; date: IsoDate },
  ...after: { field: string; date: IsoDate | null | undefined }[]
): void => {
  assertNotInFuture(context, step);
  assertNotBefore(step, { field: 'receivedOn', date: application.receivedOn }, ...after);
};

/** The clock just before a step dated `on`. */
export const clockOn = (state: ApplicationState, on: IsoDate, context: DecisionContext): ApplicationClock =>
  applicationClock(state, on, context.calendar);
