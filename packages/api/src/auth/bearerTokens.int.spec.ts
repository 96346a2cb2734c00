import { temporaryDirectory } from '@gongkai/testkit';
import { SignJWT, UnsecuredJWT } from 'jose';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../testing/testApi';
import { startTestApi } from '../testing/testApi';
import { testSchema } from '../testing/testSchema';
import { loadOrCreateSigningKey } from './keyStore';
import { signToken } from './signToken';

const COUNTY_ADMIN = { sub: 'user-daoli', tenant: '230102', tier: 'county', roles: ['admin'] } as const;
const ME = '{ me { id tenant tier roles } }';
const claimsPayload = {
  sub: COUNTY_ADMIN.sub,
  tenant: COUNTY_ADMIN.tenant,
  tier: 'county',
  roles: ['admin'],
};

describe('bearer tokens', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ schema: testSchema });
  });
  afterAll(() => api.close());

  const expectRefused = async (token: string, reason = 'TOKEN_INVALID') => {
    const result = await api.graphql(ME, { token });
    expect(result.status).toBe(401);
    expect(result.headers.get('www-authenticate')).toContain('invalid_token');
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED', reason } }) as unknown,
    ]);
    expect(result.text).not.toContain(token);
    expect(result.text).not.toMatch(/ERR_J|signature|jws|alg/i);
    return result;
  };

  it('a valid token puts the principal in the context', async () => {
    const result = await api.graphql(ME, { token: await api.token(COUNTY_ADMIN) });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      data: { me: { id: 'user-daoli', tenant: '230102', tier: 'county', roles: ['admin'] } },
    });
  });

  it('an expired token is refused as expired', async () => {
    const token = await api.token(COUNTY_ADMIN, {
      now: new Date(Date.now() - 2 * 3600_000),
      expiresIn: '1h',
    });
    await expectRefused(token, 'TOKEN_EXPIRED');
  });

  it('a token within the clock tolerance is still accepted', async () => {
    const token = await api.token(COUNTY_ADMIN, { now: new Date(Date.now() - 70_000), expiresIn: 60 });
    expect((await api.graphql(ME, { token })).status).toBe(200);
  });

  it('a token signed with another key is refused', async () => {
    const otherDir = temporaryDirectory();
    try {
      const otherKey = await loadOrCreateSigningKey(otherDir.path);
      await expectRefused(await signToken(otherKey, COUNTY_ADMIN));
    } finally {
      otherDir.remove();
    }
  });

  it('an unsigned alg:none token is refused', async () => {
    const token = new UnsecuredJWT(claimsPayload)
      .setIssuer('gongkai')
      .setAudience('gongkai-api')
      .setExpirationTime('1h')
      .encode();
    await expectRefused(token);
  });

  it('an HS256 token keyed with the public key bytes is refused', async () => {
    const publicKeyFile = await readFile(api.key.paths.publicKey);
    const rawPublicKey = Buffer.from(String(api.key.publicJwk.x), 'base64url');
    for (const secret of [publicKeyFile, rawPublicKey]) {
      const token = await new SignJWT(claimsPayload)
        .setProtectedHeader({ alg: 'HS256', kid: api.key.kid })
        .setIssuer('gongkai')
        .setAudience('gongkai-api')
        .setExpirationTime('1h')
        .sign(new Uint8Array(secret));
      await expectRefused(token);
    }
  });

  it('a token without exp is refused', async () => {
    const token = await new SignJWT(claimsPayload)
      .setProtectedHeader({ alg: api.key.algorithm, kid: api.key.kid })
      .setIssuer('gongkai')
      .setAudience('gongkai-api')
      .sign(api.key.privateKey);
    await expectRefused(token);
  });

  it('a token for another audience is refused', async () => {
    await expectRefused(await api.token(COUNTY_ADMIN, { audience: 'some-other-service' }));
  });

  /** Signed with the platform's key and issuer, bypassing `signToken`'s claim checks. */
  const signedWith = (claims: Record<string, unknown>) =>
    new SignJWT({ ...claimsPayload, ...claims })
      .setProtectedHeader({ alg: api.key.algorithm })
      .setIssuer('gongkai')
      .setAudience('gongkai-api')
      .setExpirationTime('1h')
      .sign(api.key.privateKey);

  it('a token with malformed Gongkai claims is refused', async () => {
    await expectRefused(await signedWith({ tenant: '2301' }));
  });

  it('a token whose subject claims the public’s actor namespace is refused (and never signed)', async () => {
    await expect(signToken(api.key, { ...COUNTY_ADMIN, sub: 'public:website' })).rejects.toThrow(/public:/);
    await expectRefused(await signedWith({ sub: 'public:website' }));
  });

  it('a non-bearer Authorization header is refused, not treated as anonymous', async () => {
    const result = await api.graphql('{ hello }', { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('without a token only @public fields answer', async () => {
    expect((await api.graphql('{ hello }')).body).toEqual({ data: { hello: 'hello' } });
    const refused = await api.graphql(ME);
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_MISSING',
    });
  });

  it('a principal without the role an operation needs gets FORBIDDEN', async () => {
    const viewer = await api.token({ ...COUNTY_ADMIN, roles: ['viewer'] });
    const result = await api.graphql('{ adminOnly }', { token: viewer });
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', requiredRole: 'admin' });
  });

  it('the refusal reason is logged, the token never', async () => {
    const token = await api.token(COUNTY_ADMIN, { audience: 'elsewhere' });
    await api.graphql(ME, { token, headers: { 'x-correlation-id': 'audience-check' } });
    const line = api.logs.find(
      (entry) => entry['correlationId'] === 'audience-check' && entry['msg'] === 'bearer token refused',
    );
    expect(line?.['reason']).toMatch(/aud/);
    expect(JSON.stringify(api.logs)).not.toContain(token);
  });
});
