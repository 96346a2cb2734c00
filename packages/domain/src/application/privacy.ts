import type { ApplicationEventType } from './events';

/**
 * How each field of each event may travel. `public`: may go out on the public topic and the applicant's
 * tracking page (no personal data, nothing that identifies the applicant); `personal`: personal data,
 * only inside the office's own tenant; `internal`: not personal, but not for the public (with why).
 * A test checks every field of every event schema is classified exactly once.
 */
export interface FieldClassification {
  public: readonly string[];
  personal: readonly string[];
  internal: Readonly<Record<string, string>>;
}

const APPLICANT =
  'the applicant’s identity and words (name, identity number, contact, address, the request as written)';
const TRACKING =
  'the code the applicant follows the application with: a credential, shown only to its holder';

export const applicationDataClassification: Readonly<Record<ApplicationEventType, FieldClassification>> = {
  ApplicationReceived: {
    public: [
      'applicationId',
      'office',
      'regulation',
      'channel',
      'receiptEvidence',
      'receivedOn',
      'applicantKind',
    ],
    personal: ['personal'],
    internal: { trackingCode: TRACKING },
  },
  CorrectionRequested: {
    public: ['applicationId', 'requestedOn', 'correctBy'],
    personal: ['personal'],
    internal: {},
  },
  CorrectionReceived: { public: ['applicationId', 'receivedOn'], personal: ['personal'], internal: {} },
  AnswerDeferredForVolume: {
    public: ['applicationId', 'notifiedOn', 'deferredTo'],
    personal: [],
    internal: {},
  },
  ThirdPartyConsulted: {
    public: ['applicationId', 'consultationId', 'sentOn', 'replyDueOn'],
    personal: ['personal'],
    internal: {},
  },
  ThirdPartyReplied: {
    public: ['applicationId', 'consultationId', 'repliedOn'],
    personal: [],
    internal: { position: 'the third party’s position before the office decides (its rights are at stake)' },
  },
  ApplicationDeadlineExtended: {
    public: ['applicationId', 'extendedOn', 'workingDays'],
    personal: [],
    internal: {},
  },
  ProcessingFeeNotified: {
    public: ['applicationId', 'notifiedOn', 'method', 'amountYuan', 'payBy'],
    personal: [],
    internal: { units: 'the applicant’s count of requests in the month: profiles one applicant' },
  },
  ProcessingFeePaid: { public: ['applicationId', 'paidOn', 'amountYuan'], personal: [], internal: {} },
  ApplicationDecided: {
    public: ['applicationId', 'decidedOn', 'result', 'ground', 'proactivelyDisclosedAt'],
    personal: [],
    internal: {},
  },
  DecisionDelivered: { public: ['applicationId', 'deliveredOn', 'method'], personal: [], internal: {} },
  ReviewOrSuitFiled: {
    public: ['applicationId', 'caseId', 'kind', 'filedOn'],
    personal: ['personal'],
    internal: {},
  },
  ReviewOrSuitConcluded: {
    public: ['applicationId', 'caseId', 'concludedOn', 'outcome'],
    personal: [],
    internal: {},
  },
};

/** What the personal fields hold, for the record of processing (one line per kind). */
export const personalDataInventory = {
  'ApplicationReceived.personal': APPLICANT,
  'CorrectionRequested.personal.items': 'what the applicant is asked to correct (quotes the request)',
  'CorrectionReceived.personal.requestDescription': 'the corrected request, in the applicant’s words',
  'ThirdPartyConsulted.personal.thirdParty': 'who the third party is (a person or a business)',
  'ReviewOrSuitFiled.personal.caseReference':
    'the review body’s or court’s case number, which names the applicant',
} as const;

/** An event's data without its personal and internal fields: what may leave the office's tenant. */
export const publicDataOf = (
  type: ApplicationEventType,
  data: Readonly<Record<string, unknown>>,
): Record<string, unknown> =>
  Object.fromEntries(
    applicationDataClassification[type].public
      .filter((field) => field in data)
      .map((field) => [field, data[field]]),
  );
