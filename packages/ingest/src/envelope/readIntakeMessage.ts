import type { z } from 'zod';
import type { Command } from '@gongkai/domain';
import { isCommandType, isDomainError, parseCommand } from '@gongkai/domain';
import type { IntakeEnvelope } from './intakeEnvelope';
import { IntakeEnvelopeSchema } from './intakeEnvelope';

/** Why a message went to the dead-letter topic: it could not even be read as a command. */
export type DeadLetterCode =
  'MALFORMED_MESSAGE' | 'INVALID_ENVELOPE' | 'UNKNOWN_COMMAND_TYPE' | 'INVALID_PAYLOAD' | 'TENANT_MISMATCH';

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

const parseJson = (bytes: Buffer): unknown => {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return JSON.parse(text);
};

/**
 * Reads the bytes of an intake message into a command, or says exactly why it cannot be read. Pure:
 * the same bytes always give the same answer, so a dead letter is never a matter of timing.
 */
export const readIntakeMessage = (bytes: Buffer): IntakeReading => {
  let json: unknown;
  try {
    json = parseJson(bytes);
  } catch (error) {
    return unreadable('MALFORMED_MESSAGE', `Not UTF-8 JSON: ${(error as Error).message}`);
  }
  if (!isRecord(json)) return unreadable('MALFORMED_MESSAGE', 'The message is JSON but not an object');
  const messageId = typeof json.messageId === 'string' ? json.messageId.slice(0, 128) : null;
  if (typeof json.type === 'string' && !isCommandType(json.type)) {
    return unreadable(
      'UNKNOWN_COMMAND_TYPE',
      `Unknown command type ${JSON.stringify(json.type)}`,
      [],
      messageId,
    );
  }
  const parsed = IntakeEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    return unreadable(
      'INVALID_ENVELOPE',
      'The envelope does not match gongkai.intake.v1',
      issuesOf(parsed.error),
      messageId,
    );
  }
  const envelope = parsed.data;
  const payloadTenant = envelope.payload.tenant;
  if (payloadTenant !== undefined && payloadTenant !== envelope.tenant) {
    return unreadable(
      'TENANT_MISMATCH',
      `payload.tenant ${JSON.stringify(payloadTenant)} differs from the envelope's tenant ${envelope.tenant}`,
      [],
      envelope.messageId,
    );
  }
  try {
    const command = parseCommand({
      type: envelope.type,
      data: { ...envelope.payload, tenant: envelope.tenant },
    });
    return { kind: 'command', envelope, command };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const issues = Array.isArray(error.details?.issues) ? error.details.issues.map(String) : [];
    return unreadable('INVALID_PAYLOAD', error.message, issues, envelope.messageId);
  }
};
