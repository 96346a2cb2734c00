import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { TenantDirectory } from '@gongkai/domain';
import { SourceIdSchema } from '../envelope/intakeEnvelope';

export const SourceSystemSchema = z
  .object({
    id: SourceIdSchema.describe('The id the envelopes name in `source`, e.g. daoli-oa'),
    name: z.string().min(1).describe('Who runs it, e.g. 道里区政务服务平台'),
    tenants: z
      .array(z.string().regex(/^\d{6}$/))
      .min(1)
      .describe(
        'The tenants it may act for: each code covers itself and every unit under it (230000: the province and its prefectures and counties); 000000 (national) means every tenant. Both the envelope tenant and the actor tenant must be covered.',
      ),
    keys: z
      .array(z.string().min(32, 'a key has at least 32 characters'))
      .min(1)
      .describe(
        'Shared secrets (at least 32 characters each) for the HMAC-SHA256 signature in gongkai-signature; a message signed with any of them is accepted, so list two while a key is rotated.',
      ),
  })
  .strict();

export type SourceSystem = z.infer<typeof SourceSystemSchema>;

/** The sources file (`GONGKAI_SOURCES_FILE`): the tenant systems that may send to the intake. */
export const SourceRegistrySchema = z.object({ sources: z.array(SourceSystemSchema) }).strict();

/** Why a source was refused; the message gets a rejected outcome with this code. */
export interface SourceRefusal {
  code: 'SOURCE_UNKNOWN' | 'SOURCE_SIGNATURE_INVALID' | 'SOURCE_TENANT_FORBIDDEN';
  reason: string;
}

/** `sha256=<hex>` of the message bytes under one of the source's keys. */
export const signMessage = (value: Buffer | string, key: string): string =>
  `sha256=${createHmac('sha256', key).update(value).digest('hex')}`;

/** The national tenant: above every province. */
const NATIONAL = '000000';

const SIGNATURE = /^sha256=([0-9a-f]{64})$/;

const signedWith = (value: Buffer, signature: string | undefined, keys: readonly string[]): boolean => {
  const match = SIGNATURE.exec(signature ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!, 'hex');
  return keys.some((key) => timingSafeEqual(createHmac('sha256', key).update(value).digest(), given));
};

/**
 * Which source system may send for which tenants. A message names its source; the registry checks
 * the signature over its exact bytes with that source's key, then that the tenant and the actor's
 * tenant lie within the source's tenants.
 */
export class SourceRegistry {
  readonly #sources: ReadonlyMap<string, SourceSystem>;

  constructor(
    sources: readonly SourceSystem[],
    private readonly directory: TenantDirectory,
  ) {
    this.#sources = new Map(sources.map((source) => [source.id, SourceSystemSchema.parse(source)]));
  }

  /** Undefined when the source may send this message. */
  refusal(
    message: { value: Buffer; signature: string | undefined },
    claim: { source: string; tenant: string; actorTenant: string },
  ): SourceRefusal | undefined {
    const source = this.#sources.get(claim.source);
    if (!source) {
      return { code: 'SOURCE_UNKNOWN', reason: `No source system ${claim.source} is registered` };
    }
    if (!signedWith(message.value, message.signature, source.keys)) {
      return {
        code: 'SOURCE_SIGNATURE_INVALID',
        reason: `The gongkai-signature header is missing or is not ${claim.source}'s HMAC-SHA256 of the message`,
      };
    }
    for (const tenant of new Set([claim.tenant, claim.actorTenant])) {
      const covered = source.tenants.some(
        (allowed) => allowed === NATIONAL || this.directory.isSelfOrDescendant(tenant, allowed),
      );
      if (!covered) {
        return {
          code: 'SOURCE_TENANT_FORBIDDEN',
          reason: `Source ${claim.source} may not send for tenant ${tenant}`,
        };
      }
    }
    return undefined;
  }
}
