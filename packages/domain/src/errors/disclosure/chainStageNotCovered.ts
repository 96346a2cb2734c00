import { DomainError, isDomainError } from '../domainError';

export const CHAIN_STAGE_NOT_COVERED = 'CHAIN_STAGE_NOT_COVERED';

export type ChainStageNotCoveredDetails = { itemId: string; stage: string };

/** An interpretation or response for an item whose standard does not cover that link of the chain. */
export class ChainStageNotCoveredError extends DomainError {
  declare readonly code: typeof CHAIN_STAGE_NOT_COVERED;
  declare readonly details: ChainStageNotCoveredDetails;

  constructor(p: ChainStageNotCoveredDetails) {
    super(
      CHAIN_STAGE_NOT_COVERED,
      `The standard of item ${p.itemId} does not cover ${p.stage}: revise the standard to cover it first.`,
      p,
    );
  }
}

export const isChainStageNotCoveredError = (error: unknown): error is ChainStageNotCoveredError =>
  isDomainError(error, CHAIN_STAGE_NOT_COVERED);
