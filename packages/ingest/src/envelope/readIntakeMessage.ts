import type { z } from 'zod';
import type { Command } from '@gongkai/domain';
import { isCommandType, isDomainError, parseCommand } from '@gongkai/domain';
import type { IntakeEnvelope } from './intakeEnvelope';
import { IntakeEnvelopeSchema } from './intakeEnvelope';
import { isIntakeEnvelope } from './isIntakeEnvelope';

/**
 * The largest intake message value read, in bytes (256 KiB). The biggest command (a standard with
 * every field filled) is a few KiB; a larger value is dead-lettered before it is parsed, so one
 * message can neither hold a batch in JSON.parse nor make a dead letter the broker refuses.
 */
export const MAX_ENVELOPE_BYTES = 262_144;

/** Why a message went to the dead-letter topic: it could not even be read as a command. */
export type DeadLetterCode =
  | 'ENVELOPE_TOO_LARGE'
  | 'MALFORMED_MESSAGE'
  | 'INVALID_ENVELOPE'
  | 'UNKNOWN_COMMAND_TYPE'
  | 'INVALID_PAYLOAD'
  | 'TENANT_MISMATCH';

export type IntakeReading =
  | { kind: 'command'; envelope: IntakeEnvelope; command: Command }
  | { kind: 'unreadable'; code: DeadLetterCode; reason: string; issues: string[]; messageId: string | null };

const issuesOf = (error: z.ZodError): string[] =>
  error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);

const unreadable = (
  code: DeadLetterCode,
  reason: string,
  issues: string[] = [],
  messageId: string | null = null,
): IntakeReading => ({ kind: 'unreadable', code, reason, issues, messageId });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Only for an envelope the fast check refused: zod says which fields are wrong and why. */
const explain = (json: Record<string, unknown>): IntakeReading => {
  const messageId = typeof json.messageId === 'string' ? json.messageId.slice(0, 128) : null;
  if (typeof json.type === 'string' && !isCommandType(json.type)) {
    return unreadable(
      'UNKNOWN_COMMAND_TYPE',
      `Unknown command type ${JSON.stringify(json.type.slice(0, 100))}`,
      [],
      messageId,
    );
  }
  const parsed = IntakeEnvelopeSchema.safeParse(json);
  return unreadable(
    'INVALID_ENVELOPE',
    'The envelope does not match gongkai.intake.v1',
    parsed.success ? ['(root): refused by the envelope check'] : issuesOf(parsed.error).slice(0, 50),
    messageId,
  );
};

/**
 * Reads the bytes of an intake message into a command, or says exactly why it cannot be read. Pure:
 * the same bytes always give the same answer, so a dead letter is never a matter of timing.
 */
export const readIntakeMessage = (bytes: Buffer): IntakeReading => {
  if (bytes.length > MAX_ENVELOPE_BYTES) {
    return unreadable(
      'ENVELOPE_TOO_LARGE',
      `The message is ${bytes.length} bytes; an intake envelope is at most ${MAX_ENVELOPE_BYTES} bytes`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(UTF8.decode(bytes));
  } catch (error) {
    return unreadable('MALFORMED_MESSAGE', `Not UTF-8 JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  if (!isRecord(json)) return unreadable('MALFORMED_MESSAGE', 'The message is JSON but not an object');
  if (!isIntakeEnvelope(json)) return explain(json);
  const envelope = json;
  const payloadTenant = envelope.payload.tenant;
  if (payloadTenant !== undefined && payloadTenant !== envelope.tenant) {
    return unreadable(
      'TENANT_MISMATCH',
      `payload.tenant ${JSON.stringify(payloadTenant).slice(0, 100)} differs from the envelope's tenant ${envelope.tenant}`,
      [],
      envelope.messageId,
    );
  }
  try {
    // The envelope is checked and owned here: the payload gets its tenant in place, no copy.
    envelope.payload.tenant = envelope.tenant;
    const command = parseCommand({ type: envelope.type, data: envelope.payload });
    return { kind: 'command', envelope, command };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const issues = Array.isArray(error.details?.issues) ? error.details.issues.map(String).slice(0, 50) : [];
    return unreadable('INVALID_PAYLOAD', error.message, issues, envelope.messageId);
  }
};
