import { z } from 'zod';
import { commandTypes } from '@gongkai/domain';

const DivisionCode = z.string().regex(/^\d{6}$/, 'a six-digit administrative division code, e.g. 230102');

/** Letters, digits and `._:-`: safe in logs, headers and URLs; a UUID fits. */
export const MessageIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,128}$/, '1–128 letters, digits or ._:- (a UUID is best)');

export const SourceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{1,63}$/, 'a registered source system id, e.g. daoli-oa');

export const ActorSchema = z
  .object({
    id: z.string().min(1).max(200).describe('The user or system in the tenant system that acted'),
    tier: z.enum(['county', 'prefecture', 'province', 'national']),
    tenant: DivisionCode.describe('The tenant the actor acts from'),
  })
  .strict();

/**
 * The intake envelope, version 1: what a tenant system, a GraphQL mutation or the data-sharing bus
 * sends to `gongkai.intake.v1`, as UTF-8 JSON, keyed by `tenant`.
 */
export const IntakeEnvelopeSchema = z
  .object({
    specVersion: z.literal(1),
    messageId: MessageIdSchema.describe(
      'Unique per message; resend the same id when retrying: the events it produced are stored once.',
    ),
    tenant: DivisionCode.describe('The tenant the command acts for; the message key'),
    source: SourceIdSchema.describe('The source system, as registered with the platform'),
    type: z.enum(commandTypes as [string, ...string[]]).describe('The command type'),
    payload: z
      .record(z.string(), z.unknown())
      .describe("The command's data (its JSON Schema: the command's own); `tenant` may be left out"),
    actor: ActorSchema,
    occurredAt: z.iso.datetime({ offset: true }).describe('Business time of the command (ISO 8601)'),
    correlationId: z.string().min(1).max(200).optional(),
    causationId: z.string().min(1).max(200).optional(),
  })
  .strict();

export type IntakeEnvelope = z.infer<typeof IntakeEnvelopeSchema>;
