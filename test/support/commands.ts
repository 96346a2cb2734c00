import type { TestPlatform } from './platform';
import type { Principal } from './tokens';

const RESULT_FIELDS = `
  __typename
  ... on CommandAccepted { messageId commandType streamId revision position eventIds duplicate events { eventId type data } }
  ... on CommandRejected { messageId commandType code message details }
`;

/** `mutation ($input: XInput!, …) { result: x(input: $input, …) { … } }` for any mutation of the schema. */
export const mutationDocument = (name: string): string => {
  const input = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return `mutation ($input: ${input}!, $messageId: String, $occurredAt: DateTime) {
  ${name}(input: $input, messageId: $messageId, occurredAt: $occurredAt) { ${RESULT_FIELDS} }
}`;
};

export interface CommandAccepted {
  __typename: 'CommandAccepted';
  commandType: string;
  streamId: string;
  revision: number;
  position: number;
  events: { eventId: string; type: string; data: Record<string, unknown> }[];
}

export interface CommandRejected {
  __typename: 'CommandRejected';
  commandType: string;
  code: string;
  message: string;
  details: Record<string, unknown> | null;
}

export type CommandResult = CommandAccepted | CommandRejected;

/**
 * The business time of a command that records a fact of `input`: 17:00 China time on its latest
 * `…On` date (a due date is a promise, not a fact). Back-dating every command to its fact is what
 * makes views `asOf` a date show the pilot as it stood that day.
 */
export const occurredAtOf = (input: Record<string, unknown>): string | undefined => {
  const dates = Object.entries(input)
    .filter(([key, value]) => key.endsWith('On') && key !== 'dueOn' && typeof value === 'string')
    .map(([, value]) => value as string)
    .sort();
  const latest = dates.at(-1);
  return latest === undefined ? undefined : `${latest}T17:00:00+08:00`;
};

/** Sends one mutation; the command's result (a GraphQL error throws, with the body). */
export const command = async (
  platform: TestPlatform,
  principal: Principal,
  name: string,
  input: Record<string, unknown>,
): Promise<CommandResult> => {
  const occurredAt = occurredAtOf(input);
  const response = await platform.graphql(principal, mutationDocument(name), {
    input,
    ...(occurredAt === undefined ? {} : { occurredAt }),
  });
  const result = response.body.data?.[name] as CommandResult | undefined;
  if (result === undefined || result === null) throw new Error(`${name} failed: ${response.text}`);
  return result;
};

/** Sends one mutation that must be accepted; its result. */
export const accepted = async (
  platform: TestPlatform,
  principal: Principal,
  name: string,
  input: Record<string, unknown>,
): Promise<CommandAccepted> => {
  const result = await command(platform, principal, name, input);
  if (result.__typename !== 'CommandAccepted') {
    throw new Error(`${name} was rejected: [${result.code}] ${result.message}`);
  }
  return result;
};
