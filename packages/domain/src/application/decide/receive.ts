import type { DecisionContext } from '../../context';
import { assertNotInFuture, requireTenant } from '../../context';
import type { MessageOfType } from '../../primitives';
import type { ApplicationCommand } from '../commands';
import { ApplicationAlreadyReceivedError, ReceiptEvidenceMissingError } from '../errors';
import type { ApplicationEvent } from '../events';
import { receiptRules, regulationFor } from '../regulation';
import type { ApplicationState } from '../state';

type Receive = MessageOfType<ApplicationCommand, 'ReceiveApplication'>['data'];

/**
 * The receipt date is the fact the channel's rule names. The rules of both regulations name the same
 * fact for every channel but e-mail (2007: the mail system's receipt; 2019: both sides' confirmation),
 * so the date given decides the regulation, and that regulation's rule must find its fact.
 */
const receiptOf = (data: Receive) => {
  const provisional =
    data[receiptRules['ogi-2019'][data.channel].evidence] ??
    data[receiptRules['ogi-2007'][data.channel].evidence];
  const regulation = regulationFor(provisional ?? '9999-12-31');
  const rule = receiptRules[regulation.id][data.channel];
  const receivedOn = data[rule.evidence];
  if (receivedOn === undefined) {
    throw new ReceiptEvidenceMissingError({
      channel: data.channel,
      regulation: regulation.id,
      evidence: rule.evidence,
      basis: rule.basis,
    });
  }
  return { regulation: regulationFor(receivedOn), evidence: rule.evidence, receivedOn };
};

export const decideReceiveApplication = (
  { data }: MessageOfType<ApplicationCommand, 'ReceiveApplication'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  if (state.receivedOn !== null) {
    throw new ApplicationAlreadyReceivedError({
      applicationId: data.applicationId,
      receivedOn: state.receivedOn,
    });
  }
  requireTenant(context.directory, data.tenant);
  const receipt = receiptOf(data);
  assertNotInFuture(
    context,
    { field: receipt.evidence, date: receipt.receivedOn },
    { field: 'submittedOn', date: data.submittedOn },
  );
  return [
    {
      type: 'ApplicationReceived',
      data: {
        applicationId: data.applicationId,
        office: data.tenant,
        regulation: receipt.regulation.id,
        channel: data.channel,
        receiptEvidence: receipt.evidence,
        receivedOn: receipt.receivedOn,
        applicantKind: data.applicantKind,
        trackingCode: data.trackingCode,
        personal: data.personal,
      },
    },
  ];
};
