import { DomainError, isDomainError } from '../../errors/domainError';

export const CONSULTATION_UNKNOWN = 'CONSULTATION_UNKNOWN';

export type ConsultationUnknownDetails = { applicationId: string; consultationId: string };

/** A reply to a consultation that was never sent. */
export class ConsultationUnknownError extends DomainError {
  declare readonly code: typeof CONSULTATION_UNKNOWN;
  declare readonly details: ConsultationUnknownDetails;

  constructor(p: ConsultationUnknownDetails) {
    super(
      CONSULTATION_UNKNOWN,
      `Application ${p.applicationId} has no consultation ${p.consultationId}: record ConsultThirdParty first.`,
      p,
    );
  }
}

export const isConsultationUnknownError = (error: unknown): error is ConsultationUnknownError =>
  isDomainError(error, CONSULTATION_UNKNOWN);
