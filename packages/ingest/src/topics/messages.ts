import { z } from 'zod';
import { MessageIdSchema } from '../envelope/intakeEnvelope';

/** What became of one intake message: exactly one outcome per message id (repeated as is on redelivery). */
export const IntakeOutcomeSchema = z.discriminatedUnion('status', [
  z
    .object({
      specVersion: z.literal(1),
      messageId: MessageIdSchema,
      tenant: z.string(),
      source: z.string(),
      status: z.literal('accepted'),
      streamId: z.string().describe('The stream the events were appended to'),
      revision: z.number().int().describe("The stream's revision after the message (-1: still empty)"),
      position: z
        .number()
        .int()
        .describe('A global position at or after the last event: a read model there shows it'),
      eventIds: z.array(z.uuid()).describe('Derived from the message id (UUIDv5), in order'),
      duplicate: z.boolean().describe('The message had been stored before; nothing new was appended'),
      decidedAt: z.iso.datetime(),
    })
    .strict(),
  z
    .object({
      specVersion: z.literal(1),
      messageId: MessageIdSchema,
      tenant: z.string(),
      source: z.string(),
      status: z.literal('rejected'),
      code: z.string().describe('Stable code: a domain rule (e.g. STANDARD_INCOMPLETE) or a source refusal'),
      reason: z.string().describe('What to fix'),
      duplicate: z.boolean(),
      decidedAt: z.iso.datetime(),
    })
    .strict(),
]);

export type IntakeOutcome = z.infer<typeof IntakeOutcomeSchema>;

/** Bytes of the original value a dead letter carries: enough to recognise it, never enough to outgrow the broker's limit. */
export const DEAD_LETTER_PREFIX_BYTES = 2048;

/** A message the intake could not read: the reason, where the original is, and a bounded prefix of it. */
export const DeadLetterSchema = z
  .object({
    specVersion: z.literal(1),
    code: z.enum([
      'ENVELOPE_TOO_LARGE',
      'MALFORMED_MESSAGE',
      'INVALID_ENVELOPE',
      'UNKNOWN_COMMAND_TYPE',
      'INVALID_PAYLOAD',
      'TENANT_MISMATCH',
    ]),
    reason: z.string(),
    issues: z.array(z.string()).describe('One line per offending field (at most 50)'),
    messageId: z.string().nullable().describe('When the bytes still named one'),
    original: z
      .object({
        topic: z.string(),
        partition: z.number().int(),
        offset: z.string().describe('Read the whole original there while the topic retains it'),
        key: z.string().nullable().describe('As received (at most 256 characters)'),
        headers: z
          .record(z.string(), z.string())
          .describe('As received: at most 16 headers, each value at most 256 characters'),
        size: z.number().int().describe('Length of the original value in bytes'),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe('SHA-256 of the original value (hex)'),
        valuePrefixBase64: z
          .string()
          .describe(
            `The first ${DEAD_LETTER_PREFIX_BYTES} bytes of the original value (all of it when shorter), base64`,
          ),
      })
      .strict(),
    deadLetteredAt: z.iso.datetime(),
  })
  .strict();

export type DeadLetter = z.infer<typeof DeadLetterSchema>;
