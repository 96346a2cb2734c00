import type { DecisionContext } from '../../context';
import type { MessageOfType } from '../../primitives';
import type { ApplicationCommand } from '../commands';
import {
  ConsultationPendingError,
  CorrectionNotOverdueError,
  CorrectionNotRequestedError,
  CorrectionPendingError,
  DecisionGroundInvalidError,
  FeeAlreadyPaidError,
  FeeNotNotifiedError,
  FeeNotOverdueError,
  FeeUnpaidError,
} from '../errors';
import type { ApplicationEvent } from '../events';
import { groundsOf } from '../outcomes';
import { openConsultation } from '../state';
import type { ReceivedApplication } from '../state';
import type { ApplicationState } from '../state';
import { assertStepDate, requireOpen } from './guards';

type Decide = MessageOfType<ApplicationCommand, 'DecideApplication'>['data'];

const assertGround = (data: Decide): void => {
  const allowed = groundsOf(data.result);
  const valid =
    allowed.length === 0
      ? data.ground === undefined
      : data.ground !== undefined && allowed.includes(data.ground);
  if (!valid)
    throw new DecisionGroundInvalidError({ result: data.result, ground: data.ground ?? null, allowed });
};

/** A correction awaited blocks every answer but "no correction", which needs its period to have ended. */
const assertCorrection = (application: ReceivedApplication, data: Decide): void => {
  const correction = application.correction;
  const awaiting = correction !== null && correction.receivedOn === null;
  if (data.ground === 'no-correction') {
    if (!awaiting) throw new CorrectionNotRequestedError({ applicationId: data.applicationId });
    if (data.decidedOn <= correction.correctBy) {
      throw new CorrectionNotOverdueError({
        applicationId: data.applicationId,
        correctBy: correction.correctBy,
        decidedOn: data.decidedOn,
      });
    }
    return;
  }
  if (awaiting)
    throw new CorrectionPendingError({ applicationId: data.applicationId, correctBy: correction.correctBy });
  if (data.ground === 'unclear-after-correction' && correction?.receivedOn == null) {
    throw new CorrectionNotRequestedError({ applicationId: data.applicationId });
  }
};

/** An unpaid fee blocks every answer but "fee not paid", which needs the payment period to have ended. */
const assertFee = (application: ReceivedApplication, data: Decide): void => {
  const fee = application.fee;
  if (data.ground === 'fee-not-paid') {
    if (fee === null) throw new FeeNotNotifiedError({ applicationId: data.applicationId });
    if (fee.paidOn !== null)
      throw new FeeAlreadyPaidError({ applicationId: data.applicationId, paidOn: fee.paidOn });
    if (data.decidedOn <= fee.payBy) {
      throw new FeeNotOverdueError({
        applicationId: data.applicationId,
        payBy: fee.payBy,
        decidedOn: data.decidedOn,
      });
    }
    return;
  }
  if (fee !== null && fee.paidOn === null)
    throw new FeeUnpaidError({ applicationId: data.applicationId, payBy: fee.payBy });
};

/** The answer, of exactly the annual report's result types and grounds; it ends the clock. */
export const decideDecideApplication = (
  { data }: MessageOfType<ApplicationCommand, 'DecideApplication'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireOpen(state, data.applicationId);
  assertGround(data);
  assertStepDate(context, application, { field: 'decidedOn', date: data.decidedOn });
  const pending = openConsultation(application, data.decidedOn);
  if (pending) {
    throw new ConsultationPendingError({
      applicationId: data.applicationId,
      consultationId: pending.consultationId,
      endsOn: pending.replyDueOn,
    });
  }
  assertCorrection(application, data);
  assertFee(application, data);
  return [
    {
      type: 'ApplicationDecided',
      data: {
        applicationId: data.applicationId,
        decidedOn: data.decidedOn,
        result: data.result,
        ground: data.ground ?? null,
        proactivelyDisclosedAt: data.result === 'disclosed' ? (data.proactivelyDisclosedAt ?? null) : null,
      },
    },
  ];
};
