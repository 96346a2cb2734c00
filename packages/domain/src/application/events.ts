import { z } from 'zod';
import { DivisionCodeSchema, EntityIdSchema, IsoDateSchema } from '../primitives';
import type { MessageOf } from '../primitives';
import {
  ApplicantKindSchema,
  ApplicantPersonalSchema,
  ApplicationChannelSchema,
  CaseKindSchema,
  CaseOutcomeSchema,
  DecisionResultSchema,
  DeliveryMethodSchema,
  FeeMethodSchema,
  ThirdPartyPositionSchema,
} from './commands';

const applicationEvent = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ applicationId: EntityIdSchema, ...shape }).strict();

/** Personal data in an event: always a field named `personal` (see `applicationDataClassification`). */
const personal = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

export const applicationEventSchemas = {
  ApplicationReceived: applicationEvent({
    office: DivisionCodeSchema,
    regulation: z.enum(['ogi-2007', 'ogi-2019']),
    channel: ApplicationChannelSchema,
    receiptEvidence: z.enum(['submittedOn', 'signedForOn', 'confirmedOn', 'systemReceivedOn']),
    receivedOn: IsoDateSchema,
    applicantKind: ApplicantKindSchema,
    trackingCode: z.string().min(1),
    personal: ApplicantPersonalSchema,
  }),
  CorrectionRequested: applicationEvent({
    requestedOn: IsoDateSchema,
    correctBy: IsoDateSchema,
    personal: personal({ items: z.array(z.string().min(1)) }).nullable(),
  }),
  CorrectionReceived: applicationEvent({
    receivedOn: IsoDateSchema,
    personal: personal({ requestDescription: z.string().min(1) }).nullable(),
  }),
  AnswerDeferredForVolume: applicationEvent({ notifiedOn: IsoDateSchema, deferredTo: IsoDateSchema }),
  ThirdPartyConsulted: applicationEvent({
    consultationId: EntityIdSchema,
    sentOn: IsoDateSchema,
    replyDueOn: IsoDateSchema.nullable().describe('null under the 2007 regulation (no limit set)'),
    personal: personal({ thirdParty: z.string().min(1) }),
  }),
  ThirdPartyReplied: applicationEvent({
    consultationId: EntityIdSchema,
    repliedOn: IsoDateSchema,
    position: ThirdPartyPositionSchema,
  }),
  ApplicationDeadlineExtended: applicationEvent({
    extendedOn: IsoDateSchema,
    workingDays: z.number().int().min(1),
  }),
  ProcessingFeeNotified: applicationEvent({
    notifiedOn: IsoDateSchema,
    method: FeeMethodSchema,
    units: z.number().int().min(1),
    amountYuan: z.number().int().min(1),
    payBy: IsoDateSchema,
  }),
  ProcessingFeePaid: applicationEvent({ paidOn: IsoDateSchema, amountYuan: z.number().int().min(1) }),
  ApplicationDecided: applicationEvent({
    decidedOn: IsoDateSchema,
    result: DecisionResultSchema,
    ground: z.string().min(1).nullable(),
    proactivelyDisclosedAt: z.string().min(1).nullable(),
  }),
  DecisionDelivered: applicationEvent({ deliveredOn: IsoDateSchema, method: DeliveryMethodSchema }),
  ReviewOrSuitFiled: applicationEvent({
    caseId: EntityIdSchema,
    kind: CaseKindSchema,
    filedOn: IsoDateSchema,
    personal: personal({ caseReference: z.string().min(1) }).nullable(),
  }),
  ReviewOrSuitConcluded: applicationEvent({
    caseId: EntityIdSchema,
    concludedOn: IsoDateSchema,
    outcome: CaseOutcomeSchema,
  }),
} as const;

export type ApplicationEvent = MessageOf<typeof applicationEventSchemas>;
export type ApplicationEventType = ApplicationEvent['type'];

export const applicationEventDescriptions: Readonly<Record<ApplicationEventType, string>> = {
  ApplicationReceived:
    'An application for government information (依申请公开) was received; its receipt date follows its channel’s rule and fixes the regulation it is handled under.',
  CorrectionRequested: 'The office asked the applicant, once, to correct an unclear application (补正).',
  CorrectionReceived: 'The corrected application arrived: the answer period starts again from this date.',
  AnswerDeferredForVolume:
    'A large but reasonable request: the applicant was told a later answer date (条例（2019）第三十五条).',
  ThirdPartyConsulted:
    'A third party was consulted in writing; the time it takes does not count against the deadline.',
  ThirdPartyReplied: 'The consulted third party answered.',
  ApplicationDeadlineExtended:
    'The answer period was extended once, approved by the head of the disclosure office.',
  ProcessingFeeNotified:
    'An information processing fee (国办函〔2020〕109号) was notified; the clock waits for payment.',
  ProcessingFeePaid: 'The applicant paid the information processing fee.',
  ApplicationDecided: 'The office answered the application; the result and ground are the annual report’s.',
  DecisionDelivered: 'The answer reached the applicant (for post, the sign-for date).',
  ReviewOrSuitFiled:
    'The applicant applied for administrative review or brought a lawsuit over the application.',
  ReviewOrSuitConcluded:
    'A review or lawsuit over the application ended: upheld, corrected or another result.',
};
