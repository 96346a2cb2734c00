import { z } from 'zod';
import type { MessageOf } from '../primitives';

/**
 * The intake's own record. A rejection is a fact too: storing it makes a redelivered message get
 * the same outcome again (its decision is not re-run against a state that has moved on), and lets a
 * tenant see which of its messages were refused and why.
 */
export const intakeEventSchemas = {
  CommandRejected: z
    .object({
      messageId: z.string().min(1),
      commandType: z.string().min(1),
      code: z.string().min(1).describe('The domain error code, e.g. ITEM_NOT_FOUND'),
      reason: z.string(),
      source: z.string().min(1).describe('The source system that sent the message'),
    })
    .strict(),
} as const;

export type IntakeEvent = MessageOf<typeof intakeEventSchemas>;
