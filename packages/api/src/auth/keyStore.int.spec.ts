import { temporaryDirectory } from '@gongkai/testkit';
import { chmod, readFile, stat } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateSigningKey, signingKeyPaths } from './keyStore';
import { signToken } from './signToken';
import { createEmbeddedTokenVerifier } from './verifier';

const CLAIMS = { sub: 'cli', tenant: '230000', tier: 'province', roles: ['admin'] } as const;

describe('the embedded signing key', () => {
  let dataDir: ReturnType<typeof temporaryDirectory>;
  beforeEach(() => {
    dataDir = temporaryDirectory();
  });
  afterEach(() => dataDir.remove());

  it('is generated on first start, stored 0600, and re-used after a restart', async () => {
    const first = await loadOrCreateSigningKey(dataDir.path);
    expect(first.created).toBe(true);
    const paths = signingKeyPaths(dataDir.path);
    expect((await stat(paths.privateKey)).mode & 0o777).toBe(0o600);
    expect((await stat(paths.publicKey)).mode & 0o777).toBe(0o644);
    expect((await stat(paths.directory)).mode & 0o777).toBe(0o700);
    const publicJwk = JSON.parse(await readFile(paths.publicKey, 'utf8')) as Record<string, unknown>;
    expect(publicJwk).not.toHaveProperty('d');
    expect(publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: first.kid });

    const tokenBeforeRestart = await signToken(first, CLAIMS);
    const privateBefore = await readFile(paths.privateKey, 'utf8');

    const second = await loadOrCreateSigningKey(dataDir.path);
    expect(second.created).toBe(false);
    expect(second.kid).toBe(first.kid);
    expect(await readFile(paths.privateKey, 'utf8')).toBe(privateBefore);
    await expect(createEmbeddedTokenVerifier(second).verify(tokenBeforeRestart)).resolves.toMatchObject({
      id: 'cli',
      tenant: '230000',
      tier: 'province',
    });
  });

  it('concurrent first starts agree on one key', async () => {
    const keys = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateSigningKey(dataDir.path)));
    expect(new Set(keys.map((key) => key.kid)).size).toBe(1);
    expect(keys.filter((key) => key.created)).toHaveLength(1);
  });

  it('can be an ES256 key', async () => {
    const key = await loadOrCreateSigningKey(dataDir.path, { algorithm: 'ES256' });
    expect(key.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    const token = await signToken(key, CLAIMS);
    await expect(createEmbeddedTokenVerifier(key).verify(token)).resolves.toMatchObject({ id: 'cli' });
  });

  it('refuses to start with a private key others can read', async () => {
    await loadOrCreateSigningKey(dataDir.path);
    await chmod(signingKeyPaths(dataDir.path).privateKey, 0o644);
    await expect(loadOrCreateSigningKey(dataDir.path)).rejects.toThrow(/chmod 600/);
  });

  it('refuses to sign claims the verifier would refuse', async () => {
    const key = await loadOrCreateSigningKey(dataDir.path);
    await expect(signToken(key, { ...CLAIMS, tenant: '000000' })).rejects.toThrow(/national tier/);
    await expect(signToken(key, { ...CLAIMS, tenant: '23' })).rejects.toThrow(/6-digit/);
  });
});
