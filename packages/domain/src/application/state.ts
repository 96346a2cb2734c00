import type { IsoDate } from '../calendar/types';
import type { DivisionCode } from '../tenants/types';
import type { ApplicantKind, CaseKind, CaseOutcome, DecisionResult, DeliveryMethod } from './outcomes';
import type { ApplicationChannel, RegulationId } from './regulation';

export interface Consultation {
  consultationId: string;
  sentOn: IsoDate;
  /** The day the third party's time runs out (2019: 15 working days); null when no limit applies. */
  replyDueOn: IsoDate | null;
  repliedOn: IsoDate | null;
  position: 'consents' | 'objects' | null;
}

export interface ReviewOrSuit {
  caseId: string;
  kind: CaseKind;
  filedOn: IsoDate;
  concludedOn: IsoDate | null;
  outcome: CaseOutcome | null;
}

/**
 * One application, folded. It holds no personal data: the applicant's identity and words stay in the
 * events' `personal` fields, so this state may be shown wherever the application may be counted.
 */
export interface ApplicationState {
  applicationId: string | null;
  office: DivisionCode | null;
  regulation: RegulationId | null;
  channel: ApplicationChannel | null;
  receivedOn: IsoDate | null;
  applicantKind: ApplicantKind | null;
  trackingCode: string | null;
  correction: { requestedOn: IsoDate; correctBy: IsoDate; receivedOn: IsoDate | null } | null;
  volumeDeferral: { notifiedOn: IsoDate; deferredTo: IsoDate } | null;
  consultations: readonly Consultation[];
  extension: { extendedOn: IsoDate; workingDays: number } | null;
  fee: {
    notifiedOn: IsoDate;
    method: 'per-request' | 'per-page';
    units: number;
    amountYuan: number;
    payBy: IsoDate;
    paidOn: IsoDate | null;
  } | null;
  decision: {
    decidedOn: IsoDate;
    result: DecisionResult;
    ground: string | null;
    proactivelyDisclosedAt: string | null;
  } | null;
  delivery: { deliveredOn: IsoDate; method: DeliveryMethod } | null;
  cases: readonly ReviewOrSuit[];
}

export const initialApplicationState = (): ApplicationState => ({
  applicationId: null,
  office: null,
  regulation: null,
  channel: null,
  receivedOn: null,
  applicantKind: null,
  trackingCode: null,
  correction: null,
  volumeDeferral: null,
  consultations: [],
  extension: null,
  fee: null,
  decision: null,
  delivery: null,
  cases: [],
});

export type ReceivedApplication = ApplicationState & {
  applicationId: string;
  office: DivisionCode;
  regulation: RegulationId;
  receivedOn: IsoDate;
  applicantKind: ApplicantKind;
};

export const isReceived = (state: ApplicationState): state is ReceivedApplication =>
  state.receivedOn !== null;

/** The consultation still waiting as of a date: sent, not answered, its time not yet run out. */
export const openConsultation = (state: ApplicationState, asOf: IsoDate): Consultation | undefined =>
  state.consultations.find(
    (consultation) => consultationEnd(consultation, asOf) === null && consultation.sentOn <= asOf,
  );

/** When a consultation ended as of a date (reply or time run out), or null while it is still open. */
export const consultationEnd = (consultation: Consultation, asOf: IsoDate): IsoDate | null => {
  if (consultation.repliedOn !== null && consultation.repliedOn <= asOf) {
    return consultation.replyDueOn !== null && consultation.replyDueOn < consultation.repliedOn
      ? consultation.replyDueOn
      : consultation.repliedOn;
  }
  if (consultation.replyDueOn !== null && consultation.replyDueOn <= asOf) return consultation.replyDueOn;
  return null;
};
