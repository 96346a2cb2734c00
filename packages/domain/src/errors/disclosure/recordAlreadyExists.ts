import { DomainError, isDomainError } from '../domainError';

export const RECORD_ALREADY_EXISTS = 'RECORD_ALREADY_EXISTS';

export type RecordAlreadyExistsDetails = { itemId: string; kind: string; id: string };

/** A disclosure, interpretation, response or feedback id used twice on an item. */
export class RecordAlreadyExistsError extends DomainError {
  declare readonly code: typeof RECORD_ALREADY_EXISTS;
  declare readonly details: RecordAlreadyExistsDetails;

  constructor(p: RecordAlreadyExistsDetails) {
    super(
      RECORD_ALREADY_EXISTS,
      `Item ${p.itemId} already has a ${p.kind} with id ${p.id}: use a new id.`,
      p,
    );
  }
}

export const isRecordAlreadyExistsError = (error: unknown): error is RecordAlreadyExistsError =>
  isDomainError(error, RECORD_ALREADY_EXISTS);
