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
  }),
  RequestCorrection: applicationCommand({
    requestedOn: IsoDateSchema,
    correctBy: IsoDateSchema.describe('the reasonable date the applicant is given to correct by'),
    personal: z
      .object({ items: z.array(NonEmptyTextSchema).min(1).describe('what to correct, told once') })
      .strict()
      .optional(),
  }),
  ReceiveCorrection: applicationCommand({
    receivedOn: IsoDateSchema.describe('the corrected application’s receipt date: the clock starts again'),
    personal: z.object({ requestDescription: NonEmptyTextSchema }).strict().optional(),
  }),
  DeferForVolume: applicationCommand({
    notifiedOn: IsoDateSchema,
    deferredTo: IsoDateSchema.describe(
      'the later answer date the applicant is told (条例（2019）第三十五条)',
    ),
  }),
  ConsultThirdParty: applicationCommand({
    consultationId: EntityIdSchema,
    sentOn: IsoDateSchema.describe('the day the written consultation went out'),
    personal: z.object({ thirdParty: NonEmptyTextSchema }).strict(),
  }),
  RecordThirdPartyReply: applicationCommand({
    consultationId: EntityIdSchema,
    repliedOn: IsoDateSchema,
    position: ThirdPartyPositionSchema,
  }),
  ExtendDeadline: applicationCommand({
    extendedOn: IsoDateSchema,
    workingDays: z.number().int().min(1).describe('working days added; at most the regulation’s limit'),
    approvedByOfficeHead: z
      .literal(true)
      .describe('the head of the disclosure office approved it, and the applicant is told'),
  }),
  NotifyFee: applicationCommand({
    notifiedOn: IsoDateSchema,
    method: FeeMethodSchema,
    units: z
      .number()
      .int()
      .min(1)
      .describe('per-request: this request’s number among the applicant’s in the month; per-page: pages'),
  }),
  RecordFeePayment: applicationCommand({ paidOn: IsoDateSchema }),
  DecideApplication: applicationCommand({
    decidedOn: IsoDateSchema,
    result: DecisionResultSchema,
    ground: z.string().min(1).optional().describe('required for the results that have grounds'),
    proactivelyDisclosedAt: NonEmptyTextSchema.optional().describe(
      'disclosed: where the information was already proactively disclosed (the applicant is told where)',
    ),
  }),
  RecordDelivery: applicationCommand({
    deliveredOn: IsoDateSchema.describe('post: the applicant’s sign-for date'),
    method: DeliveryMethodSchema,
  }),
  FileReviewOrSuit: applicationCommand({
    caseId: EntityIdSchema,
    kind: CaseKindSchema,
    filedOn: IsoDateSchema,
    personal: z.object({ caseReference: NonEmptyTextSchema }).strict().optional(),
  }),
  ConcludeReviewOrSuit: applicationCommand({
    caseId: EntityIdSchema,
    concludedOn: IsoDateSchema,
    outcome: CaseOutcomeSchema,
  }),
} as const;

export type ApplicationCommand = MessageOf<typeof applicationCommandSchemas>;
export type ApplicationCommandType = ApplicationCommand['type'];
