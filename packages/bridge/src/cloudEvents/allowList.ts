import type { DomainEventType, EventData } from '@gongkai/domain';

/**
 * How one field of an event's data goes out on the public topic. Nothing goes out that a rule does
 * not name: a field the domain adds later stays home until someone decides here that it is public.
 */
export type FieldRule =
  /** A JSON scalar (string, number, boolean, null) or a list of scalars, as it is. */
  | 'copy'
  /** An object (or null), field by field. */
  | ObjectRule
  /** A list of objects, each field by field. */
  | { readonly each: ObjectRule };

export type AllowedFields = Readonly<Record<string, FieldRule>>;

export interface ObjectRule {
  readonly fields: AllowedFields;
  /** Fields of the domain's data that stay home, each with the reason (every field is decided). */
  readonly withheld?: Readonly<Record<string, string>>;
}

/** The rule of one public event type, its top-level field names checked against the domain's data. */
export interface PublicEventRule<T extends DomainEventType> {
  readonly fields: { readonly [K in keyof EventData<T>]?: FieldRule };
  readonly withheld?: { readonly [K in keyof EventData<T>]?: string };
}

const copy = <const K extends string>(...names: K[]): Record<K, 'copy'> =>
  Object.fromEntries(names.map((name) => [name, 'copy'])) as Record<K, 'copy'>;

/** A disclosure's, or an interpretation's, timeliness: computed by the platform, public accountability. */
const timeliness: ObjectRule = {
  fields: copy('rule', 'allowedWorkingDays', 'deadline', 'workingDaysTaken', 'onTime'),
};

/** 公开标准: every element is what the standardised catalogue publishes. */
const standard: ObjectRule = {
  fields: {
    name: { fields: copy('level1Name', 'level2Name', 'level3Name') },
    legalBasis: { each: { fields: copy('title', 'docNo', 'article', 'kind') } },
    contentElements: { each: { fields: copy('name', 'required') } },
    timeLimit: {
      fields: {
        text: 'copy',
        rules: {
          each: {
            fields: copy('type', 'days', 'extensionDays', 'event', 'minDays', 'workingDays', 'date'),
          },
        },
      },
    },
    channels: { each: { fields: copy('code', 'required', 'label') } },
    ...copy(
      'subject',
      'mode',
      'audience',
      'audienceNote',
      'levels',
      'fiveOpenStages',
      'chainStages',
      'serviceItem',
    ),
  },
};

const STAFF_TEXT =
  'free text written by staff for the record, not reviewed for publication (may name people)';

const APPLICANT = 'the applicant’s identity and words (personal data): they stay in the office’s tenant';
const TRACKING_CODE = 'the applicant’s credential for the tracking page, never published';

