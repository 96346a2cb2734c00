import { temporaryDirectory } from '@gongkai/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedSigningKey } from './keyStore';
import { loadOrCreateSigningKey } from './keyStore';
import { signToken } from './signToken';
import { createEmbeddedTokenVerifier } from './verifier';

const CLAIMS = { sub: 'admin@230000', tenant: '230000', tier: 'province', roles: ['admin'] } as const;

let dataDir: ReturnType<typeof temporaryDirectory>;
let key: EmbeddedSigningKey;
beforeAll(async () => {
  dataDir = temporaryDirectory();
  key = await loadOrCreateSigningKey(dataDir.path);
});
afterAll(() => dataDir.remove());

const tampered = (token: string): string => {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
  const forged = Buffer.from(JSON.stringify({ ...claims, tenant: '000000', tier: 'national' })).toString(
    'base64url',
  );
  return [header, forged, signature].join('.');
};

describe('a verified token is checked once, and its time window on every use', () => {
  it('the same token keeps working while it is valid', async () => {
    const verifier = createEmbeddedTokenVerifier(key);
    const token = await signToken(key, CLAIMS);
    const first = await verifier.verify(token);
    expect(await verifier.verify(token)).toEqual(first);
    expect(first).toMatchObject({ id: CLAIMS.sub, tenant: '230000', tier: 'province' });
  });

  it('a kept token is refused as expired once its exp passes', async () => {
    const verifier = createEmbeddedTokenVerifier(key, { clockToleranceSeconds: 0 });
    const token = await signToken(key, CLAIMS, { expiresIn: 2 });
    await verifier.verify(token);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verifier.verify(token)).rejects.toMatchObject({ reason: 'TOKEN_EXPIRED' });
  });

  it('a token with the claims of a kept one but another signature is refused, every time', async () => {
    const verifier = createEmbeddedTokenVerifier(key);
    const token = await signToken(key, CLAIMS);
    await verifier.verify(token);
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(verifier.verify(tampered(token))).rejects.toMatchObject({ reason: 'TOKEN_INVALID' });
    }
  });
});
