import type { ApplicationCommand } from '../commands';
import type { ApplicationEvent } from '../events';
import type { MessageOfType } from '../../primitives';

export const OFFICE = '230102';
export const APPLICATION_ID = 'A-2020-0001';

type CommandData<T extends ApplicationCommand['type']> = Omit<
  MessageOfType<ApplicationCommand, T>['data'],
  'tenant' | 'applicationId'
>;

/** A command on the fixture application of 道里区. */
export const applicationCommand = <T extends ApplicationCommand['type']>(
  type: T,
  data: CommandData<T>,
): ApplicationCommand =>
  ({
    type,
    data: { tenant: OFFICE, applicationId: APPLICATION_ID, ...data },
  }) as unknown as ApplicationCommand;

export const applicant = {
  applicantName: '张三',
  idNumber: '230102198001011234',
  contact: '13800000000',
  requestDescription: '请公开本人房屋征收补偿协议',
};

/** An application received in person on `receivedOn` from a natural person. */
export const received = (
  receivedOn: string,
  overrides: Partial<Extract<ApplicationEvent, { type: 'ApplicationReceived' }>['data']> = {},
): ApplicationEvent => ({
  type: 'ApplicationReceived',
  data: {
    applicationId: APPLICATION_ID,
    office: OFFICE,
    regulation: receivedOn < '2019-05-15' ? 'ogi-2007' : 'ogi-2019',
    channel: 'in-person',
    receiptEvidence: 'submittedOn',
    receivedOn,
    applicantKind: 'natural-person',
    trackingCode: 'TRACK0001',
    personal: applicant,
    ...overrides,
  },
});

export const decided = (
  decidedOn: string,
  result: ApplicationEvent & { type: 'ApplicationDecided' } extends { data: infer D }
    ? Partial<D>
    : never = {},
): ApplicationEvent => ({
  type: 'ApplicationDecided',
  data: {
    applicationId: APPLICATION_ID,
    decidedOn,
    result: 'disclosed',
    ground: null,
    proactivelyDisclosedAt: null,
    ...result,
  },
});

export const consulted = (
  sentOn: string,
  replyDueOn: string | null,
  consultationId = 'C1',
): ApplicationEvent => ({
  type: 'ThirdPartyConsulted',
  data: {
    applicationId: APPLICATION_ID,
    consultationId,
    sentOn,
    replyDueOn,
    personal: { thirdParty: '某公司' },
  },
});

export const replied = (repliedOn: string, consultationId = 'C1'): ApplicationEvent => ({
  type: 'ThirdPartyReplied',
  data: { applicationId: APPLICATION_ID, consultationId, repliedOn, position: 'consents' },
});

export const correctionRequested = (requestedOn: string, correctBy: string): ApplicationEvent => ({
  type: 'CorrectionRequested',
  data: { applicationId: APPLICATION_ID, requestedOn, correctBy, personal: null },
});

export const correctionReceived = (receivedOn: string): ApplicationEvent => ({
  type: 'CorrectionReceived',
  data: { applicationId: APPLICATION_ID, receivedOn, personal: null },
});

export const extended = (extendedOn: string, workingDays: number): ApplicationEvent => ({
  type: 'ApplicationDeadlineExtended',
  data: { applicationId: APPLICATION_ID, extendedOn, workingDays },
});

export const feeNotified = (notifiedOn: string, payBy: string, amountYuan = 100): ApplicationEvent => ({
  type: 'ProcessingFeeNotified',
  data: { applicationId: APPLICATION_ID, notifiedOn, method: 'per-request', units: 11, amountYuan, payBy },
});
