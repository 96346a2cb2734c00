import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heilongjiangMilestones, streamIdForCatalogueItem } from '@gongkai/domain';
import { createProjectors } from '../projectors';
import type { TestPlatform } from '../testing/testPlatform';
import { ReadModelViewQueries } from './viewQueries';
import {
  actors,
  commands,
  completeStandard,
  DAOLI,
  directory,
  HARBIN,
  PROVINCE,
  startTestPlatform,
  SUIFENHE,
} from '../testing/testPlatform';

let platform: TestPlatform;
const positions: Record<string, number> = {};

const EDUCATION = 'compulsory-education';
const HOUSING = 'affordable-housing';

// 道里区 in 2017–2018: registered and planned; one item published with two publications (one late),
// an interpretation, a response and feedback, then revised; a draft in housing; a retired item.
beforeAll(async () => {
  platform = await startTestPlatform({ today: '2018-12-31' });
  const { send } = platform;
  const county = actors.county(DAOLI);
  await send(commands.register(DAOLI, 'national', '2017-08-09'), actors.province(), '2017-08-09');
  await send(
    commands.assignAreas(DAOLI, [EDUCATION, HOUSING], '2017-08-09'),
    actors.province(),
    '2017-08-09',
  );
  await send(commands.filePlan(DAOLI, '2017-09-01'), county, '2017-09-01');
  // 哈尔滨市's own plan (M-03): 道里区's, filed with it, does not complete the city's milestone.
  await send(
    {
      type: 'FileProgrammePlan',
      data: { tenant: HARBIN, title: '哈尔滨市试点工作实施方案', filedOn: '2017-09-28' },
    },
    actors.prefecture(HARBIN),
    '2017-09-28',
  );
  positions.drafted = await send(
    commands.draft(DAOLI, 'item-1', EDUCATION, '2018-03-01', '招生范围'),
    county,
    '2018-03-01',
  );
  await send(commands.define(DAOLI, 'item-1', completeStandard(), '2018-03-01'), county, '2018-03-01');
  positions.published = await send(commands.publish(DAOLI, 'item-1', '2018-03-05'), county, '2018-03-05');
  await send(commands.disclose(DAOLI, 'item-1', 'd1', '2018-03-01', '2018-03-20'), county, '2018-03-20');
  await send(commands.interpret(DAOLI, 'item-1', 'i1', 'd1', '2018-03-21'), county, '2018-03-21');
  await send(commands.respond(DAOLI, 'item-1', 'r1', 'd1', '2018-03-21', '2018-03-23'), county, '2018-03-23');
  await send(commands.feedback(DAOLI, 'item-1', 'f1', 4, '2018-03-30'), county, '2018-03-30');
  await send(commands.draft(DAOLI, 'item-2', HOUSING, '2018-04-01', '保障对象'), county, '2018-04-01');
  const revised = completeStandard({ fiveOpenStages: ['decision', 'service', 'result'] });
  await send(commands.revise(DAOLI, 'item-1', revised, '增加决策公开', '2018-04-10'), county, '2018-04-10');
  await send(commands.draft(DAOLI, 'item-3', EDUCATION, '2018-04-11', '划片结果'), county, '2018-04-11');
  await send(commands.retire(DAOLI, 'item-3', '与招生范围合并', '2018-04-12'), county, '2018-04-12');
  await send(
    commands.disclose(DAOLI, 'item-1', 'd2', '2018-04-02', '2018-05-30', 'notice-board'),
    county,
    '2018-05-30',
  );
});
afterAll(() => platform.close());

