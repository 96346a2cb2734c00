import { hash } from 'node:crypto';
import type { Command } from '@gongkai/domain';

/** Who sent a message, and under which id: the tuple a message id is unique within. */
export interface MessageIdentity {
  /** The entry or source system: `graphql`, or the intake source id (`gongkai-api`, a tenant system). */
  entry: string;
  tenant: string;
  /** The principal: the JWT subject, or the actor a source system names. */
  principal: string;
  /** The id the sender chose. */
  messageId: string;
}

/**
 * The one idempotency key: the tuple as a JSON array, an unambiguous encoding whatever characters
 * the parts hold (`:`, `/`, `|`, quotes): two different tuples never give the same key.
 */
export const idempotencyKey = ({ entry, tenant, principal, messageId }: MessageIdentity): string =>
  JSON.stringify([entry, tenant, principal, messageId]);

/** A digest of the command (type and payload): the same id with another payload is told apart by it. */
export const fingerprintOf = (command: Command): string =>
  hash('sha256', JSON.stringify([command.type, command.data]), 'base64url');
