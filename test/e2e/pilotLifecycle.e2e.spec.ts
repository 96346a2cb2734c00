import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandAccepted } from '../support/commands';
import { accepted, command } from '../support/commands';
import { dataOf } from '../support/graphql';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import { completeStandardInput } from '../support/standards';
import type { Principal } from '../support/tokens';
import { admin, viewer } from '../support/tokens';
import { NATIONAL_TENANT, UNITS } from '../support/units';
import { waitForProjection } from '../support/waitForProjection';

// One pilot, 道里区, from registration to completion, on a fresh platform (no seed): every figure
// the views show comes from the commands below, so they are asserted exactly.

const DAOLI = UNITS.daoli.code;
const HARBIN = UNITS.harbin.code;
const PROVINCE = UNITS.province.code;

const daoliAdmin = admin(DAOLI, 'county');
const harbinAdmin = admin(HARBIN, 'prefecture');
const provinceAdmin = admin(PROVINCE, 'province');
const stateCouncil = viewer(NATIONAL_TENANT, 'national');

const ITEM = { tenant: DAOLI, itemId: 'enrolment-scope' };
const ITEM_NAME = { level1Name: '招生管理', level2Name: '招生范围' };
const DISCLOSURE_URL = 'https://www.hrdl.gov.cn/zwgk/2018/zsfw.html';
const REPORT_ID = 'overall-2018';

let platform: TestPlatform;
/** The position of each step's last event, by step. */
const positions: Record<string, number> = {};

beforeAll(async () => {
  platform = await startTestPlatform({ seed: false });
});
afterAll(() => platform.close());

const step = async (
  name: string,
  principal: Principal,
  mutation: string,
  input: Record<string, unknown>,
): Promise<CommandAccepted> => {
  const result = await accepted(platform, principal, mutation, input);
  positions[name] = result.position;
  return result;
};

const ITEM_QUERY = `query ($tenant: TenantCode!, $id: ID!, $asOf: AsOf) {
  catalogueItem(tenant: $tenant, id: $id, asOf: $asOf) {
    itemId status position standardVersion publishedOn
    standardHistory { version reason }
    disclosures { disclosureId timelinessState interpretationIds responseIds }
    interpretations { interpretationId timeliness { onTime } }
    responses { responseId workingDaysTaken }
    feedback { feedbackId kind satisfaction }
  }
}`;

interface ItemView {
  itemId: string;
  status: string;
  position: number;
  standardVersion: number;
  publishedOn: string | null;
  standardHistory: { version: number; reason: string | null }[];
  disclosures: unknown[];
  interpretations: unknown[];
  responses: unknown[];
  feedback: unknown[];
}

const readItem = async (asOf?: { position: number } | { date: string }): Promise<ItemView> =>
  dataOf<ItemView>(
    await platform.graphql(daoliAdmin, ITEM_QUERY, { tenant: ITEM.tenant, id: ITEM.itemId, asOf }),
    'catalogueItem',
  );

const FIGURES = `totals {
  catalogue { items itemsTotal draft published revisions completeStandards }
  disclosures { total timeliness { onTime late } }
  interpretations { total onTime }
  responses { total }
  feedback { count averageSatisfaction }
}`;

const COUNTY_QUERY = `query ($code: TenantCode!, $asOf: AsOf) {
  countyView(code: $code, asOf: $asOf) {
    name basis { position asOf { position date } } areasCovered ${FIGURES}
    acceptance {
      status
      prefecture { passed score conductedBy }
      province { passed score conductedBy }
      pilotReport { submittedBy submittedTo }
      completion { completed finalScore }
    }
  }
}`;

interface Figures {
  totals: {
    catalogue: Record<string, number>;
    disclosures: { total: number; timeliness: { onTime: number; late: number } };
    interpretations: { total: number; onTime: number };
    responses: { total: number };
    feedback: { count: number; averageSatisfaction: number | null };
  };
}

interface CountyView extends Figures {
  name: string;
  basis: { position: number; asOf: { position: number | null; date: string | null } | null };
  areasCovered: number;
  acceptance: { status: string; [stage: string]: unknown };
}

const readCounty = async (asOf?: { position: number } | { date: string }): Promise<CountyView> =>
  dataOf<CountyView>(await platform.graphql(daoliAdmin, COUNTY_QUERY, { code: DAOLI, asOf }), 'countyView');

