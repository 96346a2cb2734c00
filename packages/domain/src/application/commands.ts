import { z } from 'zod';
import { DivisionCodeSchema, EntityIdSchema, IsoDateSchema, NonEmptyTextSchema } from '../primitives';
import type { MessageOf } from '../primitives';
import { applicantKinds, caseKinds, caseOutcomes, decisionResults, deliveryMethods } from './outcomes';
import { applicationChannels } from './regulation';

export const ApplicationChannelSchema = z
  .enum(applicationChannels)
  .describe('how the application came in; each channel has its own receipt-date rule');
export const ApplicantKindSchema = z
  .enum(applicantKinds)
  .describe('natural person, or the kind of legal person / other organisation (the annual report’s columns)');
export const DecisionResultSchema = z.enum(decisionResults).describe('the annual report’s result type');
export const CaseKindSchema = z.enum(caseKinds);
export const CaseOutcomeSchema = z.enum(caseOutcomes);
export const DeliveryMethodSchema = z.enum(deliveryMethods);
export const ThirdPartyPositionSchema = z.enum(['consents', 'objects']);
export const FeeMethodSchema = z
  .enum(['per-request', 'per-page'])
  .describe(
    '国办函〔2020〕109号: by the applicant’s requests in the calendar month, or by pages; never both',
  );

/**
 * Personal data: the applicant's identity and words. Every field holding it is named `personal`, in
 * commands and events alike, so the bridge, the views and the tracking page withhold it by name.
 */
export const ApplicantPersonalSchema = z
  .object({
    applicantName: NonEmptyTextSchema.describe('the applicant’s name, or the organisation’s name'),
    idNumber: z.string().min(1).optional().describe('identity document or unified social credit code'),
    contact: NonEmptyTextSchema.describe('telephone, e-mail or postal address to answer to'),
    address: z.string().min(1).optional(),
    requestDescription: NonEmptyTextSchema.describe('the information asked for, in the applicant’s words'),
  })
  .strict()
  .describe('personal data: stays in the office’s tenant');

/** Personal data of a correction request: what to correct. */
export const CorrectionItemsPersonalSchema = z
  .object({ items: z.array(NonEmptyTextSchema).min(1).describe('what to correct, told once') })
  .strict()
  .describe('personal data: what the applicant is asked to correct');
/** Personal data of a corrected application: the request in its corrected words. */
export const CorrectedRequestPersonalSchema = z
  .object({ requestDescription: NonEmptyTextSchema })
  .strict()
  .describe('personal data: the corrected request');
/** Personal data of a consultation: who the third party is. */
export const ThirdPartyPersonalSchema = z
  .object({ thirdParty: NonEmptyTextSchema })
  .strict()
  .describe('personal data: the consulted third party');
/** Personal data of a review or suit: its case reference. */
export const CaseReferencePersonalSchema = z
  .object({ caseReference: NonEmptyTextSchema })
  .strict()
  .describe('personal data: the case reference');

const applicationCommand = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({
      tenant: DivisionCodeSchema.describe('the office (county) that received the application'),
      applicationId: EntityIdSchema.describe('the office’s register number of the application'),
      ...shape,
    })
    .strict();

