import { temporaryDirectory } from '@gongkai/testkit';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../testing/testApi';
import { startTestApi } from '../testing/testApi';
import { testSchema } from '../testing/testSchema';
import type { EmbeddedSigningKey } from './keyStore';
import { loadOrCreateSigningKey, toJwks } from './keyStore';
import { signToken } from './signToken';
import { createJwksTokenVerifier } from './verifier';

const ISSUER = 'https://idp.test.gongkai';
const AUDIENCE = 'gongkai-api';
const CLAIMS = { sub: 'idp-user-1', tenant: '230100', tier: 'prefecture', roles: ['viewer'] } as const;

const serveJwks = (body: unknown): Promise<{ server: Server; url: string }> =>
  new Promise((resolve) => {
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/.well-known/jwks.json` });
    });
  });

describe('verifying against a JWKS URL', () => {
  const dirs = [temporaryDirectory(), temporaryDirectory()];
  let idpKey: EmbeddedSigningKey;
  let strangerKey: EmbeddedSigningKey;
  let jwks: { server: Server; url: string };
  let api: TestApi;
  let apiWithoutIdp: TestApi;

  beforeAll(async () => {
    idpKey = await loadOrCreateSigningKey(dirs[0]!.path);
    strangerKey = await loadOrCreateSigningKey(dirs[1]!.path);
    jwks = await serveJwks(toJwks(idpKey));
    api = await startTestApi({
      schema: testSchema,
      auth: createJwksTokenVerifier({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE }),
    });
    apiWithoutIdp = await startTestApi({
      schema: testSchema,
      auth: createJwksTokenVerifier({
        jwksUrl: 'http://127.0.0.1:9/jwks.json',
        issuer: ISSUER,
        audience: AUDIENCE,
        timeoutMs: 500,
      }),
    });
  });
  afterAll(async () => {
    await api.close();
    await apiWithoutIdp.close();
    await new Promise((done) => jwks.server.close(done));
    for (const dir of dirs) dir.remove();
  });

  const idpToken = (key: EmbeddedSigningKey, issuer = ISSUER) =>
    signToken(key, CLAIMS, { issuer, audience: AUDIENCE });

  it("accepts the identity provider's tokens", async () => {
    const result = await api.graphql('{ me { id tenant tier } }', { token: await idpToken(idpKey) });
    expect(result.body).toEqual({ data: { me: { id: 'idp-user-1', tenant: '230100', tier: 'prefecture' } } });
  });

  it('refuses a token from another issuer', async () => {
    const result = await api.graphql('{ me { id } }', { token: await idpToken(idpKey, 'https://evil.test') });
    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with a key the JWKS does not hold', async () => {
    const result = await api.graphql('{ me { id } }', { token: await idpToken(strangerKey) });
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('says AUTHENTICATION_UNAVAILABLE when the JWKS cannot be fetched', async () => {
    const result = await apiWithoutIdp.graphql('{ me { id } }', { token: await idpToken(idpKey) });
    expect(result.status).toBe(503);
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'AUTHENTICATION_UNAVAILABLE' });
  });

  it('can never be configured with a symmetric or empty algorithm', () => {
    for (const algorithms of [['HS256'], ['none'], []]) {
      expect(() =>
        createJwksTokenVerifier({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE, algorithms }),
      ).toThrow(/algorithms/);
    }
  });
});