describe('the county view', () => {
  it('counts the catalogue as it stands: current items, drafts, published, retired, complete standards', async () => {
    const view = await platform.views.countyView(DAOLI);
    expect(view?.totals.catalogue).toMatchObject({
      itemsTotal: 3,
      items: 2,
      draft: 1,
      published: 1,
      retired: 1,
      withStandard: 1,
      completeStandards: 1,
      completenessRate: 0.5,
      averageCompletenessScore: 1,
      revisions: 1,
      level1Categories: 1,
    });
  });

  it('shows five-stage and publication/interpretation/response coverage of the current standards', async () => {
    const { catalogue } = (await platform.views.countyView(DAOLI))!.totals;
    expect(catalogue.fiveOpenStages).toEqual([
      { stage: 'decision', items: 1 },
      { stage: 'execution', items: 0 },
      { stage: 'management', items: 0 },
      { stage: 'service', items: 1 },
      { stage: 'result', items: 1 },
    ]);
    expect(catalogue.chainStages.map((row) => row.items)).toEqual([1, 1, 1]);
  });

  it('counts publications per channel with their timeliness against the working-day time limit', async () => {
    const { disclosures } = (await platform.views.countyView(DAOLI))!.totals;
    expect(disclosures).toMatchObject({ total: 2, interpreted: 1, responded: 1 });
    expect(disclosures.timeliness).toMatchObject({ onTime: 1, late: 1, notAssessed: 0, onTimeRate: 0.5 });
    expect(disclosures.byChannel.map((row) => [row.channel, row.disclosures, row.timeliness.late])).toEqual([
      ['government-website', 1, 0],
      ['notice-board', 1, 1],
    ]);
  });

  it('counts interpretations, responses and feedback with average satisfaction by source', async () => {
    const { interpretations, responses, feedback } = (await platform.views.countyView(DAOLI))!.totals;
    expect(interpretations).toMatchObject({ total: 1, onTime: 1, byForm: [{ form: 'graphic', count: 1 }] });
    expect(responses).toMatchObject({ total: 1, linkedToDisclosure: 1, averageWorkingDaysTaken: 2 });
    expect(feedback).toMatchObject({ count: 1, averageSatisfaction: 4, sampleSize: 100 });
    expect(feedback.bySource[0]).toEqual({
      kind: 'social-evaluation',
      count: 1,
      averageSatisfaction: 4,
      sampleSize: 100,
    });
  });

  it('shows the catalogue by area, assigned areas first, and counts the assigned areas with a published catalogue', async () => {
    const view = (await platform.views.countyView(DAOLI))!;
    expect(
      view.byArea.map((area) => [area.area, area.areaName, area.catalogue.items, area.catalogue.retired]),
    ).toEqual([
      [EDUCATION, '义务教育', 1, 1],
      [HOUSING, '保障性住房', 1, 0],
    ]);
    expect(view.areasCovered).toBe(1);
  });

  it('shows acceptance with a prefecture stage for a county that reports through its prefecture', async () => {
    const { acceptance } = (await platform.views.countyView(DAOLI))!;
    expect(acceptance).toMatchObject({ status: 'plan-filed', pilotLevel: 'national' });
    expect(acceptance?.prefecture).toMatchObject({ stage: 'prefecture', conducted: false });
    expect(acceptance?.plan).toMatchObject({ version: 1, filedWith: HARBIN, filedOn: '2017-09-01' });
  });

  it('lists the milestones overdue on the day asked', async () => {
    const { milestones } = (await platform.views.countyView(DAOLI))!;
    expect(milestones.overdue.map((milestone) => milestone.id)).toEqual(['O-07-N', 'M-05']);
    expect(milestones.counts).toMatchObject({ total: 2, overdue: 2 });
  });

  it('carries its tenant and reporting-line ancestors, and says what it reflects', async () => {
    const view = (await platform.views.countyView(DAOLI))!;
    expect(view).toMatchObject({ tenant: DAOLI, ancestors: [HARBIN, PROVINCE, '000000'] });
    expect(view.basis).toEqual({
      position: await platform.eventStore.headPosition(),
      date: '2018-12-31',
      asOf: null,
    });
  });

  it('is null for a code that is not a county', async () => {
    expect(await platform.views.countyView(HARBIN)).toBeNull();
  });
});

describe('the catalogue item', () => {
  it('holds its standard with computed completeness and the numbered revision history with reasons', async () => {
    const item = (await platform.views.catalogueItem(DAOLI, 'item-1'))!;
    expect(item).toMatchObject({
      status: 'published',
      standardVersion: 2,
      completeness: { complete: true, score: 1 },
    });
    expect(item.standardHistory.map(({ version, reason }) => [version, reason])).toEqual([
      [1, null],
      [2, '增加决策公开'],
    ]);
    expect(item.standardHistory[1]?.changedElements).toEqual(['fiveOpenStages']);
  });

  it('lists its publications by date with timeliness, linked to their interpretation and response', async () => {
    const item = (await platform.views.catalogueItem(DAOLI, 'item-1'))!;
    expect(
      item.disclosures.map((d) => [d.disclosureId, d.timelinessState, d.interpretationIds, d.responseIds]),
    ).toEqual([
      ['d1', 'on-time', ['i1'], ['r1']],
      ['d2', 'late', [], []],
    ]);
    expect(item.disclosures[1]?.channelName).toBe('社区/企事业单位/村公示栏（电子屏）');
    expect(item.feedback).toHaveLength(1);
  });

  it('is null for an item the county never drafted', async () => {
    expect(await platform.views.catalogueItem(DAOLI, 'no-such-item')).toBeNull();
  });
});

