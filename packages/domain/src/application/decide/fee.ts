import type { DecisionContext } from '../../context';
import type { MessageOfType } from '../../primitives';
import type { ApplicationCommand } from '../commands';
import {
  FeeAlreadyNotifiedError,
  FeeAlreadyPaidError,
  FeeNotApplicableError,
  FeeNotNotifiedError,
  NoFeeDueError,
} from '../errors';
import type { ApplicationEvent } from '../events';
import { informationProcessingFee } from '../fees';
import { FEE_RULES_FROM, feeRules } from '../regulation';
import type { ApplicationState } from '../state';
import { assertStepDate, requireOpen } from './guards';

/** 信息处理费: computed from the rules, for applications received from 2021; one notice, one method. */
export const decideNotifyFee = (
  { data }: MessageOfType<ApplicationCommand, 'NotifyFee'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireOpen(state, data.applicationId);
  if (application.receivedOn < FEE_RULES_FROM) {
    throw new FeeNotApplicableError({
      applicationId: data.applicationId,
      receivedOn: application.receivedOn,
      appliesFrom: FEE_RULES_FROM,
    });
  }
  if (application.fee !== null) {
    throw new FeeAlreadyNotifiedError({
      applicationId: data.applicationId,
      notifiedOn: application.fee.notifiedOn,
    });
  }
  const amountYuan = informationProcessingFee(data.method, data.units);
  if (amountYuan === 0) throw new NoFeeDueError({ method: data.method, units: data.units });
  assertStepDate(context, application, { field: 'notifiedOn', date: data.notifiedOn });
  return [
    {
      type: 'ProcessingFeeNotified',
      data: {
        applicationId: data.applicationId,
        notifiedOn: data.notifiedOn,
        method: data.method,
        units: data.units,
        amountYuan,
        payBy: context.calendar.addWorkingDays(data.notifiedOn, feeRules.paymentWorkingDays),
      },
    },
  ];
};

export const decideRecordFeePayment = (
  { data }: MessageOfType<ApplicationCommand, 'RecordFeePayment'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireOpen(state, data.applicationId);
  const fee = application.fee;
  if (fee === null) throw new FeeNotNotifiedError({ applicationId: data.applicationId });
  if (fee.paidOn !== null)
    throw new FeeAlreadyPaidError({ applicationId: data.applicationId, paidOn: fee.paidOn });
  assertStepDate(
    context,
    application,
    { field: 'paidOn', date: data.paidOn },
    { field: 'fee notifiedOn', date: fee.notifiedOn },
  );
  return [
    {
      type: 'ProcessingFeePaid',
      data: { applicationId: data.applicationId, paidOn: data.paidOn, amountYuan: fee.amountYuan },
    },
  ];
};
