import { InvalidPublicEventError } from '../errors';
import type { PublicCloudEvent } from './publicCloudEventSchema';
import { PublicCloudEventSchema } from './publicCloudEventSchema';

const parseJson = (value: Buffer | string): unknown => {
  try {
    return JSON.parse(typeof value === 'string' ? value : value.toString('utf8')) as unknown;
  } catch (error) {
    throw new InvalidPublicEventError([`not JSON (${(error as Error).message})`]);
  }
};

/**
 * A message of the public topic as a validated CloudEvent; PUBLIC_EVENT_INVALID otherwise (also
 * for a type this version of the package does not know yet: upgrade it to read that type).
 */
export const parsePublicEvent = (message: { value: Buffer | string }): PublicCloudEvent => {
  const result = PublicCloudEventSchema.safeParse(parseJson(message.value));
  if (!result.success) {
    throw new InvalidPublicEventError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`),
    );
  }
  return result.data as PublicCloudEvent;
};
