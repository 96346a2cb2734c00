import { WriteCore } from '@gongkai/command-handling';
import type { Tier } from '@gongkai/domain';
import { domainTesting, heilongjiangMilestones } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '@gongkai/projections';
import {
  ProjectionRunner,
  ApplicationViewQueries,
  ReadModelViewQueries,
  createProjectors,
  createSqliteReadModelStore,
  projectionContextFor,
} from '@gongkai/projections';
import { temporaryDirectory } from '@gongkai/testkit';
import { pino } from 'pino';
import { loadOrCreateSigningKey } from '../../auth/keyStore';
import { signToken } from '../../auth/signToken';
import { createEmbeddedTokenVerifier } from '../../auth/verifier';
import type { CommandGateway } from '../../gateway/commandGateway';
import { createCoreGateway } from '../../gateway/coreGateway';
import type { GongkaiApp } from '../../http/buildApp';
import { listen } from '../../http/listen';
import type { GraphQLResponseBody } from '../../testing/testApi';
import type { GongkaiApiExtension } from '../context';
import type { GongkaiApiOptions } from '../createGongkaiApi';
import { createGongkaiApi } from '../createGongkaiApi';
import type { RecordingViews } from './recordingViews';
import { recordingViews } from './recordingViews';

export const { testDirectory, testCalendar } = domainTesting;

/** Units of the seeded Heilongjiang directory the tests act from. */
export const UNITS = {
  daoli: '230102', // 道里区, a county of 哈尔滨市
  mishan: '230382', // 密山市, a county of 鸡西市
  dongning: '231086', // 东宁市, a county of 牡丹江市
  harbin: '230100', // 哈尔滨市
  mudanjiang: '231000', // 牡丹江市
  suifenhe: '231081', // 绥芬河市, reports to the province directly
  province: '230000', // 黑龙江省
  nation: '000000',
} as const;

export interface Caller {
  readonly sub: string;
  readonly tenant: string;
  readonly tier: Tier;
  readonly roles?: readonly string[];
}

export const admin = (tenant: string, tier: Tier): Caller => ({
  sub: `${tier}-admin-${tenant}`,
  tenant,
  tier,
});

export interface GongkaiTestApi {
  readonly url: string;
  readonly app: GongkaiApp<GongkaiApiExtension>;
  readonly store: EventStore;
  /** The read models the runner keeps current (a test may take their history away). */
  readonly readModelStore: ReadModelStore;
  /** The projections' views over the read models the runner keeps current, every call recorded. */
  readonly views: RecordingViews;
  /** The on-request disclosure views the API serves (a test may wrap a method to count calls). */
  readonly applications: ApplicationViewQueries;
  /** Every envelope the gateway was sent. */
  readonly sent: Parameters<CommandGateway['send']>[0][];
  graphql(
    caller: Caller | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponseBody>;
  /** The same request, answered with the response body as the client receives it. */
  graphqlText(caller: Caller | null, query: string, variables?: Record<string, unknown>): Promise<string>;
  /** Resolves once the projections include every stored event. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** The date the views judge milestones on: the day the August report was due. */
export const VIEW_DATE = '2018-08-31';

/**
 * The Gongkai API as the platform builds it (`createGongkaiApi`), on an ephemeral port, over the
 * real embedded stack in memory: the SQLite event store, the write core behind the gateway,
 * the projectors kept current by a ProjectionRunner into a SQLite read-model store, and the
 * projections' ReadModelViewQueries. Every request waits until the projections have caught up
 * with the store, so a query sees the mutations before it.
 */
export const startGongkaiTestApi = async ({
  wrapGateway = (gateway) => gateway,
  ...options
}: Partial<
  Pick<
    GongkaiApiOptions,
    | 'limits'
    | 'now'
    | 'newMessageId'
    | 'writerRole'
    | 'publicSite'
    | 'viewResponseCache'
    | 'plannedViewExecution'
  >
> & {
  /** Puts another gateway in front of the real one (e.g. an intake that answers "pending"). */
  wrapGateway?: (gateway: CommandGateway) => CommandGateway;
} = {}): Promise<GongkaiTestApi> => {
  const dataDir = temporaryDirectory('gongkai-schema-');
  const key = await loadOrCreateSigningKey(dataDir.path);
  const store = openSqliteEventStore({ fileName: ':memory:' });
  const readModelStore = await createSqliteReadModelStore({ path: ':memory:' });
  const runner = new ProjectionRunner({
    eventStore: store,
    readModelStore,
    projectors: createProjectors(projectionContextFor(testDirectory)),
    maxBatchDelayMs: 1,
  });
  await runner.start();
  const views = recordingViews(
    new ReadModelViewQueries({
      readModelStore,
      eventStore: store,
      directory: testDirectory,
      milestones: heilongjiangMilestones,
      clock: () => new Date(`${VIEW_DATE}T12:00:00+08:00`),
    }),
  );
  const core = new WriteCore({ eventStore: store, directory: testDirectory, calendar: testCalendar });
  const coreGateway = wrapGateway(createCoreGateway(core));
  const applications = new ApplicationViewQueries({
    readModelStore,
    eventStore: store,
    directory: testDirectory,
    calendar: testCalendar,
    clock: () => new Date(`${VIEW_DATE}T12:00:00+08:00`),
  });
  const sent: Parameters<CommandGateway['send']>[0][] = [];
  const app = createGongkaiApi({
    ...options,
    views,
    gateway: {
      send: (envelope) => (sent.push(envelope), coreGateway.send(envelope)),
      status: (messageId, actor) => coreGateway.status(messageId, actor),
    },
    directory: testDirectory,
    applications,
    auth: createEmbeddedTokenVerifier(key),
    headPosition: () => store.headPosition(),
    logger: pino({ level: 'silent' }),
  });
  const server = await listen(app.app, 0, '127.0.0.1');
  const tokens = new Map<string, string>();
  const tokenOf = async (caller: Caller): Promise<string> => {
    const id = JSON.stringify(caller);
    let token = tokens.get(id);
    if (token === undefined) {
      token = await signToken(key, { roles: ['admin'], ...caller });
      tokens.set(id, token);
    }
    return token;
  };
  const graphqlText = async (caller: Caller | null, query: string, variables?: Record<string, unknown>) => {
    await runner.waitFor(await store.headPosition());
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(caller === null ? {} : { authorization: `Bearer ${await tokenOf(caller)}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return response.text();
  };
  return {
    url: server.url,
    app,
    store,
    readModelStore,
    views,
    applications,
    sent,
    graphqlText,
    graphql: async (caller, query, variables) =>
      JSON.parse(await graphqlText(caller, query, variables)) as GraphQLResponseBody,
    settle: async () => {
      await runner.waitFor(await store.headPosition());
    },
    close: async () => {
      await server.close();
      await app.close();
      await runner.stop();
      await readModelStore.close();
      await store.close();
      dataDir.remove();
    },
  };
};
