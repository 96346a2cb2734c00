import { DomainError, isDomainError } from '../../errors/domainError';

export const CONSULTATION_ALREADY_RECORDED = 'CONSULTATION_ALREADY_RECORDED';

export type ConsultationAlreadyRecordedDetails = {
  applicationId: string;
  consultationId: string;
  what: string;
};

/** A consultation id, or its reply, recorded twice. */
export class ConsultationAlreadyRecordedError extends DomainError {
  declare readonly code: typeof CONSULTATION_ALREADY_RECORDED;
  declare readonly details: ConsultationAlreadyRecordedDetails;

  constructor(p: ConsultationAlreadyRecordedDetails) {
    super(
      CONSULTATION_ALREADY_RECORDED,
      `The ${p.what} of consultation ${p.consultationId} of ${p.applicationId} is already recorded.`,
      p,
    );
  }
}

export const isConsultationAlreadyRecordedError = (
  error: unknown,
): error is ConsultationAlreadyRecordedError => isDomainError(error, CONSULTATION_ALREADY_RECORDED);
