import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import type { EmbeddedSigningKey } from '@gongkai/api';
import { loadOrCreateSigningKey } from '@gongkai/api';
import type { Bus } from '@gongkai/messaging';
import type { PlatformStack, PlatformConfig } from '@gongkai/platform';
import { loadConfig, startPlatform } from '@gongkai/platform';
import { temporaryDirectory } from '@gongkai/testkit';
import type { GraphQLResponse } from './graphql';
import { bearer, postGraphQL } from './graphql';
import type { Principal } from './tokens';
import { validToken } from './tokens';

/** The platform as `gongkai start` runs it, on an ephemeral port over a throwaway data folder. */
export interface TestPlatform {
  /** Base URL, e.g. http://127.0.0.1:43117 (the API is at `${url}/graphql`). */
  readonly url: string;
  readonly config: PlatformConfig;
  readonly stack: PlatformStack;
  readonly bus: Bus;
  /** The platform's token-signing key (in `<dataDir>/keys`). */
  readonly key: EmbeddedSigningKey;
  /** A valid bearer token for `principal`. */
  token(principal: Principal): Promise<string>;
  /** One operation as `principal` (signed in with a valid token), with more request headers if given. */
  graphql(
    principal: Principal,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  /** One operation with a raw `Authorization` header (or none). */
  graphqlAs(
    authorization: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/**
 * `GONGKAI_TEST_STACK=distributed` (the `infra-distributed` test project) runs every whole-flow test
 * on the distributed adapters: the intake and the bridge on Kafka (`KAFKA_BROKERS`), the read
 * models in MongoDB (`MONGODB_URL`), each platform on topics and a database of its own.
 */
const distributedEnv = (): { env: Record<string, string>; dropDatabase: () => Promise<void> } => {
  const { KAFKA_BROKERS, MONGODB_URL } = process.env;
  if (!KAFKA_BROKERS || !MONGODB_URL)
    throw new Error(
      'GONGKAI_TEST_STACK=distributed needs KAFKA_BROKERS and MONGODB_URL: run `pnpm infra:up` and export what it prints.',
    );
  const run = randomUUID().slice(0, 8);
  const database = `e2e_${run}`;
  return {
    env: {
      KAFKA_BROKERS,
      MONGODB_URL,
      MONGODB_DATABASE: database,
      GONGKAI_TOPIC_PREFIX: `e2e-${run}.`,
      GONGKAI_PROJECTION_SHARDS: '4',
    },
    dropDatabase: async () => {
      const client = await MongoClient.connect(MONGODB_URL);
      try {
        await client.db(database).dropDatabase();
      } finally {
        await client.close();
      }
    },
  };
};

export const startTestPlatform = async (options: {
  seed: boolean;
  /** More configuration, e.g. KAFKA_BROKERS to run the intake on Kafka. */
  env?: Record<string, string>;
  /** Open this data folder (a restart); it is left in place on close. Default: a fresh one, removed. */
  dataDir?: string;
}): Promise<TestPlatform> => {
  const dataDir = options.dataDir
    ? { path: options.dataDir, remove: () => undefined }
    : temporaryDirectory('gongkai-e2e-');
  const distributed = process.env.GONGKAI_TEST_STACK === 'distributed' ? distributedEnv() : undefined;
  const config = loadConfig({
    GONGKAI_DATA_DIR: dataDir.path,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...distributed?.env,
    ...options.env,
  });
  const platform = await startPlatform(config, { port: 0, seed: options.seed });
  const key = await loadOrCreateSigningKey(config.dataDir);
  const tokens = new Map<Principal, Promise<string>>();
  const token = (principal: Principal): Promise<string> => {
    let issued = tokens.get(principal);
    if (issued === undefined) {
      issued = validToken(key, principal);
      tokens.set(principal, issued);
    }
    return issued;
  };
  const graphqlAs = (
    authorization: string | null,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) =>
    postGraphQL(platform.url, {
      authorization,
      query,
      ...(variables ? { variables } : {}),
      ...(headers ? { headers } : {}),
    });
  return {
    url: platform.url,
    config,
    stack: platform.stack,
    bus: platform.bus,
    key,
    token,
    graphqlAs,
    graphql: async (principal, query, variables, headers) =>
      graphqlAs(bearer(await token(principal)), query, variables, headers),
    close: async () => {
      try {
        await platform.close();
        await distributed?.dropDatabase();
      } finally {
        dataDir.remove();
      }
    },
  };
};
