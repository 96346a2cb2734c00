import type { PartyRule } from '../authorization/parties';
import { commandContextAsIs, defineDecider } from '../decider';
import { applicationCommandSchemas } from './commands';
import type { ApplicationCommandType } from './commands';
import { decideConsultThirdParty, decideRecordThirdPartyReply } from './decide/consultation';
import { decideReceiveCorrection, decideRequestCorrection } from './decide/correction';
import { decideDecideApplication } from './decide/decision';
import { decideRecordDelivery } from './decide/delivery';
import { decideExtendDeadline } from './decide/extension';
import { decideNotifyFee, decideRecordFeePayment } from './decide/fee';
import { decideReceiveApplication } from './decide/receive';
import { decideConcludeReviewOrSuit, decideFileReviewOrSuit } from './decide/reviewOrSuit';
import { decideDeferForVolume } from './decide/volume';
import { applicationErrorCodes } from './errors';
import { applicationEventDescriptions, applicationEventSchemas } from './events';
import type { ApplicationEventType } from './events';
import { evolveApplication } from './evolve';
import { applicationPolicy } from './policy';
import { initialApplicationState } from './state';
import { APPLICATION_STREAM_CATEGORY, streamIdForApplication } from './streams';

const policyOf = (type: ApplicationCommandType) => (): PartyRule => applicationPolicy[type];

const describe = (type: ApplicationEventType) => ({ description: applicationEventDescriptions[type] });

/**
 * The on-request disclosure application: one stream per application,
 * `disclosureApplication-<tenant>-<applicationId>`, decided by the county's disclosure office alone
 * (the prefecture and the province read its figures and stages, never its personal fields).
 */
export const disclosureApplicationDecider = defineDecider({
  category: APPLICATION_STREAM_CATEGORY,
  commandSchemas: applicationCommandSchemas,
  eventSchemas: applicationEventSchemas,
  initialState: initialApplicationState,
  evolve: evolveApplication,
  streamId: (data) => streamIdForApplication(data.tenant, data.applicationId),
  decisionContext: commandContextAsIs,
  commands: {
    ReceiveApplication: {
      graphql: {
        mutation: 'receiveApplication',
        description: 'County office: register an application for government information (依申请公开).',
      },
      policy: policyOf('ReceiveApplication'),
      decide: decideReceiveApplication,
    },
    RequestCorrection: {
      graphql: {
        mutation: 'requestApplicationCorrection',
        description: 'County office: ask the applicant, once, to correct an unclear application (补正).',
      },
      policy: policyOf('RequestCorrection'),
      decide: decideRequestCorrection,
    },
    ReceiveCorrection: {
      graphql: {
        mutation: 'receiveApplicationCorrection',
        description: 'County office: record the corrected application; the answer period starts again.',
      },
      policy: policyOf('ReceiveCorrection'),
      decide: decideReceiveCorrection,
    },
    DeferForVolume: {
      graphql: {
        mutation: 'deferApplicationForVolume',
        description:
          'County office: tell the applicant a later answer date for a large request (2019 Art. 35).',
      },
      policy: policyOf('DeferForVolume'),
      decide: decideDeferForVolume,
    },
    ConsultThirdParty: {
      graphql: {
        mutation: 'consultThirdParty',
        description: 'County office: consult a third party in writing (the clock pauses).',
      },
      policy: policyOf('ConsultThirdParty'),
      decide: decideConsultThirdParty,
    },
    RecordThirdPartyReply: {
      graphql: {
        mutation: 'recordThirdPartyReply',
        description: 'County office: record the consulted third party’s reply.',
      },
      policy: policyOf('RecordThirdPartyReply'),
      decide: decideRecordThirdPartyReply,
    },
    ExtendDeadline: {
      graphql: {
        mutation: 'extendApplicationDeadline',
        description: 'County office: extend the answer period once, approved by the office head.',
      },
      policy: policyOf('ExtendDeadline'),
      decide: decideExtendDeadline,
    },
    NotifyFee: {
      graphql: {
        mutation: 'notifyProcessingFee',
        description: 'County office: notify an information processing fee (from 2021; the clock waits).',
      },
      policy: policyOf('NotifyFee'),
      decide: decideNotifyFee,
    },
    RecordFeePayment: {
      graphql: {
        mutation: 'recordProcessingFeePayment',
        description: 'County office: record the applicant’s payment of the processing fee.',
      },
      policy: policyOf('RecordFeePayment'),
      decide: decideRecordFeePayment,
    },
    DecideApplication: {
      graphql: {
        mutation: 'decideApplication',
        description: 'County office: answer the application with the annual report’s result and ground.',
      },
      policy: policyOf('DecideApplication'),
      decide: decideDecideApplication,
    },
    RecordDelivery: {
      graphql: {
        mutation: 'recordApplicationDelivery',
        description: 'County office: record the day the answer reached the applicant (post: sign-for date).',
      },
      policy: policyOf('RecordDelivery'),
      decide: decideRecordDelivery,
    },
    FileReviewOrSuit: {
      graphql: {
        mutation: 'fileReviewOrSuit',
        description: 'County office: record an administrative review or lawsuit over the application.',
      },
      policy: policyOf('FileReviewOrSuit'),
      decide: decideFileReviewOrSuit,
    },
    ConcludeReviewOrSuit: {
      graphql: {
        mutation: 'concludeReviewOrSuit',
        description: 'County office: record how a review or lawsuit over the application ended.',
      },
      policy: policyOf('ConcludeReviewOrSuit'),
      decide: decideConcludeReviewOrSuit,
    },
  },
  events: {
    ApplicationReceived: describe('ApplicationReceived'),
    CorrectionRequested: describe('CorrectionRequested'),
    CorrectionReceived: describe('CorrectionReceived'),
    AnswerDeferredForVolume: describe('AnswerDeferredForVolume'),
    ThirdPartyConsulted: describe('ThirdPartyConsulted'),
    ThirdPartyReplied: describe('ThirdPartyReplied'),
    ApplicationDeadlineExtended: describe('ApplicationDeadlineExtended'),
    ProcessingFeeNotified: describe('ProcessingFeeNotified'),
    ProcessingFeePaid: describe('ProcessingFeePaid'),
    ApplicationDecided: describe('ApplicationDecided'),
    DecisionDelivered: describe('DecisionDelivered'),
    ReviewOrSuitFiled: describe('ReviewOrSuitFiled'),
    ReviewOrSuitConcluded: describe('ReviewOrSuitConcluded'),
  },
  errors: applicationErrorCodes,
});
