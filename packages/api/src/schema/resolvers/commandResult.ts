import type { AcceptedOutcome, RejectedOutcome } from '@gongkai/command-handling';
import type { CommandType } from '@gongkai/domain';

export interface CommandAccepted {
  readonly __typename: 'CommandAccepted';
  readonly messageId: string;
  readonly commandType: CommandType;
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  readonly eventIds: readonly string[];
  readonly events: readonly { eventId: string; type: string; data: unknown }[];
  readonly duplicate: boolean;
}

export interface CommandRejected {
  readonly __typename: 'CommandRejected';
  readonly messageId: string;
  readonly commandType: CommandType;
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>> | null;
}

export interface CommandPending {
  readonly __typename: 'CommandPending';
  readonly messageId: string;
  readonly commandType: CommandType;
}

export type CommandResult = CommandAccepted | CommandRejected | CommandPending;

export const pending = (commandType: CommandType, messageId: string): CommandPending => ({
  __typename: 'CommandPending',
  messageId,
  commandType,
});

export const accepted = (
  commandType: CommandType,
  messageId: string,
  outcome: AcceptedOutcome,
): CommandAccepted => ({
  __typename: 'CommandAccepted',
  messageId,
  commandType,
  streamId: outcome.streamId,
  revision: outcome.revision,
  position: outcome.position,
  eventIds: outcome.eventIds,
  events: outcome.events.map((event, index) => ({
    eventId: outcome.eventIds[index] ?? '',
    type: event.type,
    data: event.data,
  })),
  duplicate: outcome.duplicate,
});

export const rejected = (
  commandType: CommandType,
  messageId: string,
  refusal: Pick<RejectedOutcome, 'code' | 'reason' | 'details'>,
): CommandRejected => ({
  __typename: 'CommandRejected',
  messageId,
  commandType,
  code: refusal.code,
  message: refusal.reason,
  details: refusal.details ?? null,
});

export const commandResultResolvers = {
  CommandResult: { __resolveType: (result: CommandResult) => result.__typename },
};
