import type { DecisionContext } from '../../context';
import type { MessageOfType } from '../../primitives';
import type { ApplicationCommand } from '../commands';
import { DecisionNotMadeError, DeliveryAlreadyRecordedError } from '../errors';
import type { ApplicationEvent } from '../events';
import type { ApplicationState } from '../state';
import { assertStepDate, requireReceived } from './guards';

/** The answer reached the applicant; for post, the sign-for date counts. */
export const decideRecordDelivery = (
  { data }: MessageOfType<ApplicationCommand, 'RecordDelivery'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireReceived(state, data.applicationId);
  if (application.decision === null) {
    throw new DecisionNotMadeError({ applicationId: data.applicationId, step: 'recording its delivery' });
  }
  if (application.delivery !== null) {
    throw new DeliveryAlreadyRecordedError({
      applicationId: data.applicationId,
      deliveredOn: application.delivery.deliveredOn,
    });
  }
  assertStepDate(
    context,
    application,
    { field: 'deliveredOn', date: data.deliveredOn },
    { field: 'decidedOn', date: application.decision.decidedOn },
  );
  return [
    {
      type: 'DecisionDelivered',
      data: { applicationId: data.applicationId, deliveredOn: data.deliveredOn, method: data.method },
    },
  ];
};
