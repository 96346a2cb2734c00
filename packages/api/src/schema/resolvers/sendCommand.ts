import type { CommandEnvelope, CommandOutcome } from '@gongkai/command-handling';
import { idempotencyKey } from '@gongkai/command-handling';
import type { Actor, Command, CommandType } from '@gongkai/domain';
import { DomainError, isDomainError, parseCommand } from '@gongkai/domain';
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

// The domain's authorization refusals are refusals like the guard's, not rejections of the data, and
// a message id used before for another command is the client's mistake: they stay GraphQL errors
// (their code and message pass the error masker).
const ERROR_CODES: ReadonlySet<string> = new Set([
  'TENANT_FORBIDDEN',
  'ROLE_FORBIDDEN',
  'MESSAGE_ID_CONFLICT',
]);

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

// Event ids derive from the key; scoping the client's id by the caller keeps two callers who pick
// the same id from colliding, while a retry by the same caller is still recognized.
export const envelopeMessageId = (actor: Actor, messageId: string): string =>
  idempotencyKey({ entry: 'graphql', tenant: actor.tenant, principal: actor.id, messageId });

const rendered = (outcome: CommandOutcome, type: CommandType, messageId: string): CommandResult => {
  if (outcome.status === 'accepted') return accepted(type, messageId, outcome);
  if (ERROR_CODES.has(outcome.code)) {
    const details = outcome.code === 'MESSAGE_ID_CONFLICT' ? { messageId } : outcome.details;
    const reason =
      outcome.code === 'MESSAGE_ID_CONFLICT'
        ? `messageId ${JSON.stringify(messageId)} was used before for another command: nothing was stored. Send a new command under a new messageId; repeat a command only with its exact input.`
        : outcome.reason;
    throw new DomainError(outcome.code, reason, details);
  }
  return rejected(type, messageId, outcome);
};

const pendingOrRethrow = (error: unknown, type: CommandType, messageId: string): CommandResult => {
  if (isIntakePendingError(error)) return pending(type, messageId);
  throw error;
};

/**
 * Validates the input as the domain command `type`, wraps it in an envelope acting as the caller and
 * sends it through the gateway. The core's outcome is rendered as the `CommandResult` union: domain
 * rejections as `CommandRejected` data, authorization refusals and MESSAGE_ID_CONFLICT as errors.
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
    if (!isDomainError(error)) throw error;
    return rejected(type, messageId, { code: error.code, reason: error.message, details: error.details });
  }
  const envelope: CommandEnvelope = {
    messageId: envelopeMessageId(actor, messageId),
    command,
    parsed: true,
    actor,
    occurredAt,
    correlationId: context.correlationId,
  };
  let outcome: CommandOutcome;
  try {
    outcome = await gateway.send(envelope);
  } catch (error) {
    return pendingOrRethrow(error, type, messageId);
  }
  return rendered(outcome, type, messageId);
};
