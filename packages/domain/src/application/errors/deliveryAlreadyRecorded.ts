import { DomainError, isDomainError } from '../../errors/domainError';

export const DELIVERY_ALREADY_RECORDED = 'DELIVERY_ALREADY_RECORDED';

export type DeliveryAlreadyRecordedDetails = { applicationId: string; deliveredOn: string };

/** Recording delivery twice. */
export class DeliveryAlreadyRecordedError extends DomainError {
  declare readonly code: typeof DELIVERY_ALREADY_RECORDED;
  declare readonly details: DeliveryAlreadyRecordedDetails;

  constructor(p: DeliveryAlreadyRecordedDetails) {
    super(
      DELIVERY_ALREADY_RECORDED,
      `The answer to ${p.applicationId} was already delivered on ${p.deliveredOn}.`,
      p,
    );
  }
}

export const isDeliveryAlreadyRecordedError = (error: unknown): error is DeliveryAlreadyRecordedError =>
  isDomainError(error, DELIVERY_ALREADY_RECORDED);