/** The live county view once it reflects `position`. */
const countyAt = (position: number) =>
  waitForProjection(
    () => readCounty(),
    (view) => view.basis.position,
    position,
  );

const NATIONAL_QUERY = `query ($asOf: AsOf) {
  nationalRollup(asOf: $asOf) {
    tenant basis { position }
    provinces {
      tenant name
      all { counties ${FIGURES} acceptance { registered completed provincePassed } }
      nationalPilots { counties acceptance { units registered completed averageProvinceScore } }
      overallReport { reportId versions { version } submitted { version submittedTo submittedOn } }
    }
  }
}`;

interface NationalRollup {
  tenant: string;
  basis: { position: number };
  provinces: {
    tenant: string;
    name: string;
    all: Figures & { counties: number; acceptance: Record<string, number> };
    nationalPilots: { counties: number; acceptance: Record<string, number | null> };
    overallReport: {
      reportId: string;
      versions: { version: number }[];
      submitted: { version: number; submittedTo: string; submittedOn: string } | null;
    } | null;
  }[];
}

const readNational = async (asOf?: { position: number } | { date: string }): Promise<NationalRollup> =>
  dataOf<NationalRollup>(await platform.graphql(stateCouncil, NATIONAL_QUERY, { asOf }), 'nationalRollup');

