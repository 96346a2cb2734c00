export {
  APPLICATION_NOT_RECEIVED,
  ApplicationNotReceivedError,
  isApplicationNotReceivedError,
} from './applicationNotReceived';
export type { ApplicationNotReceivedDetails } from './applicationNotReceived';
export {
  APPLICATION_ALREADY_RECEIVED,
  ApplicationAlreadyReceivedError,
  isApplicationAlreadyReceivedError,
} from './applicationAlreadyReceived';
export type { ApplicationAlreadyReceivedDetails } from './applicationAlreadyReceived';
export {
  RECEIPT_EVIDENCE_MISSING,
  ReceiptEvidenceMissingError,
  isReceiptEvidenceMissingError,
} from './receiptEvidenceMissing';
export type { ReceiptEvidenceMissingDetails } from './receiptEvidenceMissing';
export {
  APPLICATION_ALREADY_DECIDED,
  ApplicationAlreadyDecidedError,
  isApplicationAlreadyDecidedError,
} from './applicationAlreadyDecided';
export type { ApplicationAlreadyDecidedDetails } from './applicationAlreadyDecided';
export {
  CORRECTION_ALREADY_REQUESTED,
  CorrectionAlreadyRequestedError,
  isCorrectionAlreadyRequestedError,
} from './correctionAlreadyRequested';
export type { CorrectionAlreadyRequestedDetails } from './correctionAlreadyRequested';
export {
  CORRECTION_WINDOW_PASSED,
  CorrectionWindowPassedError,
  isCorrectionWindowPassedError,
} from './correctionWindowPassed';
export type { CorrectionWindowPassedDetails } from './correctionWindowPassed';
export {
  CORRECTION_NOT_REQUESTED,
  CorrectionNotRequestedError,
  isCorrectionNotRequestedError,
} from './correctionNotRequested';
export type { CorrectionNotRequestedDetails } from './correctionNotRequested';
export {
  CORRECTION_ALREADY_RECEIVED,
  CorrectionAlreadyReceivedError,
  isCorrectionAlreadyReceivedError,
} from './correctionAlreadyReceived';
export type { CorrectionAlreadyReceivedDetails } from './correctionAlreadyReceived';
export { CORRECTION_PENDING, CorrectionPendingError, isCorrectionPendingError } from './correctionPending';
export type { CorrectionPendingDetails } from './correctionPending';
export {
  CORRECTION_NOT_OVERDUE,
  CorrectionNotOverdueError,
  isCorrectionNotOverdueError,
} from './correctionNotOverdue';
export type { CorrectionNotOverdueDetails } from './correctionNotOverdue';
export {
  CONSULTATION_PENDING,
  ConsultationPendingError,
  isConsultationPendingError,
} from './consultationPending';
export type { ConsultationPendingDetails } from './consultationPending';
export {
  CONSULTATION_UNKNOWN,
  ConsultationUnknownError,
  isConsultationUnknownError,
} from './consultationUnknown';
export type { ConsultationUnknownDetails } from './consultationUnknown';
export {
  CONSULTATION_ALREADY_RECORDED,
  ConsultationAlreadyRecordedError,
  isConsultationAlreadyRecordedError,
} from './consultationAlreadyRecorded';
export type { ConsultationAlreadyRecordedDetails } from './consultationAlreadyRecorded';
export {
  EXTENSION_ALREADY_GRANTED,
  ExtensionAlreadyGrantedError,
  isExtensionAlreadyGrantedError,
} from './extensionAlreadyGranted';
export type { ExtensionAlreadyGrantedDetails } from './extensionAlreadyGranted';
export { EXTENSION_TOO_LONG, ExtensionTooLongError, isExtensionTooLongError } from './extensionTooLong';
export type { ExtensionTooLongDetails } from './extensionTooLong';
export {
  EXTENSION_AFTER_DEADLINE,
  ExtensionAfterDeadlineError,
  isExtensionAfterDeadlineError,
} from './extensionAfterDeadline';
export type { ExtensionAfterDeadlineDetails } from './extensionAfterDeadline';
export {
  VOLUME_DEFERRAL_NOT_APPLICABLE,
  VolumeDeferralNotApplicableError,
  isVolumeDeferralNotApplicableError,
} from './volumeDeferralNotApplicable';
export type { VolumeDeferralNotApplicableDetails } from './volumeDeferralNotApplicable';
export {
  VOLUME_ALREADY_DEFERRED,
  VolumeAlreadyDeferredError,
  isVolumeAlreadyDeferredError,
} from './volumeAlreadyDeferred';
export type { VolumeAlreadyDeferredDetails } from './volumeAlreadyDeferred';
export {
  VOLUME_DEFERRAL_NOT_LATER,
  VolumeDeferralNotLaterError,
  isVolumeDeferralNotLaterError,
} from './volumeDeferralNotLater';
export type { VolumeDeferralNotLaterDetails } from './volumeDeferralNotLater';
export { FEE_NOT_APPLICABLE, FeeNotApplicableError, isFeeNotApplicableError } from './feeNotApplicable';
export type { FeeNotApplicableDetails } from './feeNotApplicable';
export { NO_FEE_DUE, NoFeeDueError, isNoFeeDueError } from './noFeeDue';
export type { NoFeeDueDetails } from './noFeeDue';
export {
  FEE_ALREADY_NOTIFIED,
  FeeAlreadyNotifiedError,
  isFeeAlreadyNotifiedError,
} from './feeAlreadyNotified';
export type { FeeAlreadyNotifiedDetails } from './feeAlreadyNotified';
export { FEE_NOT_NOTIFIED, FeeNotNotifiedError, isFeeNotNotifiedError } from './feeNotNotified';
export type { FeeNotNotifiedDetails } from './feeNotNotified';
export { FEE_ALREADY_PAID, FeeAlreadyPaidError, isFeeAlreadyPaidError } from './feeAlreadyPaid';
export type { FeeAlreadyPaidDetails } from './feeAlreadyPaid';
export { FEE_UNPAID, FeeUnpaidError, isFeeUnpaidError } from './feeUnpaid';
export type { FeeUnpaidDetails } from './feeUnpaid';
export { FEE_NOT_OVERDUE, FeeNotOverdueError, isFeeNotOverdueError } from './feeNotOverdue';
export type { FeeNotOverdueDetails } from './feeNotOverdue';
export {
  DECISION_GROUND_INVALID,
  DecisionGroundInvalidError,
  isDecisionGroundInvalidError,
} from './decisionGroundInvalid';
export type { DecisionGroundInvalidDetails } from './decisionGroundInvalid';
export { DECISION_NOT_MADE, DecisionNotMadeError, isDecisionNotMadeError } from './decisionNotMade';
export type { DecisionNotMadeDetails } from './decisionNotMade';
export {
  DELIVERY_ALREADY_RECORDED,
  DeliveryAlreadyRecordedError,
  isDeliveryAlreadyRecordedError,
} from './deliveryAlreadyRecorded';
export type { DeliveryAlreadyRecordedDetails } from './deliveryAlreadyRecorded';
export {
  NOTHING_TO_CHALLENGE,
  NothingToChallengeError,
  isNothingToChallengeError,
} from './nothingToChallenge';
export type { NothingToChallengeDetails } from './nothingToChallenge';
export {
  CASE_ALREADY_RECORDED,
  CaseAlreadyRecordedError,
  isCaseAlreadyRecordedError,
} from './caseAlreadyRecorded';
export type { CaseAlreadyRecordedDetails } from './caseAlreadyRecorded';
export { CASE_UNKNOWN, CaseUnknownError, isCaseUnknownError } from './caseUnknown';
export type { CaseUnknownDetails } from './caseUnknown';
export {
  CASE_ALREADY_CONCLUDED,
  CaseAlreadyConcludedError,
  isCaseAlreadyConcludedError,
} from './caseAlreadyConcluded';
export type { CaseAlreadyConcludedDetails } from './caseAlreadyConcluded';
export {
  REVIEW_NOT_CONCLUDED,
  ReviewNotConcludedError,
  isReviewNotConcludedError,
} from './reviewNotConcluded';
export type { ReviewNotConcludedDetails } from './reviewNotConcluded';

export {
  REPORT_DATE_OUTSIDE_YEAR,
  ReportDateOutsideYearError,
  isReportDateOutsideYearError,
} from './reportDateOutsideYear';
export type { ReportDateOutsideYearDetails } from './reportDateOutsideYear';
export { applicationErrorCodes } from './codes';
export type { ApplicationErrorCode } from './codes';
