import { DomainError, isDomainError } from '../domainError';

export const URL_REQUIRED = 'URL_REQUIRED';

export type UrlRequiredDetails = { itemId: string; channel: string };

/** An online publication without its address. */
export class UrlRequiredError extends DomainError {
  declare readonly code: typeof URL_REQUIRED;
  declare readonly details: UrlRequiredDetails;

  constructor(p: UrlRequiredDetails) {
    super(URL_REQUIRED, `A publication on ${p.channel} for item ${p.itemId} needs the page URL: add url.`, p);
  }
}

export const isUrlRequiredError = (error: unknown): error is UrlRequiredError =>
  isDomainError(error, URL_REQUIRED);