describe('the catalogue connection', () => {
  it('pages a county catalogue in area then name order with a total count', async () => {
    const first = await platform.views.catalogue({ tenant: DAOLI, first: 2 });
    // 保障性住房 before 义务教育 (area codes), then 划片结果 before 招生范围 (by code point).
    expect(first.edges.map((edge) => edge.node.itemId)).toEqual(['item-2', 'item-3']);
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await platform.views.catalogue({
      tenant: DAOLI,
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(second.edges.map((edge) => edge.node.itemId)).toEqual(['item-1']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by area, status and readable criteria', async () => {
    const ids = async (query: Omit<Parameters<TestPlatform['views']['catalogue']>[0], 'first'>) =>
      (await platform.views.catalogue({ first: 10, ...query })).edges.map((edge) => edge.node.itemId);
    expect(await ids({ tenant: DAOLI, area: HOUSING })).toEqual(['item-2']);
    expect(await ids({ tenant: DAOLI, status: 'retired' })).toEqual(['item-3']);
    expect(await ids({ tenant: DAOLI, filter: { complete: true } })).toEqual(['item-1']);
    expect(await ids({ tenant: DAOLI, filter: { fiveOpenStage: 'decision', disclosed: true } })).toEqual([
      'item-1',
    ]);
    expect(await ids({ tenant: DAOLI, filter: { channel: 'notice-board' } })).toEqual(['item-1']);
  });

  it('serves a prefecture the items of the counties below it', async () => {
    expect((await platform.views.catalogue({ tenant: HARBIN, first: 10 })).totalCount).toBe(3);
    expect((await platform.views.catalogue({ tenant: SUIFENHE, first: 10 })).totalCount).toBe(0);
  });
});

describe('the prefecture, province and national views', () => {
  it('roll the prefecture up over its counties, with a comparison row per county', async () => {
    const view = (await platform.views.prefectureView(HARBIN))!;
    expect(view.rollup).toMatchObject({ counties: 1, areasCovered: 1, overdueMilestones: 2 });
    expect(view.rollup.totals.catalogue.items).toBe(2);
    expect(view.counties).toEqual([
      expect.objectContaining({
        tenant: DAOLI,
        status: 'plan-filed',
        items: 2,
        disclosures: 2,
        onTimeRate: 0.5,
      }),
    ]);
    expect(view.milestones.milestones.find((m) => m.id === 'M-03')).toMatchObject({
      state: 'completed',
      completedOn: '2017-09-28',
    });
  });

  it('set national and provincial pilots side by side in the province, with its directly administered counties', async () => {
    const view = (await platform.views.provinceView(PROVINCE))!;
    expect(
      view.byPilotLevel.map((level) => [level.pilotLevel, level.counties, level.totals.catalogue.items]),
    ).toEqual([
      ['national', 7, 2],
      ['provincial', 8, 0],
    ]);
    expect(view.directlyAdministeredCounties.map((row) => [row.tenant, row.status])).toEqual([
      ['230883', 'unregistered'],
      [SUIFENHE, 'unregistered'],
    ]);
    expect(
      view.prefectures.find((prefecture) => prefecture.tenant === HARBIN)?.counties.map((row) => row.tenant),
    ).toEqual([DAOLI]);
  });

  it('give the national rollup the August report figures per province', async () => {
    const rollup = await platform.views.nationalRollup();
    expect(rollup.provinces.map((row) => row.tenant)).toEqual([PROVINCE]);
    const [heilongjiang] = rollup.provinces;
    expect(heilongjiang?.nationalPilots.totals.disclosures.total).toBe(2);
    expect(heilongjiang?.acceptanceResults).toHaveLength(7);
    expect(rollup.nationalPilots.counties).toBe(7);
  });
});

describe('milestones', () => {
  it('judge each unit below a tenant as of a date', async () => {
    const view = (await platform.views.milestones(HARBIN, { date: '2018-07-01' }))!;
    expect(view.units.map((unit) => unit.tenant)).toEqual([HARBIN, DAOLI]);
    expect(view.units[1]?.milestones.map((m) => [m.id, m.state])).toEqual([
      ['O-07-N', 'pending'],
      ['M-05', 'pending'],
    ]);
  });
});

describe('the audit trail', () => {
  it('gives every event of a stream with who, when and why, oldest first', async () => {
    const trail = (await platform.views.auditTrail(streamIdForCatalogueItem(DAOLI, 'item-1')))!;
    expect(trail.entries.map((entry) => entry.type)).toEqual([
      'CatalogueItemDrafted',
      'StandardDefined',
      'CatalogueItemPublished',
      'DisclosurePublished',
      'InterpretationPublished',
      'ConcernResponded',
      'PublicFeedbackRecorded',
      'StandardRevised',
      'DisclosurePublished',
    ]);
    const revision = trail.entries[7]!;
    expect(revision).toMatchObject({
      reason: '增加决策公开',
      actor: actors.county(DAOLI),
      occurredAt: '2018-04-10T10:00:00+08:00',
      correlationId: 'test-correlation-ReviseStandard',
      revision: 7,
    });
    expect(revision.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(trail).toMatchObject({ tenant: DAOLI, ancestors: [HARBIN, PROVINCE, '000000'] });
  });

  it('pages by revision and filters by type', async () => {
    const streamId = streamIdForCatalogueItem(DAOLI, 'item-1');
    const first = (await platform.views.auditTrail(streamId, { first: 3 }))!;
    expect(first.pageInfo).toEqual({ endCursor: '2', hasNextPage: true });
    const next = (await platform.views.auditTrail(streamId, { first: 3, after: first.pageInfo.endCursor }))!;
    expect(next.entries[0]?.type).toBe('DisclosurePublished');
    const disclosures = (await platform.views.auditTrail(streamId, { types: ['DisclosurePublished'] }))!;
    expect(disclosures.entries.map((entry) => entry.revision)).toEqual([3, 8]);
  });

  it('is null for a stream without events', async () => {
    expect(await platform.views.auditTrail(streamIdForCatalogueItem(DAOLI, 'no-such-item'))).toBeNull();
  });
});

describe('time travel', () => {
  const withoutBasis = <T extends { basis?: unknown }>(view: T | null) => view && { ...view, basis: null };

  it('as of the head equals the live view, for every view', async () => {
    const head = { position: await platform.eventStore.headPosition() };
    const views = platform.views;
    expect(withoutBasis(await views.countyView(DAOLI, head))).toEqual(
      withoutBasis(await views.countyView(DAOLI)),
    );
    expect(withoutBasis(await views.prefectureView(HARBIN, head))).toEqual(
      withoutBasis(await views.prefectureView(HARBIN)),
    );
    expect(withoutBasis(await views.provinceView(PROVINCE, head))).toEqual(
      withoutBasis(await views.provinceView(PROVINCE)),
    );
    expect(withoutBasis(await views.nationalRollup(head))).toEqual(
      withoutBasis(await views.nationalRollup()),
    );
    expect(withoutBasis(await views.milestones(PROVINCE, head))).toEqual(
      withoutBasis(await views.milestones(PROVINCE)),
    );
    expect(await views.catalogueItem(DAOLI, 'item-1', head)).toEqual(
      await views.catalogueItem(DAOLI, 'item-1'),
    );
  });

  it('before its publication an item is a draft, whether asked by position or by date', async () => {
    const byPosition = await platform.views.catalogueItem(DAOLI, 'item-1', {
      position: positions.published! - 1,
    });
    expect(byPosition).toMatchObject({ status: 'draft', standardVersion: 1, disclosures: [] });
    const byDate = await platform.views.catalogueItem(DAOLI, 'item-1', { date: '2018-03-04' });
    expect(byDate).toMatchObject({ status: 'draft', publishedOn: null });
  });

  it('as of a date, the county view counts only what had happened by then', async () => {
    const view = (await platform.views.countyView(DAOLI, { date: '2018-03-25' }))!;
    expect(view.totals.catalogue).toMatchObject({ items: 1, published: 1, revisions: 0 });
    expect(view.totals.disclosures.total).toBe(1);
    expect(view.basis).toMatchObject({ date: '2018-03-25', asOf: { date: '2018-03-25' } });
    expect(view.milestones.counts.overdue).toBe(0);
  });

  it('before registration there is no acceptance and no item', async () => {
    expect((await platform.views.countyView(DAOLI, { date: '2017-08-08' }))?.acceptance).toBeNull();
    expect(
      await platform.views.catalogueItem(DAOLI, 'item-1', { position: positions.drafted! - 1 }),
    ).toBeNull();
  });

  it('refuses an as-of that is not a date or a position, saying what to send', async () => {
    await expect(platform.views.countyView(DAOLI, { date: '2018-02-30' })).rejects.toMatchObject({
      code: 'INVALID_AS_OF',
    });
    await expect(platform.views.countyView(DAOLI, { position: -1 })).rejects.toThrow(/integer/);
  });
});

describe('as of a date on or after the latest business date', () => {
  it('is the live view judged on that date; an earlier date is read from the history, never replayed', async () => {
    let projectorSets = 0;
    const views = new ReadModelViewQueries({
      readModelStore: platform.readModelStore,
      eventStore: platform.eventStore,
      directory,
      milestones: heilongjiangMilestones,
      createProjectors: (context) => {
        projectorSets++;
        return createProjectors(context);
      },
    });
    const beforeReads = projectorSets;
    const live = (await views.countyView(DAOLI))!;
    const later = (await views.countyView(DAOLI, { date: '2018-06-01' }))!;
    expect(projectorSets).toBe(beforeReads);
    expect(later.totals).toEqual(live.totals);
    expect(later.basis).toEqual({
      position: live.basis.position,
      date: '2018-06-01',
      asOf: { date: '2018-06-01' },
    });
    const earlier = (await views.countyView(DAOLI, { date: '2018-05-29' }))!;
    expect(projectorSets).toBe(beforeReads);
    expect(earlier.totals.disclosures.total).toBe(live.totals.disclosures.total - 1);
  });
});
