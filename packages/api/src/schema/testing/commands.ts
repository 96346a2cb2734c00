import type { ItemStandard } from '@gongkai/domain';
import type { GraphQLResponseBody } from '../../testing/testApi';
import { graphqlEnumValue as e } from '../enums';
import type { MutationName } from '../resolvers';
import type { Caller, GongkaiTestApi } from './gongkaiTestApi';

const RESULT_FIELDS = /* GraphQL */ `
  __typename
  ... on CommandAccepted {
    messageId
    commandType
    streamId
    revision
    position
    eventIds
    duplicate
    events {
      eventId
      type
      data
    }
  }
  ... on CommandRejected {
    messageId
    commandType
    code
    message
    details
  }
`;

export const mutationDocument = (name: MutationName): string => {
  const input = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return `mutation ($input: ${input}!, $messageId: String, $occurredAt: DateTime) {
    result: ${name}(input: $input, messageId: $messageId, occurredAt: $occurredAt) { ${RESULT_FIELDS} }
  }`;
};

export interface AcceptedResult {
  __typename: 'CommandAccepted';
  messageId: string;
  commandType: string;
  streamId: string;
  revision: number;
  position: number;
  eventIds: string[];
  duplicate: boolean;
  events: { eventId: string; type: string; data: Record<string, unknown> }[];
}

export interface RejectedResult {
  __typename: 'CommandRejected';
  messageId: string;
  commandType: string;
  code: string;
  message: string;
  details: Record<string, unknown> | null;
}

export type MutationResult = AcceptedResult | RejectedResult;

/** Sends one mutation; the raw body, and its result when there was one. */
export const mutate = async (
  api: GongkaiTestApi,
  caller: Caller,
  name: MutationName,
  input: Record<string, unknown>,
  envelope: { messageId?: string; occurredAt?: string } = {},
): Promise<{ body: GraphQLResponseBody; result: MutationResult | undefined }> => {
  const body = await api.graphql(caller, mutationDocument(name), { input, ...envelope });
  return { body, result: body.data?.['result'] as MutationResult | undefined };
};

/** A domain standard as GraphQL input: enum values in SCREAMING_CASE. */
export const standardInput = (standard: ItemStandard): Record<string, unknown> => ({
  ...standard,
  legalBasis: standard.legalBasis.map((basis) => ({
    ...basis,
    ...(basis.kind ? { kind: e(basis.kind) } : {}),
  })),
  timeLimit: {
    ...standard.timeLimit,
    rules: standard.timeLimit.rules.map((rule) => ({ ...rule, type: e(rule.type) })),
  },
  mode: standard.mode.map(e),
  channels: standard.channels.map((channel) => ({ ...channel, code: e(channel.code) })),
  audience: standard.audience.map(e),
  levels: standard.levels.map(e),
  fiveOpenStages: standard.fiveOpenStages.map(e),
  chainStages: standard.chainStages.map(e),
});
