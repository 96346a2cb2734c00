import { DomainError, isDomainError } from '../domainError';

export const PILOT_FEEDBACK_ALREADY_RECORDED = 'PILOT_FEEDBACK_ALREADY_RECORDED';

export type PilotFeedbackAlreadyRecordedDetails = { unit: string; feedbackId: string };

/** A feedback id used twice on the pilot as a whole. */
export class PilotFeedbackAlreadyRecordedError extends DomainError {
  declare readonly code: typeof PILOT_FEEDBACK_ALREADY_RECORDED;
  declare readonly details: PilotFeedbackAlreadyRecordedDetails;

  constructor(p: PilotFeedbackAlreadyRecordedDetails) {
    super(
      PILOT_FEEDBACK_ALREADY_RECORDED,
      `The pilot of ${p.unit} already has feedback with id ${p.feedbackId}: use a new id.`,
      p,
    );
  }
}

export const isPilotFeedbackAlreadyRecordedError = (
  error: unknown,
): error is PilotFeedbackAlreadyRecordedError => isDomainError(error, PILOT_FEEDBACK_ALREADY_RECORDED);
