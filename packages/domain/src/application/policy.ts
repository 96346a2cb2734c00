import type { PartyRule } from '../authorization/parties';
import { ownCounty } from '../authorization/parties';
import type { ApplicationCommandType } from './commands';

/**
 * Proposed policy: the county's disclosure office receives and handles its own applications, and
 * records the reviews and suits over them; no other tier writes. Reading (for phase 2's views): the
 * office's own tenant sees everything, personal fields included; the prefecture and the province
 * above it read the applications' states and figures (never a `personal` field); the public sees
 * one application's stage and dates through its tracking code.
 */
export const applicationPolicy: { readonly [T in ApplicationCommandType]: PartyRule } = {
  ReceiveApplication: ownCounty,
  RequestCorrection: ownCounty,
  ReceiveCorrection: ownCounty,
  DeferForVolume: ownCounty,
  ConsultThirdParty: ownCounty,
  RecordThirdPartyReply: ownCounty,
  ExtendDeadline: ownCounty,
  NotifyFee: ownCounty,
  RecordFeePayment: ownCounty,
  DecideApplication: ownCounty,
  RecordDelivery: ownCounty,
  FileReviewOrSuit: ownCounty,
  ConcludeReviewOrSuit: ownCounty,
};

export const applicationReadPolicy = {
  personalFields: 'own-tenant',
  stateAndFigures: 'own-tenant-and-reporting-line-ancestors',
  trackingPage: 'holder-of-tracking-code: stage and dates only',
} as const;