/** Commands on one application's stream (`disclosureApplication-<tenant>-<applicationId>`). */
export const applicationCommandSchemas = {
  ReceiveApplication: applicationCommand({
    channel: ApplicationChannelSchema,
    applicantKind: ApplicantKindSchema,
    submittedOn: IsoDateSchema.optional().describe('in person: the day it was handed in'),
    signedForOn: IsoDateSchema.optional().describe('registered post: the day the office signed for it'),
    confirmedOn: IsoDateSchema.optional().describe(
      'ordinary letter, internet, fax (and e-mail from 2019-05-15): the day both sides confirmed receipt',
    ),
    systemReceivedOn: IsoDateSchema.optional().describe(
      'e-mail before 2019-05-15: the day the mail system received it',
    ),
    trackingCode: z
      .string()
      .regex(/^[A-Z0-9]{8,16}$/, '8–16 capital letters or digits')
      .describe('the code the applicant follows the application with, without login'),
    personal: ApplicantPersonalSchema,
  }).describe('the office registers an application for government information (依申请公开).'),
  RequestCorrection: applicationCommand({
    requestedOn: IsoDateSchema,
    correctBy: IsoDateSchema.describe('the reasonable date the applicant is given to correct by'),
    personal: CorrectionItemsPersonalSchema.optional(),
  }).describe('the office asks the applicant, once, to correct an unclear application (补正).'),
  ReceiveCorrection: applicationCommand({
    receivedOn: IsoDateSchema.describe('the corrected application’s receipt date: the clock starts again'),
    personal: CorrectedRequestPersonalSchema.optional(),
  }).describe('the office records the corrected application; the answer period starts again.'),
  DeferForVolume: applicationCommand({
    notifiedOn: IsoDateSchema,
    deferredTo: IsoDateSchema.describe(
      'the later answer date the applicant is told (条例（2019）第三十五条)',
    ),
  }).describe('the office tells the applicant a later answer date for a large request.'),
  ConsultThirdParty: applicationCommand({
    consultationId: EntityIdSchema,
    sentOn: IsoDateSchema.describe('the day the written consultation went out'),
    personal: ThirdPartyPersonalSchema,
  }).describe('the office consults a third party in writing; the clock pauses.'),
  RecordThirdPartyReply: applicationCommand({
    consultationId: EntityIdSchema,
    repliedOn: IsoDateSchema,
    position: ThirdPartyPositionSchema,
  }).describe('the office records the consulted third party’s reply.'),
  ExtendDeadline: applicationCommand({
    extendedOn: IsoDateSchema,
    workingDays: z.number().int().min(1).describe('working days added; at most the regulation’s limit'),
    approvedByOfficeHead: z
      .literal(true)
      .describe('the head of the disclosure office approved it, and the applicant is told'),
  }).describe('the office extends the answer period once, approved by its head.'),
  NotifyFee: applicationCommand({
    notifiedOn: IsoDateSchema,
    method: FeeMethodSchema,
    units: z
      .number()
      .int()
      .min(1)
      .describe('per-request: this request’s number among the applicant’s in the month; per-page: pages'),
  }).describe('the office notifies an information processing fee (applications from 2021).'),
  RecordFeePayment: applicationCommand({ paidOn: IsoDateSchema }).describe(
    'the office records the applicant’s payment of the processing fee.',
  ),
  DecideApplication: applicationCommand({
    decidedOn: IsoDateSchema,
    result: DecisionResultSchema,
    ground: z.string().min(1).optional().describe('required for the results that have grounds'),
    proactivelyDisclosedAt: NonEmptyTextSchema.optional().describe(
      'disclosed: where the information was already proactively disclosed (the applicant is told where)',
    ),
  }).describe('the office answers the application with the annual report’s result and ground.'),
  RecordDelivery: applicationCommand({
    deliveredOn: IsoDateSchema.describe('post: the applicant’s sign-for date'),
    method: DeliveryMethodSchema,
  }).describe('the office records the day the answer reached the applicant.'),
  FileReviewOrSuit: applicationCommand({
    caseId: EntityIdSchema,
    kind: CaseKindSchema,
    filedOn: IsoDateSchema,
    personal: CaseReferencePersonalSchema.optional(),
  }).describe('the office records an administrative review or lawsuit over the application.'),
  ConcludeReviewOrSuit: applicationCommand({
    caseId: EntityIdSchema,
    concludedOn: IsoDateSchema,
    outcome: CaseOutcomeSchema,
  }).describe('the office records how a review or lawsuit ended.'),
} as const;

export type ApplicationCommand = MessageOf<typeof applicationCommandSchemas>;
export type ApplicationCommandType = ApplicationCommand['type'];
export type ApplicantPersonal = z.output<typeof ApplicantPersonalSchema>;
