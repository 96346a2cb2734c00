import type { CommandEnvelope } from '@gongkai/command-handling';
import type { Actor, Command, CommandType } from '@gongkai/domain';
import { isDomainError, parseCommand } from '@gongkai/domain';
import type { GongkaiApiContext } from '../context';
import { BadUserInputError } from '../errors/badUserInputError';
import type { CommandResult } from './commandResult';
import { isIntakePendingError } from '../../gateway/intakePendingError';
import { accepted, pending, rejected } from './commandResult';
import { withoutNulls } from './withoutNulls';

/** The arguments every mutation takes. */
export interface CommandArgs {
  readonly input: Readonly<Record<string, unknown>>;
  readonly messageId?: string | null;
  readonly occurredAt?: string | null;
}

// The domain's authorization refusals are refusals like the guard's, not rejections of the data:
// they stay GraphQL errors (their code and message pass the error masker).
const AUTHORIZATION_CODES: ReadonlySet<string> = new Set(['TENANT_FORBIDDEN', 'ROLE_FORBIDDEN']);

const MESSAGE_ID = /^[^\s\p{C}]{1,128}$/u;

/** The acting principal as the envelope's actor; FORBIDDEN without the writer role. */
export const requireWriter = (context: GongkaiApiContext): Actor => {
  const { writerRole } = context.gongkai;
  const principal =
    writerRole === null ? context.scope.requireAuthenticated() : context.scope.requireRole(writerRole);
  return { id: principal.id, tier: principal.tier, tenant: principal.tenant };
};

const occurredAtOf = (requested: string | null | undefined, now: Date): string => {
  if (requested == null) return now.toISOString();
  if (Date.parse(requested) > now.getTime()) {
    throw new BadUserInputError(
      `occurredAt ${requested} is later than the server's now (${now.toISOString()}): a command may be back-dated, never post-dated; leave occurredAt out to use now.`,
      'occurredAt',
    );
  }
  return requested;
};

const messageIdOf = (requested: string | null | undefined, generate: () => string): string => {
  if (requested == null) return generate();
  if (!MESSAGE_ID.test(requested)) {
    throw new BadUserInputError(
      'messageId must be 1–128 characters without spaces or control characters, e.g. a UUID; send the same one when retrying.',
      'messageId',
    );
  }
  return requested;
};

// Event ids derive from the message id; scoping the client's key by the caller keeps two callers
// who pick the same key from colliding, while a retry by the same caller is still recognized.
export const envelopeMessageId = (actor: Actor, messageId: string): string =>
  `graphql:${actor.tenant}:${actor.id}:${messageId}`;

const rejectedOrRethrow = (error: unknown, type: CommandType, messageId: string): CommandResult => {
  if (isIntakePendingError(error)) return pending(type, messageId);
  if (!isDomainError(error) || AUTHORIZATION_CODES.has(error.code)) throw error;
  return rejected(type, messageId, error);
};

/**
 * Validates the input as the domain command `type`, wraps it in an envelope acting as the caller and
 * sends it through the gateway. Domain rejections come back as `CommandRejected` data.
 */
export const sendCommand = async (
  context: GongkaiApiContext,
  type: CommandType,
  data: unknown,
  args: Omit<CommandArgs, 'input'>,
): Promise<CommandResult> => {
  const actor = requireWriter(context);
  const { gateway, now, newMessageId } = context.gongkai;
  const occurredAt = occurredAtOf(args.occurredAt, now());
  const messageId = messageIdOf(args.messageId, newMessageId);
  let command: Command;
  try {
    command = parseCommand({ type, data: withoutNulls(data) });
  } catch (error) {
    return rejectedOrRethrow(error, type, messageId);
  }
  const envelope: CommandEnvelope = {
    messageId: envelopeMessageId(actor, messageId),
    command,
    actor,
    occurredAt,
    correlationId: context.correlationId,
  };
  try {
    return accepted(type, messageId, await gateway.send(envelope));
  } catch (error) {
    return rejectedOrRethrow(error, type, messageId);
  }
};
