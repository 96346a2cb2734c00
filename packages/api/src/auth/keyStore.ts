import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CryptoKey, JWK } from 'jose';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';

/** Asymmetric only: a verifier holding the public key can never be tricked into HMAC with it. */
export type SigningAlgorithm = 'EdDSA' | 'ES256';

export interface SigningKeyPaths {
  readonly directory: string;
  readonly privateKey: string;
  readonly publicKey: string;
}

/** The embedded mode's token-signing key pair, as loaded from `<dataDir>/keys/`. */
export interface EmbeddedSigningKey {
  readonly algorithm: SigningAlgorithm;
  /** RFC 7638 thumbprint of the public key; set as `kid` on every token. */
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** Public JWK with `kid`, `alg` and `use`, ready to publish in a JWKS. */
  readonly publicJwk: JWK;
  readonly paths: SigningKeyPaths;
  /** True when this call generated the key pair (first start). */
  readonly created: boolean;
}

export interface LoadSigningKeyOptions {
  /** Used only when the key pair is generated; an existing key keeps its algorithm. Default EdDSA. */
  algorithm?: SigningAlgorithm;
}

const PRIVATE_FILE_MODE = 0o600;

export const signingKeyPaths = (dataDir: string): SigningKeyPaths => {
  const directory = join(dataDir, 'keys');
  return {
    directory,
    privateKey: join(directory, 'token-signing.private.jwk.json'),
    publicKey: join(directory, 'token-signing.public.jwk.json'),
  };
};

const isErrno = (error: unknown, code: string): boolean =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === code;

/**
 * Creates `path` with `contents` only if it does not exist, atomically: concurrent first starts
 * never see a half-written key. Returns false when another writer won.
 */
const createExclusively = async (path: string, contents: string, mode: number): Promise<boolean> => {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, contents, { mode, flag: 'wx' });
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  } finally {
    await unlink(temporary);
  }
};

const assertPrivate = async (path: string): Promise<void> => {
  if (process.platform === 'win32') return;
  const { mode } = await stat(path);
  if ((mode & 0o077) !== 0) {
    throw new Error(
      `The token-signing key ${path} is readable by other users (mode ${(mode & 0o777).toString(8)}); run \`chmod 600 ${path}\` and start again.`,
    );
  }
};

const generateJwk = async (algorithm: SigningAlgorithm): Promise<JWK> => {
  const { privateKey } =
    algorithm === 'EdDSA'
      ? await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
      : await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, alg: algorithm, use: 'sig' };
};

const toPublicJwk = ({ d: _d, ...publicPart }: JWK): JWK => publicPart;

const parseStoredJwk = (text: string, path: string): JWK & { alg: SigningAlgorithm } => {
  const jwk = JSON.parse(text) as JWK;
  if ((jwk.alg !== 'EdDSA' && jwk.alg !== 'ES256') || typeof jwk.d !== 'string') {
    throw new Error(
      `${path} is not a Gongkai token-signing key (EdDSA or ES256 private JWK); move it away to generate a new one.`,
    );
  }
  return jwk as JWK & { alg: SigningAlgorithm };
};

/** The public half is derived from the private key; (re)written when missing or stale. */
const writePublicKey = async (path: string, publicJwk: JWK): Promise<void> => {
  const contents = `${JSON.stringify(publicJwk, null, 2)}\n`;
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === contents) return;
  await writeFile(path, contents, { mode: 0o644 });
  await chmod(path, 0o644);
};

/**
 * Loads the embedded token-signing key pair from `<dataDir>/keys/`, generating it on first start
 * (private key file mode 0600, directory 0700). Re-used on every later start, so issued tokens stay
 * valid across restarts.
 */
export const loadOrCreateSigningKey = async (
  dataDir: string,
  options: LoadSigningKeyOptions = {},
): Promise<EmbeddedSigningKey> => {
  const paths = signingKeyPaths(dataDir);
  await mkdir(paths.directory, { recursive: true, mode: 0o700 });
  let created = false;
  const existing = await readFile(paths.privateKey, 'utf8').catch((error: unknown) => {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  });
  if (existing === undefined) {
    const fresh = JSON.stringify(await generateJwk(options.algorithm ?? 'EdDSA'), null, 2);
    created = await createExclusively(paths.privateKey, `${fresh}\n`, PRIVATE_FILE_MODE);
  }
  await assertPrivate(paths.privateKey);
  const stored = parseStoredJwk(await readFile(paths.privateKey, 'utf8'), paths.privateKey);
  const algorithm = stored.alg;
  const kid = await calculateJwkThumbprint(toPublicJwk(stored));
  const publicJwk: JWK = { ...toPublicJwk(stored), kid, alg: algorithm, use: 'sig' };
  await writePublicKey(paths.publicKey, publicJwk);
  return {
    algorithm,
    kid,
    privateKey: (await importJWK(stored, algorithm)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, algorithm)) as CryptoKey,
    publicJwk,
    paths,
    created,
  };
};

/** The JWKS document other services can verify embedded-mode tokens with. */
export const toJwks = (key: Pick<EmbeddedSigningKey, 'publicJwk'>): { keys: JWK[] } => ({
  keys: [key.publicJwk],
});