describe('a pilot from registration to completion, over HTTP', () => {
  it('the platform listens on an ephemeral port of the loopback address and is ready', async () => {
    const url = new URL(platform.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBeGreaterThan(0);
    expect((await fetch(`${platform.url}/readyz`)).status).toBe(200);
  });

  it('the province registers 道里区 as a national pilot and assigns its area; 道里区 files its plan', async () => {
    await step('registered', provinceAdmin, 'registerPilotUnit', {
      tenant: DAOLI,
      pilotLevel: 'NATIONAL',
      registeredOn: '2017-08-09',
    });
    await step('areasAssigned', provinceAdmin, 'assignPilotAreas', {
      tenant: DAOLI,
      areas: ['compulsory-education'],
      assignedOn: '2017-08-09',
    });
    const plan = await step('planFiled', daoliAdmin, 'fileImplementationPlan', {
      tenant: DAOLI,
      title: '道里区基层政务公开标准化规范化试点实施方案',
      documentNumber: '哈里政办发〔2017〕12号',
      filedOn: '2017-09-15',
    });
    expect(plan.events[0]).toMatchObject({ type: 'ImplementationPlanFiled', data: { filedWith: HARBIN } });
    expect((await countyAt(plan.position)).acceptance.status).toBe('PLAN_FILED');
  });

  it('a county admin of 道里区 drafts an item, defines its standard, revises it and publishes it', async () => {
    await step('drafted', daoliAdmin, 'draftCatalogueItem', {
      ...ITEM,
      areaCode: 'compulsory-education',
      name: ITEM_NAME,
      source: 'PUBLIC_SERVICE_LIST',
      draftedOn: '2018-02-01',
    });
    await step('defined', daoliAdmin, 'defineStandard', {
      ...ITEM,
      standard: completeStandardInput(ITEM_NAME),
      definedOn: '2018-02-02',
    });
    await step('revised', daoliAdmin, 'reviseStandard', {
      ...ITEM,
      standard: completeStandardInput(ITEM_NAME, {
        channels: [
          { code: 'GOVERNMENT_WEBSITE', required: true },
          { code: 'NOTICE_BOARD', required: true },
          { code: 'NEW_MEDIA', required: false },
        ],
      }),
      reason: '划片结果须在学校公示栏同步公示',
      revisedOn: '2018-02-10',
    });
    const published = await step('published', daoliAdmin, 'publishCatalogueItem', {
      ...ITEM,
      publishedOn: '2018-02-12',
    });

    const item = await waitForProjection(
      () => readItem(),
      (view) => view.position,
      published.position,
    );
    expect(item).toMatchObject({
      status: 'PUBLISHED',
      publishedOn: '2018-02-12',
      standardVersion: 2,
      standardHistory: [
        { version: 1, reason: null },
        { version: 2, reason: '划片结果须在学校公示栏同步公示' },
      ],
    });
  });

  it('道里区 discloses the item, interprets it, responds to a concern and records third-party feedback', async () => {
    const on = { ...ITEM, channel: 'GOVERNMENT_WEBSITE', url: DISCLOSURE_URL };
    await step('disclosed', daoliAdmin, 'recordDisclosure', {
      ...on,
      disclosureId: 'd-2018-01',
      title: '2018年道里区义务教育招生范围',
      reference: '11230102MB0000001/2018-00001',
      formedOn: '2018-03-01',
      publishedOn: '2018-03-05',
    });
    await step('interpreted', daoliAdmin, 'recordInterpretation', {
      ...on,
      interpretationId: 'i-2018-01',
      disclosureId: 'd-2018-01',
      title: '图解：2018年道里区招生范围',
      form: 'GRAPHIC',
      publishedOn: '2018-03-06',
    });
    await step('responded', daoliAdmin, 'recordResponse', {
      ...on,
      responseId: 'r-2018-01',
      disclosureId: 'd-2018-01',
      concern: '学区划分是否调整？',
      raisedOn: '2018-03-07',
      respondedOn: '2018-03-08',
    });
    const feedback = await step('feedback', daoliAdmin, 'recordFeedback', {
      ...ITEM,
      feedbackId: 'f-2018-01',
      kind: 'THIRD_PARTY_ASSESSMENT',
      evaluator: '黑龙江大学政务公开评估课题组',
      satisfaction: 4.5,
      sampleSize: 200,
      recordedOn: '2018-03-20',
    });

    const item = await waitForProjection(
      () => readItem(),
      (view) => view.position,
      feedback.position,
    );
    expect(item.disclosures).toEqual([
      {
        disclosureId: 'd-2018-01',
        timelinessState: 'ON_TIME',
        interpretationIds: ['i-2018-01'],
        responseIds: ['r-2018-01'],
      },
    ]);
    expect(item.interpretations).toEqual([{ interpretationId: 'i-2018-01', timeliness: { onTime: true } }]);
    expect(item.responses).toEqual([{ responseId: 'r-2018-01', workingDaysTaken: 1 }]);
    expect(item.feedback).toEqual([
      { feedbackId: 'f-2018-01', kind: 'THIRD_PARTY_ASSESSMENT', satisfaction: 4.5 },
    ]);
  });

  it('哈尔滨市 sees 道里区’s new item and disclosure in its prefecture view', async () => {
    const query = `query ($code: TenantCode!) {
      prefectureView(code: $code) {
        name basis { position }
        counties { tenant name items publishedItems completeStandards revisions disclosures interpretations responses feedbackCount status }
        rollup { ${FIGURES} }
      }
    }`;
    const view = await waitForProjection(
      async () =>
        dataOf<{ basis: { position: number }; counties: unknown[]; rollup: Figures }>(
          await platform.graphql(harbinAdmin, query, { code: HARBIN }),
          'prefectureView',
        ),
      (prefecture) => prefecture.basis.position,
      positions['feedback']!,
    );
    expect(view.counties).toEqual([
      {
        tenant: DAOLI,
        name: '道里区',
        items: 1,
        publishedItems: 1,
        completeStandards: 1,
        revisions: 1,
        disclosures: 1,
        interpretations: 1,
        responses: 1,
        feedbackCount: 1,
        status: 'PLAN_FILED',
      },
    ]);
    expect(view.rollup.totals).toEqual({
      catalogue: { items: 1, itemsTotal: 1, draft: 0, published: 1, revisions: 1, completeStandards: 1 },
      disclosures: { total: 1, timeliness: { onTime: 1, late: 0 } },
      interpretations: { total: 1, onTime: 1 },
      responses: { total: 1 },
      feedback: { count: 1, averageSatisfaction: 4.5 },
    });
  });

  it('acceptance follows the domain’s order: nothing is accepted out of turn', async () => {
    const early = await command(platform, provinceAdmin, 'conductAcceptance', {
      tenant: DAOLI,
      stage: 'PROVINCE',
      score: 95,
      findings: [],
      passed: true,
      conductedOn: '2018-06-01',
    });
    expect(early).toMatchObject({ __typename: 'CommandRejected', code: 'PILOT_REPORT_MISSING' });

    await step('selfAssessed', daoliAdmin, 'submitSelfAssessment', {
      tenant: DAOLI,
      practices: '编制义务教育领域公开事项目录和公开标准',
      results: '招生信息公开及时，群众满意度提升',
      difficulties: '基层公开队伍力量不足',
      suggestions: '加强业务培训',
      submittedOn: '2018-06-20',
    });
    const reportFirst = await command(platform, harbinAdmin, 'submitPilotReport', {
      tenant: DAOLI,
      title: '哈尔滨市道里区试点工作报告',
      submittedOn: '2018-06-22',
    });
    expect(reportFirst).toMatchObject({
      __typename: 'CommandRejected',
      code: 'PREFECTURE_ACCEPTANCE_MISSING',
    });
  });

  it('哈尔滨市 accepts 道里区 and reports to the province; the province accepts and completes the pilot', async () => {
    const expectStatus = async (position: number, status: string) =>
      expect((await countyAt(position)).acceptance.status).toBe(status);

    await expectStatus(positions['selfAssessed']!, 'SELF_ASSESSED');
    const prefecture = await step('prefectureAccepted', harbinAdmin, 'conductAcceptance', {
      tenant: DAOLI,
      stage: 'PREFECTURE',
      score: 92,
      findings: [],
      passed: true,
      conductedOn: '2018-06-28',
    });
    await expectStatus(prefecture.position, 'ACCEPTED_BY_PREFECTURE');
    const report = await step('reported', harbinAdmin, 'submitPilotReport', {
      tenant: DAOLI,
      title: '哈尔滨市道里区试点工作报告',
      submittedOn: '2018-07-05',
    });
    await expectStatus(report.position, 'REPORTED');
    const province = await step('provinceAccepted', provinceAdmin, 'conductAcceptance', {
      tenant: DAOLI,
      stage: 'PROVINCE',
      score: 95,
      findings: [],
      passed: true,
      conductedOn: '2018-07-25',
    });
    await expectStatus(province.position, 'ACCEPTED');
    const completed = await step('completed', provinceAdmin, 'completePilot', {
      tenant: DAOLI,
      completedOn: '2018-08-20',
    });

    expect((await countyAt(completed.position)).acceptance).toEqual({
      status: 'COMPLETED',
      prefecture: { passed: true, score: 92, conductedBy: HARBIN },
      province: { passed: true, score: 95, conductedBy: PROVINCE },
      pilotReport: { submittedBy: HARBIN, submittedTo: PROVINCE },
      completion: { completed: true, finalScore: 95 },
    });
  });

  it('黑龙江省 counts the completed pilot under 哈尔滨市 in its province view', async () => {
    const query = `query ($code: TenantCode!) {
      provinceView(code: $code) {
        basis { position }
        prefectures { tenant counties { tenant status provinceAcceptanceScore } rollup { acceptance { completed } } }
        directlyAdministeredCounties { tenant status }
      }
    }`;
    const view = await waitForProjection(
      async () =>
        dataOf<{
          basis: { position: number };
          prefectures: {
            tenant: string;
            counties: unknown[];
            rollup: { acceptance: { completed: number } };
          }[];
          directlyAdministeredCounties: { tenant: string; status: string }[];
        }>(await platform.graphql(provinceAdmin, query, { code: PROVINCE }), 'provinceView'),
      (province) => province.basis.position,
      positions['completed']!,
    );
    const harbin = view.prefectures.find((prefecture) => prefecture.tenant === HARBIN);
    expect(harbin).toEqual({
      tenant: HARBIN,
      counties: [{ tenant: DAOLI, status: 'COMPLETED', provinceAcceptanceScore: 95 }],
      rollup: { acceptance: { completed: 1 } },
    });
    expect(view.prefectures.filter((prefecture) => prefecture.rollup.acceptance.completed > 0)).toHaveLength(
      1,
    );
    expect(view.directlyAdministeredCounties.map((county) => county.status)).toEqual([
      'UNREGISTERED',
      'UNREGISTERED',
    ]);
  });

  it('the province compiles and submits the overall report; the State Council’s rollup shows the pilot', async () => {
    const compiled = await step('compiled', provinceAdmin, 'compileNationalReport', {
      tenant: PROVINCE,
      reportId: REPORT_ID,
      title: '黑龙江省基层政务公开标准化规范化试点工作总体报告',
      compiledOn: '2018-08-25',
    });
    const contentHash = compiled.events[0]?.data['contentHash'];
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
    const submitted = await step('submitted', provinceAdmin, 'submitNationalReport', {
      tenant: PROVINCE,
      reportId: REPORT_ID,
      contentHash,
      submittedOn: '2018-08-30',
    });

    const rollup = await waitForProjection(readNational, (view) => view.basis.position, submitted.position);
    expect(rollup.tenant).toBe(NATIONAL_TENANT);
    expect(rollup.provinces).toHaveLength(1);
    const heilongjiang = rollup.provinces[0]!;
    expect(heilongjiang).toMatchObject({ tenant: PROVINCE, name: '黑龙江省' });
    expect(heilongjiang.all.totals).toEqual({
      catalogue: { items: 1, itemsTotal: 1, draft: 0, published: 1, revisions: 1, completeStandards: 1 },
      disclosures: { total: 1, timeliness: { onTime: 1, late: 0 } },
      interpretations: { total: 1, onTime: 1 },
      responses: { total: 1 },
      feedback: { count: 1, averageSatisfaction: 4.5 },
    });
    expect(heilongjiang.all.acceptance).toEqual({ registered: 1, completed: 1, provincePassed: 1 });
    // The directory names seven national pilot units; only 道里区 was registered on this platform.
    expect(heilongjiang.nationalPilots).toEqual({
      counties: 7,
      acceptance: { units: 7, registered: 1, completed: 1, averageProvinceScore: 95 },
    });
    expect(heilongjiang.overallReport).toEqual({
      reportId: REPORT_ID,
      versions: [{ version: 1 }],
      submitted: { version: 1, submittedTo: NATIONAL_TENANT, submittedOn: '2018-08-30' },
    });
  });
});

describe('time travel: the views as they stood before the publication', () => {
  it('as of the position before the publication, the item is still a draft and nothing is published', async () => {
    const before = positions['published']! - 1;
    const item = await readItem({ position: before });
    expect(item).toMatchObject({ status: 'DRAFT', standardVersion: 2, publishedOn: null, disclosures: [] });

    const county = await readCounty({ position: before });
    expect(county.basis).toEqual({ position: before, asOf: { position: before, date: null } });
    expect(county.totals.catalogue).toEqual({
      items: 1,
      itemsTotal: 1,
      draft: 1,
      published: 0,
      revisions: 1,
      completeStandards: 1,
    });
    expect(county.acceptance.status).toBe('PLAN_FILED');

    const national = await readNational({ position: before });
    expect(national.provinces[0]!.all.totals.catalogue).toMatchObject({ draft: 1, published: 0 });
    expect(national.provinces[0]!.all.acceptance).toEqual({ registered: 1, completed: 0, provincePassed: 0 });
    expect(national.provinces[0]!.overallReport).toBeNull();
  });

  it('as of the day before the publication (2018-02-11), 道里区 has one draft and no disclosure', async () => {
    const item = await readItem({ date: '2018-02-11' });
    expect(item).toMatchObject({ status: 'DRAFT', standardVersion: 2 });

    const county = await readCounty({ date: '2018-02-11' });
    expect(county.basis.asOf).toEqual({ position: null, date: '2018-02-11' });
    expect(county.totals.catalogue).toMatchObject({ draft: 1, published: 0 });
    expect(county.totals.disclosures.total).toBe(0);
    expect(county.totals.interpretations.total).toBe(0);
    expect(county.areasCovered).toBe(0);
  });

  it('as of 2018-07-01, 道里区 was accepted by 哈尔滨市 but not yet reported to the province', async () => {
    const county = await readCounty({ date: '2018-07-01' });
    expect(county.acceptance).toMatchObject({
      status: 'ACCEPTED_BY_PREFECTURE',
      province: { passed: null },
      pilotReport: null,
      completion: { completed: false, finalScore: null },
    });
    expect(county.totals.disclosures.total).toBe(1);

    const live = await readCounty();
    expect(live.totals.disclosures.total).toBe(1);
    expect(live.acceptance.status).toBe('COMPLETED');
  });
});
