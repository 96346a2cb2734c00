import type { Actor, Command, ItemStandard } from '@gongkai/domain';
import {
  createTenantDirectory,
  domainTesting,
  heilongjiangMilestones,
  heilongjiangSeed,
  officialWorkingDayCalendar,
} from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
// The real write core drives the domain in these tests.
import { acceptedOrThrow, WriteCore } from '@gongkai/command-handling';
import type { ReadModelStore } from '../readModelStore';
import { projectionContextFor } from '../projectors/context';
import { createProjectors } from '../projectors';
import { ProjectionRunner } from '../runner/projectionRunner';
import { replayAsOf } from '../timeTravel/replayAsOf';
import type { AsOf } from '../views/types';
import { ReadModelViews } from '../views/readModelViews';
import { ReadModelViewQueries } from '../views/viewQueries';
import { createTestReadModelStore } from './testReadModelStore';

export const directory = createTenantDirectory(heilongjiangSeed);
export const context = projectionContextFor(directory);

/**
 * The reference of time travel in tests: every event the as-of rule includes, replayed through fresh
 * projectors into a throwaway store, and read there as views.
 */
export const readReplayed = async <T>(
  eventStore: EventStore,
  asOf: AsOf,
  read: (views: ReadModelViews) => Promise<T>,
): Promise<T> => {
  const replay = await replayAsOf({
    eventStore,
    context,
    asOf,
    createProjectors: (projectionContext) => createProjectors(projectionContext),
  });
  try {
    return await read(new ReadModelViews(replay.store, context, heilongjiangMilestones));
  } finally {
    await replay.dispose();
  }
};

export const PROVINCE = '230000';
export const HARBIN = '230100';
export const DAOLI = '230102'; // national pilot, reports to 哈尔滨市
export const SUIFENHE = '231081'; // provincial pilot, reports to the province directly

const { countyAdmin, prefectureAdmin, provinceAdmin } = domainTesting;

export interface TestPlatform {
  eventStore: EventStore;
  readModelStore: ReadModelStore;
  core: WriteCore;
  runner: ProjectionRunner;
  views: ReadModelViewQueries;
  /** Send a command as `actor` on a business date; resolves once the read models include it. */
  send(command: Command, actor: Actor, on: string): Promise<number>;
  close(): Promise<void>;
}

let messages = 0;

/**
 * An in-memory event store, a fresh read-model store (`createTestReadModelStore`: SQLite, or MongoDB
 * under GONGKAI_TEST_READ_MODEL_STORE=mongodb), the write core and a running runner.
 */
export const startTestPlatform = async (options: { today?: string } = {}): Promise<TestPlatform> => {
  const eventStore = openSqliteEventStore({ fileName: ':memory:' });
  const readModelStore = await createTestReadModelStore();
  const core = new WriteCore({ eventStore, directory, calendar: officialWorkingDayCalendar });
  const runner = new ProjectionRunner({
    eventStore,
    readModelStore,
    projectors: createProjectors(context),
    maxBatchDelayMs: 5,
  });
  await runner.start();
  const today = options.today ?? '2018-12-31';
  const views = new ReadModelViewQueries({
    readModelStore,
    eventStore,
    directory,
    milestones: heilongjiangMilestones,
    clock: () => new Date(`${today}T12:00:00+08:00`),
  });
  return {
    eventStore,
    readModelStore,
    core,
    runner,
    views,
    send: async (command, actor, on) => {
      const outcome = acceptedOrThrow(
        await core.handle({
          messageId: `test-message-${++messages}`,
          command,
          actor,
          occurredAt: `${on}T10:00:00+08:00`,
          correlationId: `test-correlation-${command.type}`,
        }),
      );
      await runner.waitFor(outcome.position);
      return outcome.position;
    },
    close: async () => {
      await runner.stop();
      await readModelStore.close();
      await eventStore.close();
    },
  };
};

export const actors = {
  county: countyAdmin,
  prefecture: prefectureAdmin,
  province: (): Actor => provinceAdmin(PROVINCE),
};

export const completeStandard = domainTesting.completeStandard;
export const draftStandard = domainTesting.draftStandard;

