import { DomainError, isDomainError } from '../domainError';

export const CONTEXT_INCOMPLETE = 'CONTEXT_INCOMPLETE';

export type ContextIncompleteDetails = { commandType: string; streamId: string };

/** A decision needs another stream that the caller did not load. */
export class ContextIncompleteError extends DomainError {
  declare readonly code: typeof CONTEXT_INCOMPLETE;
  declare readonly details: ContextIncompleteDetails;

  constructor(p: ContextIncompleteDetails) {
    super(
      CONTEXT_INCOMPLETE,
      `${p.commandType} consults stream ${p.streamId}: load it (routeCommand(...).consults) and pass its events in context.consulted.`,
      p,
    );
  }
}

export const isContextIncompleteError = (error: unknown): error is ContextIncompleteError =>
  isDomainError(error, CONTEXT_INCOMPLETE);
