/** What the feedback form shows: the values to keep, messages per field, and the outcome so far. */
export interface FeedbackFormState {
  values: { satisfaction?: string; comment?: string };
  errors: { satisfaction?: string; comment?: string };
  /** A message about the whole submission (forgery check, rate limit, refusal). */
  formError?: string;
  notice?: 'received' | 'pending';
  /** The anti-forgery token for this client; absent on shared (cached) pages, the script fetches it. */
  token?: string;
}

export const emptyFormState = (notice?: FeedbackFormState['notice']): FeedbackFormState => ({
  values: {},
  errors: {},
  ...(notice ? { notice } : {}),
});
