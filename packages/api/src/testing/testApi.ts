import { temporaryDirectory } from '@gongkai/testkit';
import type { Logger } from 'pino';
import { pino } from 'pino';
import type { GongkaiClaims } from '../auth/claims';
import type { EmbeddedSigningKey } from '../auth/keyStore';
import { loadOrCreateSigningKey } from '../auth/keyStore';
import { signToken } from '../auth/signToken';
import type { SignTokenOptions } from '../auth/signToken';
import { createEmbeddedTokenVerifier } from '../auth/verifier';
import type { BuildAppOptions, GongkaiApp } from '../http/buildApp';
import { buildApp } from '../http/buildApp';
import { listen } from '../http/listen';
import { testHierarchy } from './hierarchy';

export interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface PostResult {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: GraphQLResponseBody;
}

export interface TestApi {
  readonly url: string;
  readonly key: EmbeddedSigningKey;
  readonly app: GongkaiApp;
  /** Every log line the app wrote, parsed. */
  readonly logs: Record<string, unknown>[];
  token(claims: GongkaiClaims, options?: SignTokenOptions): Promise<string>;
  graphql(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<PostResult>;
  close(): Promise<void>;
}

export type TestApiOptions = Omit<BuildAppOptions, 'auth' | 'directory' | 'logger'> &
  Partial<Pick<BuildAppOptions, 'auth' | 'directory'>>;

const capturingLogger = (logs: Record<string, unknown>[]): Logger =>
  pino(
    { level: 'debug' },
    { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) },
  );

/** The app on an ephemeral port of 127.0.0.1, with an embedded key in a temporary data folder. */
export const startTestApi = async (options: TestApiOptions): Promise<TestApi> => {
  const dataDir = temporaryDirectory('gongkai-api-');
  const key = await loadOrCreateSigningKey(dataDir.path);
  const logs: Record<string, unknown>[] = [];
  const app = buildApp({
    directory: testHierarchy(),
    auth: createEmbeddedTokenVerifier(key),
    logger: capturingLogger(logs),
    ...options,
  });
  const server = await listen(app.app, 0, '127.0.0.1');
  return {
    url: server.url,
    key,
    app,
    logs,
    token: (claims, signOptions) => signToken(key, claims, signOptions),
    graphql: async (query, { token, variables, headers } = {}) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        text,
        body: JSON.parse(text) as GraphQLResponseBody,
      };
    },
    close: async () => {
      await server.close();
      await app.close();
      dataDir.remove();
    },
  };
};
