import { REPORT_DATE_OUTSIDE_YEAR } from './reportDateOutsideYear';
import { APPLICATION_NOT_RECEIVED } from './applicationNotReceived';
import { APPLICATION_ALREADY_RECEIVED } from './applicationAlreadyReceived';
import { RECEIPT_EVIDENCE_MISSING } from './receiptEvidenceMissing';
import { APPLICATION_ALREADY_DECIDED } from './applicationAlreadyDecided';
import { CORRECTION_ALREADY_REQUESTED } from './correctionAlreadyRequested';
import { CORRECTION_WINDOW_PASSED } from './correctionWindowPassed';
import { CORRECTION_NOT_REQUESTED } from './correctionNotRequested';
import { CORRECTION_ALREADY_RECEIVED } from './correctionAlreadyReceived';
import { CORRECTION_PENDING } from './correctionPending';
import { CORRECTION_NOT_OVERDUE } from './correctionNotOverdue';
import { CONSULTATION_PENDING } from './consultationPending';
import { CONSULTATION_UNKNOWN } from './consultationUnknown';
import { CONSULTATION_ALREADY_RECORDED } from './consultationAlreadyRecorded';
import { EXTENSION_ALREADY_GRANTED } from './extensionAlreadyGranted';
import { EXTENSION_TOO_LONG } from './extensionTooLong';
import { EXTENSION_AFTER_DEADLINE } from './extensionAfterDeadline';
import { VOLUME_DEFERRAL_NOT_APPLICABLE } from './volumeDeferralNotApplicable';
import { VOLUME_ALREADY_DEFERRED } from './volumeAlreadyDeferred';
import { VOLUME_DEFERRAL_NOT_LATER } from './volumeDeferralNotLater';
import { FEE_NOT_APPLICABLE } from './feeNotApplicable';
import { NO_FEE_DUE } from './noFeeDue';
import { FEE_ALREADY_NOTIFIED } from './feeAlreadyNotified';
import { FEE_NOT_NOTIFIED } from './feeNotNotified';
import { FEE_ALREADY_PAID } from './feeAlreadyPaid';
import { FEE_UNPAID } from './feeUnpaid';
import { FEE_NOT_OVERDUE } from './feeNotOverdue';
import { DECISION_GROUND_INVALID } from './decisionGroundInvalid';
import { DECISION_NOT_MADE } from './decisionNotMade';
import { DELIVERY_ALREADY_RECORDED } from './deliveryAlreadyRecorded';
import { NOTHING_TO_CHALLENGE } from './nothingToChallenge';
import { CASE_ALREADY_RECORDED } from './caseAlreadyRecorded';
import { CASE_UNKNOWN } from './caseUnknown';
import { CASE_ALREADY_CONCLUDED } from './caseAlreadyConcluded';
import { REVIEW_NOT_CONCLUDED } from './reviewNotConcluded';

/** Every stable code this aggregate throws (phase 2 adds them to the domain's list). */
export const applicationErrorCodes = [
  APPLICATION_NOT_RECEIVED,
  APPLICATION_ALREADY_RECEIVED,
  RECEIPT_EVIDENCE_MISSING,
  APPLICATION_ALREADY_DECIDED,
  CORRECTION_ALREADY_REQUESTED,
  CORRECTION_WINDOW_PASSED,
  CORRECTION_NOT_REQUESTED,
  CORRECTION_ALREADY_RECEIVED,
  CORRECTION_PENDING,
  CORRECTION_NOT_OVERDUE,
  CONSULTATION_PENDING,
  CONSULTATION_UNKNOWN,
  CONSULTATION_ALREADY_RECORDED,
  EXTENSION_ALREADY_GRANTED,
  EXTENSION_TOO_LONG,
  EXTENSION_AFTER_DEADLINE,
  VOLUME_DEFERRAL_NOT_APPLICABLE,
  VOLUME_ALREADY_DEFERRED,
  VOLUME_DEFERRAL_NOT_LATER,
  FEE_NOT_APPLICABLE,
  NO_FEE_DUE,
  FEE_ALREADY_NOTIFIED,
  FEE_NOT_NOTIFIED,
  FEE_ALREADY_PAID,
  FEE_UNPAID,
  FEE_NOT_OVERDUE,
  DECISION_GROUND_INVALID,
  DECISION_NOT_MADE,
  DELIVERY_ALREADY_RECORDED,
  NOTHING_TO_CHALLENGE,
  CASE_ALREADY_RECORDED,
  CASE_UNKNOWN,
  CASE_ALREADY_CONCLUDED,
  REVIEW_NOT_CONCLUDED,
  REPORT_DATE_OUTSIDE_YEAR,
] as const;

export type ApplicationErrorCode = (typeof applicationErrorCodes)[number];
