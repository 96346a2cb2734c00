import type { DecisionContext } from '../../context';
import type { ApplicationCommand } from '../commands';
import type { ApplicationEvent } from '../events';
import type { ApplicationState } from '../state';
import { decideConsultThirdParty, decideRecordThirdPartyReply } from './consultation';
import { decideReceiveCorrection, decideRequestCorrection } from './correction';
import { decideDecideApplication } from './decision';
import { decideRecordDelivery } from './delivery';
import { decideExtendDeadline } from './extension';
import { decideNotifyFee, decideRecordFeePayment } from './fee';
import { decideReceiveApplication } from './receive';
import { decideConcludeReviewOrSuit, decideFileReviewOrSuit } from './reviewOrSuit';
import { decideDeferForVolume } from './volume';

/** Decides an application command against the folded state; throws a DomainError on a broken rule. */
export const decideApplication = (
  command: ApplicationCommand,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  switch (command.type) {
    case 'ReceiveApplication':
      return decideReceiveApplication(command, state, context);
    case 'RequestCorrection':
      return decideRequestCorrection(command, state, context);
    case 'ReceiveCorrection':
      return decideReceiveCorrection(command, state, context);
    case 'DeferForVolume':
      return decideDeferForVolume(command, state, context);
    case 'ConsultThirdParty':
      return decideConsultThirdParty(command, state, context);
    case 'RecordThirdPartyReply':
      return decideRecordThirdPartyReply(command, state, context);
    case 'ExtendDeadline':
      return decideExtendDeadline(command, state, context);
    case 'NotifyFee':
      return decideNotifyFee(command, state, context);
    case 'RecordFeePayment':
      return decideRecordFeePayment(command, state, context);
    case 'DecideApplication':
      return decideDecideApplication(command, state, context);
    case 'RecordDelivery':
      return decideRecordDelivery(command, state, context);
    case 'FileReviewOrSuit':
      return decideFileReviewOrSuit(command, state, context);
    case 'ConcludeReviewOrSuit':
      return decideConcludeReviewOrSuit(command, state, context);
  }
};