const rules = {
  CatalogueItemPublished: { fields: copy('itemId', 'standardVersion', 'publishedOn') },
  CatalogueItemRetired: {
    fields: copy('itemId', 'retiredOn'),
    withheld: { reason: STAFF_TEXT },
  },
  StandardDefined: { fields: { ...copy('itemId', 'version', 'definedOn'), standard } },
  StandardRevised: {
    fields: { ...copy('itemId', 'version', 'changedElements', 'revisedOn'), standard },
    withheld: { reason: STAFF_TEXT },
  },
  DisclosurePublished: {
    fields: {
      ...copy(
        'itemId',
        'disclosureId',
        'title',
        'channel',
        'channelLabel',
        'url',
        'reference',
        'formedOn',
        'publishedOn',
      ),
      timeliness,
    },
  },
  InterpretationPublished: {
    fields: {
      ...copy('itemId', 'interpretationId', 'disclosureId', 'title', 'form', 'channel', 'url', 'publishedOn'),
      timeliness,
    },
  },
  ConcernResponded: {
    fields: copy(
      'itemId',
      'responseId',
      'disclosureId',
      'raisedOn',
      'respondedOn',
      'channel',
      'url',
      'workingDaysTaken',
    ),
    withheld: {
      concern: 'the concern in the words of the citizen who raised it (personal data); the answer is at url',
    },
  },
  AcceptanceConducted: {
    fields: copy('unit', 'stage', 'conductedBy', 'score', 'passed', 'conductedOn'),
    withheld: { findings: "the inspectors' working notes to the unit (internal comments)" },
  },
  PilotCompleted: { fields: copy('unit', 'finalScore', 'completedOn') },
  // On-request disclosure (依申请公开): the steps and dates of an application, never the applicant.
  ApplicationReceived: {
    fields: copy(
      'applicationId',
      'office',
      'regulation',
      'channel',
      'receiptEvidence',
      'receivedOn',
      'applicantKind',
    ),
    withheld: { trackingCode: TRACKING_CODE, personal: APPLICANT },
  },
  CorrectionRequested: {
    fields: copy('applicationId', 'requestedOn', 'correctBy'),
    withheld: { personal: APPLICANT },
  },
  CorrectionReceived: { fields: copy('applicationId', 'receivedOn'), withheld: { personal: APPLICANT } },
  AnswerDeferredForVolume: { fields: copy('applicationId', 'notifiedOn', 'deferredTo') },
  ThirdPartyConsulted: {
    fields: copy('applicationId', 'consultationId', 'sentOn', 'replyDueOn'),
    withheld: { personal: 'who the consulted third party is (personal or commercial data)' },
  },
  ThirdPartyReplied: {
    fields: copy('applicationId', 'consultationId', 'repliedOn'),
    withheld: { position: 'the third party’s consent or objection, told to the office in confidence' },
  },
  ApplicationDeadlineExtended: { fields: copy('applicationId', 'extendedOn', 'workingDays') },
  ProcessingFeeNotified: {
    fields: copy('applicationId', 'notifiedOn', 'method', 'amountYuan', 'payBy'),
    withheld: {
      units: 'how many requests the applicant made in the month, or pages: says who asks how much',
    },
  },
  ProcessingFeePaid: { fields: copy('applicationId', 'paidOn', 'amountYuan') },
  ApplicationDecided: {
    fields: copy('applicationId', 'decidedOn', 'result', 'ground', 'proactivelyDisclosedAt'),
  },
  DecisionDelivered: { fields: copy('applicationId', 'deliveredOn', 'method') },
  ReviewOrSuitFiled: {
    fields: copy('applicationId', 'caseId', 'kind', 'filedOn'),
    withheld: { personal: 'the case reference, which names the applicant' },
  },
  ReviewOrSuitConcluded: { fields: copy('applicationId', 'caseId', 'concludedOn', 'outcome') },
} satisfies { readonly [T in DomainEventType]?: PublicEventRule<T> };

export type PublicEventType = keyof typeof rules;

/** The event types that go out, and which of their fields. */
export const publicEventRules: Readonly<Record<PublicEventType, ObjectRule>> = rules;

/**
 * The event types that never go out, each with the reason. Typed by name only (not by the
 * catalogue's union) so a type the domain adds is a failing allow-list test, never a leak: a type
 * in neither list stays home.
 */
export const internalEventReasons: Readonly<Record<string, string>> = {
  CatalogueItemDrafted: 'a draft: the item becomes public when it is published (CatalogueItemPublished)',
  PublicFeedbackRecorded:
    'evaluators and citizens’ comments (personal data); satisfaction reaches the public through reports',
  PilotFeedbackRecorded:
    'evaluators and citizens’ comments (personal data); satisfaction reaches the public through reports',
  PilotUnitRegistered: 'programme administration between governments, not a disclosure',
  PilotAreasAssigned: 'programme administration between governments, not a disclosure',
  ImplementationPlanFiled:
    'a filing (备案) between governments; the plan is published as a document if at all',
  ProgrammePlanFiled: 'a filing (备案) between governments; the plan is published as a document if at all',
  ProvincialPilotsSummarised:
    'the province’s internal summary of its provincial pilots (internal until published)',
  SelfAssessmentSubmitted: 'internal self-assessment (practices, difficulties, suggestions in free text)',
  PilotReportSubmitted: 'a report between governments',
  RectificationRequested: "the inspectors' rectification items to the unit (internal comments)",
  NationalReportCompiled: 'the province’s draft report to the State Council (internal until published)',
  NationalReportSubmitted: 'the province’s report to the State Council (internal until published)',
  CommandRejected: 'the intake’s bookkeeping: message ids, source systems and domain error reasons',
};

export const isPublicEventType = (type: string): type is PublicEventType =>
  Object.hasOwn(publicEventRules, type);

/** The allow-list as data (README, AsyncAPI): public types with their rules, and the withheld types. */
export const allowList = {
  public: publicEventRules,
  internal: internalEventReasons,
} as const;