/** Command builders for one county's catalogue and pilot (data as the domain's schemas want it). */
export const commands = {
  register: (tenant: string, pilotLevel: 'national' | 'provincial', on: string): Command => ({
    type: 'RegisterPilotUnit',
    data: { tenant, pilotLevel, registeredOn: on },
  }),
  assignAreas: (tenant: string, areas: string[], on: string): Command => ({
    type: 'AssignPilotAreas',
    data: { tenant, areas, assignedOn: on },
  }),
  filePlan: (tenant: string, on: string): Command => ({
    type: 'FileImplementationPlan',
    data: { tenant, title: '基层政务公开标准化规范化试点实施方案', filedOn: on },
  }),
  draft: (
    tenant: string,
    itemId: string,
    areaCode: string,
    on: string,
    level2Name = '招生范围',
  ): Command => ({
    type: 'DraftCatalogueItem',
    data: {
      tenant,
      itemId,
      areaCode,
      name: { level1Name: '招生管理', level2Name },
      source: 'public-service-list',
      draftedOn: on,
    },
  }),
  define: (tenant: string, itemId: string, standard: ItemStandard, on: string): Command => ({
    type: 'DefineStandard',
    data: { tenant, itemId, standard, definedOn: on },
  }),
  revise: (tenant: string, itemId: string, standard: ItemStandard, reason: string, on: string): Command => ({
    type: 'ReviseStandard',
    data: { tenant, itemId, standard, reason, revisedOn: on },
  }),
  publish: (tenant: string, itemId: string, on: string): Command => ({
    type: 'PublishCatalogueItem',
    data: { tenant, itemId, publishedOn: on },
  }),
  retire: (tenant: string, itemId: string, reason: string, on: string): Command => ({
    type: 'RetireCatalogueItem',
    data: { tenant, itemId, reason, retiredOn: on },
  }),
  disclose: (
    tenant: string,
    itemId: string,
    disclosureId: string,
    formedOn: string,
    publishedOn: string,
    channel: 'government-website' | 'notice-board' = 'government-website',
  ): Command => ({
    type: 'PublishDisclosure',
    data: {
      tenant,
      itemId,
      disclosureId,
      title: `公开信息 ${disclosureId}`,
      channel,
      ...(channel === 'government-website'
        ? { url: `http://www.example.gov.cn/${disclosureId}.html` }
        : { reference: '新发村公开栏第3期' }),
      formedOn,
      publishedOn,
    },
  }),
  interpret: (
    tenant: string,
    itemId: string,
    interpretationId: string,
    disclosureId: string,
    on: string,
  ): Command => ({
    type: 'PublishInterpretation',
    data: {
      tenant,
      itemId,
      interpretationId,
      disclosureId,
      title: '政策解读',
      form: 'graphic',
      channel: 'government-website',
      url: `http://www.example.gov.cn/${interpretationId}.html`,
      publishedOn: on,
    },
  }),
  respond: (
    tenant: string,
    itemId: string,
    responseId: string,
    disclosureId: string,
    raisedOn: string,
    on: string,
  ): Command => ({
    type: 'RespondToConcern',
    data: {
      tenant,
      itemId,
      responseId,
      disclosureId,
      concern: '学区划分是否会调整？',
      raisedOn,
      respondedOn: on,
      channel: 'government-website',
      url: `http://www.example.gov.cn/${responseId}.html`,
    },
  }),
  feedback: (
    tenant: string,
    itemId: string,
    feedbackId: string,
    satisfaction: number,
    on: string,
  ): Command => ({
    type: 'RecordPublicFeedback',
    data: {
      tenant,
      itemId,
      feedbackId,
      kind: 'social-evaluation',
      evaluator: '县政务公开办',
      satisfaction,
      sampleSize: 100,
      recordedOn: on,
    },
  }),
};

/** The usual start: 道里区 registered as a national pilot on 2017-08-09, assigned compulsory education. */
export const registerDaoli = async (send: TestPlatform['send']): Promise<void> => {
  await send(commands.register(DAOLI, 'national', '2017-08-09'), actors.province(), '2017-08-09');
  await send(
    commands.assignAreas(DAOLI, ['compulsory-education'], '2017-08-09'),
    actors.province(),
    '2017-08-09',
  );
};
