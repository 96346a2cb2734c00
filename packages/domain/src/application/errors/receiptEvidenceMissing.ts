import { DomainError, isDomainError } from '../../errors/domainError';

export const RECEIPT_EVIDENCE_MISSING = 'RECEIPT_EVIDENCE_MISSING';

export type ReceiptEvidenceMissingDetails = {
  channel: string;
  regulation: string;
  evidence: string;
  basis: string;
};

/** The date the channel's receipt rule reads is missing. */
export class ReceiptEvidenceMissingError extends DomainError {
  declare readonly code: typeof RECEIPT_EVIDENCE_MISSING;
  declare readonly details: ReceiptEvidenceMissingDetails;

  constructor(p: ReceiptEvidenceMissingDetails) {
    super(
      RECEIPT_EVIDENCE_MISSING,
      `An application by ${p.channel} under ${p.regulation} is received on its ${p.evidence}: give ${p.evidence} (${p.basis}).`,
      p,
    );
  }
}

export const isReceiptEvidenceMissingError = (error: unknown): error is ReceiptEvidenceMissingError =>
  isDomainError(error, RECEIPT_EVIDENCE_MISSING);
