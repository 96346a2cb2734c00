import { DomainError, isDomainError } from '../../errors/domainError';

export const CONSULTATION_PENDING = 'CONSULTATION_PENDING';

export type ConsultationPendingDetails = {
  applicationId: string;
  consultationId: string;
  endsOn: string | null;
};

/** Answering, or consulting again, before a pending consultation ends. */
export class ConsultationPendingError extends DomainError {
  declare readonly code: typeof CONSULTATION_PENDING;
  declare readonly details: ConsultationPendingDetails;

  constructor(p: ConsultationPendingDetails) {
    super(
      CONSULTATION_PENDING,
      `Third-party consultation ${p.consultationId} of ${p.applicationId} is pending (${p.endsOn === null ? 'until the third party replies' : `until ${p.endsOn}`}): record the reply, or decide after it ends.`,
      p,
    );
  }
}

export const isConsultationPendingError = (error: unknown): error is ConsultationPendingError =>
  isDomainError(error, CONSULTATION_PENDING);
