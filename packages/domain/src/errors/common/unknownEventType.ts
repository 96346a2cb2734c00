import { DomainError, isDomainError } from '../domainError';

export const UNKNOWN_EVENT_TYPE = 'UNKNOWN_EVENT_TYPE';

export type UnknownEventTypeDetails = { type: string; schemaVersion?: number };

/** An event type (or version) this domain does not know. */
export class UnknownEventTypeError extends DomainError {
  declare readonly code: typeof UNKNOWN_EVENT_TYPE;
  declare readonly details: UnknownEventTypeDetails;

  constructor(p: UnknownEventTypeDetails) {
    super(
      UNKNOWN_EVENT_TYPE,
      `Unknown event ${p.type}${p.schemaVersion === undefined ? '' : ` v${p.schemaVersion}`}: upgrade @gongkai/domain or check the producer.`,
      p,
    );
  }
}

export const isUnknownEventTypeError = (error: unknown): error is UnknownEventTypeError =>
  isDomainError(error, UNKNOWN_EVENT_TYPE);
