import { createHash } from 'node:crypto';
import { domainTesting, stableStringify } from '@gongkai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcceptedResult, MutationResult, RejectedResult } from './testing/commands';
import { mutate, standardInput } from './testing/commands';
import type { GongkaiTestApi } from './testing/gongkaiTestApi';
import { UNITS, admin, startGongkaiTestApi } from './testing/gongkaiTestApi';

const { completeStandard, draftStandard } = domainTesting;

const PROVINCE = admin(UNITS.province, 'province');
const HARBIN = admin(UNITS.harbin, 'prefecture');
const DAOLI = admin(UNITS.daoli, 'county');
const ITEM = 'edu-enrolment-scope';
const DRAFT_ITEM = 'edu-enrolment-plan';

let api: GongkaiTestApi;
beforeAll(async () => {
  api = await startGongkaiTestApi();
});
afterAll(() => api.close());

const expectAccepted = (result: MutationResult | undefined, eventType: string): AcceptedResult => {
  expect(result).toMatchObject({ __typename: 'CommandAccepted', duplicate: false });
  const accepted = result as AcceptedResult;
  expect(accepted.events.map((event) => event.type)).toEqual([eventType]);
  expect(accepted.eventIds).toEqual(accepted.events.map((event) => event.eventId));
  return accepted;
};

const expectRejected = (result: MutationResult | undefined, code: string): RejectedResult => {
  expect(result).toMatchObject({ __typename: 'CommandRejected', code });
  const rejected = result as RejectedResult;
  expect(rejected.message.length).toBeGreaterThan(10);
  return rejected;
};

const item = (extra: Record<string, unknown> = {}) => ({ tenant: UNITS.daoli, itemId: ITEM, ...extra });

describe('a pilot through the GraphQL mutations: each command is stored, each rule broken comes back as data', () => {
  it('the province registers 道里区 as a national pilot, once', async () => {
    const input = { tenant: UNITS.daoli, pilotLevel: 'NATIONAL', registeredOn: '2017-08-09' };
    const accepted = expectAccepted(
      (await mutate(api, PROVINCE, 'registerPilotUnit', input)).result,
      'PilotUnitRegistered',
    );
    expect(accepted).toMatchObject({
      commandType: 'RegisterPilotUnit',
      streamId: 'pilotUnit-230102',
      revision: 0,
    });
    expect(accepted.events[0]!.data).toEqual({
      unit: UNITS.daoli,
      pilotLevel: 'national',
      registeredOn: '2017-08-09',
    });
    expectRejected(
      (await mutate(api, PROVINCE, 'registerPilotUnit', input)).result,
      'PILOT_ALREADY_REGISTERED',
    );
  });

  it('the county cannot file a plan before its areas are assigned; the province assigns them', async () => {
    const plan = {
      tenant: UNITS.daoli,
      title: '道里区基层政务公开标准化规范化试点实施方案',
      filedOn: '2017-09-15',
    };
    expectRejected((await mutate(api, DAOLI, 'fileImplementationPlan', plan)).result, 'PILOT_AREAS_MISSING');
    const rejected = expectRejected(
      (
        await mutate(api, PROVINCE, 'assignPilotAreas', {
          tenant: UNITS.daoli,
          areas: [],
          assignedOn: '2017-08-09',
        })
      ).result,
      'INVALID_COMMAND',
    );
    expect(rejected.details).toEqual({ issues: [expect.stringContaining('data.areas')] });
    const areas = { tenant: UNITS.daoli, areas: ['compulsory-education'], assignedOn: '2017-08-09' };
    expectAccepted((await mutate(api, PROVINCE, 'assignPilotAreas', areas)).result, 'PilotAreasAssigned');
    const filed = expectAccepted(
      (await mutate(api, DAOLI, 'fileImplementationPlan', plan)).result,
      'ImplementationPlanFiled',
    );
    expect(filed.events[0]!.data).toMatchObject({
      version: 1,
      filedWith: UNITS.harbin,
      documentNumber: null,
    });
  });

  it('the county drafts an item in an assigned area only', async () => {
    const draft = {
      tenant: UNITS.daoli,
      itemId: ITEM,
      areaCode: 'compulsory-education',
      name: { level1Name: '招生管理', level2Name: '招生范围' },
      source: 'PUBLIC_SERVICE_LIST',
      draftedOn: '2018-02-01',
    };
    const accepted = expectAccepted(
      (await mutate(api, DAOLI, 'draftCatalogueItem', draft)).result,
      'CatalogueItemDrafted',
    );
    expect(accepted).toMatchObject({ streamId: `catalogueItem-230102-${ITEM}`, revision: 0 });
    expect(accepted.events[0]!.data).toMatchObject({
      source: 'public-service-list',
      name: { level1Name: '招生管理' },
    });
    const elsewhere = { ...draft, itemId: 'hukou-1', areaCode: 'household-registration' };
    expectRejected((await mutate(api, DAOLI, 'draftCatalogueItem', elsewhere)).result, 'AREA_NOT_ASSIGNED');
    const second = { ...draft, itemId: DRAFT_ITEM, name: { level1Name: '招生管理', level2Name: '招生计划' } };
    expectAccepted((await mutate(api, DAOLI, 'draftCatalogueItem', second)).result, 'CatalogueItemDrafted');
  });

  it('the county defines a standard once and revises it with a reason', async () => {
    const standard = standardInput(completeStandard());
    const defined = expectAccepted(
      (await mutate(api, DAOLI, 'defineStandard', item({ standard, definedOn: '2018-02-02' }))).result,
      'StandardDefined',
    );
    expect(defined.events[0]!.data).toMatchObject({ version: 1, standard: { mode: ['proactive'] } });
    expectRejected(
      (await mutate(api, DAOLI, 'defineStandard', item({ standard, definedOn: '2018-02-02' }))).result,
      'STANDARD_ALREADY_DEFINED',
    );
    const revised = standardInput(completeStandard({ subject: '区教育局' }));
    expectRejected(
      (
        await mutate(
          api,
          DAOLI,
          'reviseStandard',
          item({ standard: revised, reason: '  ', revisedOn: '2018-02-03' }),
        )
      ).result,
      'REVISION_REASON_REQUIRED',
    );
    const accepted = expectAccepted(
      (
        await mutate(
          api,
          DAOLI,
          'reviseStandard',
          item({ standard: revised, reason: '机构改革后由区教育局负责', revisedOn: '2018-02-03' }),
        )
      ).result,
      'StandardRevised',
    );
    expect(accepted.events[0]!.data).toMatchObject({ version: 2, changedElements: ['subject'] });
  });

  it('an item with an incomplete standard is not published; a complete one is', async () => {
    const draftOnly = { tenant: UNITS.daoli, itemId: DRAFT_ITEM };
    expectAccepted(
      (
        await mutate(api, DAOLI, 'defineStandard', {
          ...draftOnly,
          standard: standardInput(draftStandard()),
          definedOn: '2018-02-02',
        })
      ).result,
      'StandardDefined',
    );
    const incomplete = expectRejected(
      (await mutate(api, DAOLI, 'publishCatalogueItem', { ...draftOnly, publishedOn: '2018-02-05' })).result,
      'STANDARD_INCOMPLETE',
    );
    expect(incomplete.details).toMatchObject({
      itemId: DRAFT_ITEM,
      missing: expect.arrayContaining(['legalBasis']) as unknown,
    });
    expectAccepted(
      (await mutate(api, DAOLI, 'publishCatalogueItem', item({ publishedOn: '2018-02-05' }))).result,
      'CatalogueItemPublished',
    );
  });

  it('an item is retired only with a reason', async () => {
    const retire = { tenant: UNITS.daoli, itemId: DRAFT_ITEM, retiredOn: '2018-02-10' };
    expectRejected(
      (await mutate(api, DAOLI, 'retireCatalogueItem', { ...retire, reason: '' })).result,
      'RETIREMENT_REASON_REQUIRED',
    );
    expectAccepted(
      (await mutate(api, DAOLI, 'retireCatalogueItem', { ...retire, reason: '与招生范围合并' })).result,
      'CatalogueItemRetired',
    );
  });

  it('recordDisclosure publishes on a channel of the standard only', async () => {
    const disclosure = item({
      disclosureId: 'd-1',
      title: '2018年道里区义务教育招生范围',
      channel: 'GOVERNMENT_WEBSITE',
      url: 'https://www.hrbdl.gov.cn/zwgk/2018/zsfw.html',
      formedOn: '2018-03-01',
      publishedOn: '2018-03-05',
    });
    const accepted = expectAccepted(
      (await mutate(api, DAOLI, 'recordDisclosure', disclosure)).result,
      'DisclosurePublished',
    );
    expect(accepted).toMatchObject({ commandType: 'PublishDisclosure' });
    expect(accepted.events[0]!.data).toMatchObject({
      channel: 'government-website',
      timeliness: { onTime: true },
    });
    const onRadio = {
      ...disclosure,
      disclosureId: 'd-2',
      channel: 'RADIO_TV',
      url: null,
      reference: '道里区广播',
    };
    expectRejected((await mutate(api, DAOLI, 'recordDisclosure', onRadio)).result, 'CHANNEL_NOT_IN_STANDARD');
  });

  it('recordInterpretation interprets a known publication', async () => {
    const interpretation = item({
      interpretationId: 'i-1',
      disclosureId: 'd-1',
      title: '图解：2018年招生范围',
      form: 'GRAPHIC',
      channel: 'GOVERNMENT_WEBSITE',
      url: 'https://www.hrbdl.gov.cn/zwgk/2018/zsfw-jd.html',
      publishedOn: '2018-03-06',
    });
    expectAccepted(
      (await mutate(api, DAOLI, 'recordInterpretation', interpretation)).result,
      'InterpretationPublished',
    );
    expectRejected(
      (
        await mutate(api, DAOLI, 'recordInterpretation', {
          ...interpretation,
          interpretationId: 'i-2',
          disclosureId: 'd-9',
        })
      ).result,
      'DISCLOSURE_UNKNOWN',
    );
  });

  it('recordResponse records a response once', async () => {
    const response = item({
      responseId: 'r-1',
      disclosureId: 'd-1',
      concern: '学区划分是否调整？',
      raisedOn: '2018-03-07',
      respondedOn: '2018-03-08',
      channel: 'GOVERNMENT_WEBSITE',
      url: 'https://www.hrbdl.gov.cn/hdjl/1.html',
    });
    expectAccepted((await mutate(api, DAOLI, 'recordResponse', response)).result, 'ConcernResponded');
    expectRejected((await mutate(api, DAOLI, 'recordResponse', response)).result, 'RECORD_ALREADY_EXISTS');
  });

  it('recordFeedback takes satisfaction on the 1–5 scale, also from the prefecture', async () => {
    const feedback = item({
      feedbackId: 'f-1',
      kind: 'SOCIAL_EVALUATION',
      evaluator: '哈尔滨市政务公开办',
      satisfaction: 4.5,
      sampleSize: 200,
      recordedOn: '2018-03-20',
    });
    expectAccepted((await mutate(api, HARBIN, 'recordFeedback', feedback)).result, 'PublicFeedbackRecorded');
    expectRejected(
      (await mutate(api, DAOLI, 'recordFeedback', { ...feedback, feedbackId: 'f-2', satisfaction: 7 }))
        .result,
      'SATISFACTION_OUT_OF_RANGE',
    );
  });

  it('the self-assessment needs all four chapters', async () => {
    const assessment = {
      tenant: UNITS.daoli,
      practices: '编制义务教育领域公开事项目录',
      results: '群众满意度提升',
      difficulties: '基层人员不足',
      suggestions: '加强培训',
      submittedOn: '2018-06-20',
    };
    expectRejected(
      (await mutate(api, DAOLI, 'submitSelfAssessment', { ...assessment, difficulties: ' ' })).result,
      'SELF_ASSESSMENT_INCOMPLETE',
    );
    expectAccepted(
      (await mutate(api, DAOLI, 'submitSelfAssessment', assessment)).result,
      'SelfAssessmentSubmitted',
    );
  });

  it('the prefecture fails the pilot, asks for rectification, and accepts it after', async () => {
    const report = { tenant: UNITS.daoli, title: '哈尔滨市道里区试点工作报告', submittedOn: '2018-06-26' };
    expectRejected(
      (await mutate(api, HARBIN, 'submitPilotReport', report)).result,
      'PREFECTURE_ACCEPTANCE_MISSING',
    );
    const acceptance = { tenant: UNITS.daoli, stage: 'PREFECTURE', conductedOn: '2018-06-25' };
    expectAccepted(
      (
        await mutate(api, HARBIN, 'conductAcceptance', {
          ...acceptance,
          score: 55,
          findings: ['目录不全'],
          passed: false,
        })
      ).result,
      'AcceptanceConducted',
    );
    const rectification = {
      tenant: UNITS.daoli,
      stage: 'PREFECTURE',
      items: ['补全义务教育目录'],
      requestedOn: '2018-06-26',
      dueOn: '2018-07-10',
    };
    expectAccepted(
      (await mutate(api, HARBIN, 'requestRectification', rectification)).result,
      'RectificationRequested',
    );
    expectRejected(
      (await mutate(api, HARBIN, 'requestRectification', rectification)).result,
      'RECTIFICATION_ALREADY_OPEN',
    );
    expectAccepted(
      (
        await mutate(api, HARBIN, 'conductAcceptance', {
          ...acceptance,
          score: 88,
          findings: [],
          passed: true,
          conductedOn: '2018-07-11',
        })
      ).result,
      'AcceptanceConducted',
    );
  });

  it('the prefecture reports to the province, which accepts and completes the pilot', async () => {
    const completion = { tenant: UNITS.daoli, completedOn: '2018-07-31' };
    expectRejected((await mutate(api, PROVINCE, 'completePilot', completion)).result, 'PILOT_NOT_ACCEPTED');
    const report = { tenant: UNITS.daoli, title: '哈尔滨市道里区试点工作报告', submittedOn: '2018-07-12' };
    const reported = expectAccepted(
      (await mutate(api, HARBIN, 'submitPilotReport', report)).result,
      'PilotReportSubmitted',
    );
    expect(reported.events[0]!.data).toMatchObject({
      submittedBy: UNITS.harbin,
      submittedTo: UNITS.province,
    });
    const acceptance = {
      tenant: UNITS.daoli,
      stage: 'PROVINCE',
      findings: [],
      passed: true,
      conductedOn: '2018-07-20',
    };
    expectRejected(
      (await mutate(api, PROVINCE, 'conductAcceptance', { ...acceptance, score: 120 })).result,
      'SCORE_OUT_OF_RANGE',
    );
    expectAccepted(
      (await mutate(api, PROVINCE, 'conductAcceptance', { ...acceptance, score: 92 })).result,
      'AcceptanceConducted',
    );
    const completed = expectAccepted(
      (await mutate(api, PROVINCE, 'completePilot', completion)).result,
      'PilotCompleted',
    );
    expect(completed.events[0]!.data).toMatchObject({ finalScore: 92 });
  });

  it('the province compiles the overall report at the head position and submits it with its hash', async () => {
    const reportId = 'overall-2018';
    const submission = { tenant: UNITS.province, reportId, submittedOn: '2018-08-30' };
    expectRejected(
      (await mutate(api, PROVINCE, 'submitNationalReport', { ...submission, contentHash: 'a'.repeat(64) }))
        .result,
      'REPORT_NOT_COMPILED',
    );
    const head = await api.store.headPosition();
    const compile = {
      tenant: UNITS.province,
      reportId,
      title: '黑龙江省基层政务公开标准化规范化试点工作总体报告',
      compiledOn: '2018-08-20',
    };
    const compiled = expectAccepted(
      (await mutate(api, PROVINCE, 'compileNationalReport', compile)).result,
      'NationalReportCompiled',
    );
    const rollup = await api.views.nationalRollup({ position: head });
    const contentHash = createHash('sha256').update(stableStringify(rollup)).digest('hex');
    expect(compiled.events[0]!.data).toMatchObject({ position: head, contentHash, version: 1 });
    expect(api.views.calls).toContainEqual({ query: 'nationalRollup', args: [{ position: head }] });

    expectRejected(
      (await mutate(api, PROVINCE, 'submitNationalReport', { ...submission, contentHash: 'b'.repeat(64) }))
        .result,
      'REPORT_HASH_MISMATCH',
    );
    const submitted = expectAccepted(
      (await mutate(api, PROVINCE, 'submitNationalReport', { ...submission, contentHash })).result,
      'NationalReportSubmitted',
    );
    expect(submitted.streamId).toBe(`nationalReport-230000-${reportId}`);
  });
});

describe('the command envelope', () => {
  const register = { tenant: UNITS.suifenhe, pilotLevel: 'PROVINCIAL', registeredOn: '2017-08-09' };

  it('a retry with the same messageId is stored once and answers with the first outcome', async () => {
    const first = (await mutate(api, PROVINCE, 'registerPilotUnit', register, { messageId: 'retry-me' }))
      .result;
    const again = (await mutate(api, PROVINCE, 'registerPilotUnit', register, { messageId: 'retry-me' }))
      .result;
    expect(first).toMatchObject({ __typename: 'CommandAccepted', messageId: 'retry-me', duplicate: false });
    expect(again).toMatchObject({ ...first, duplicate: true });
  });

  it('a command sent without a messageId gets one, and acts as the caller with the request’s correlation id', async () => {
    const { result } = await mutate(api, PROVINCE, 'assignPilotAreas', {
      tenant: UNITS.suifenhe,
      areas: ['social-insurance'],
      assignedOn: '2017-08-10',
    });
    expect(result?.messageId).toMatch(/^[0-9a-f-]{36}$/);
    const envelope = api.sent.at(-1)!;
    expect(envelope.actor).toEqual({ id: PROVINCE.sub, tier: 'province', tenant: UNITS.province });
    expect(envelope.messageId).toContain(result!.messageId);
    expect(envelope.correlationId).toEqual(expect.any(String));
    expect(Date.now() - Date.parse(envelope.occurredAt)).toBeLessThan(60_000);
  });

  it('occurredAt back-dates a command, and the domain judges its dates against it', async () => {
    const plan = { tenant: UNITS.suifenhe, title: '绥芬河市试点实施方案', filedOn: '2017-09-15' };
    const { result } = await mutate(api, admin(UNITS.suifenhe, 'county'), 'fileImplementationPlan', plan, {
      occurredAt: '2017-09-01T09:00:00+08:00',
    });
    expectRejected(result, 'DATE_IN_FUTURE');
    expect(api.sent.at(-1)?.occurredAt).toBe('2017-09-01T09:00:00+08:00');
  });

  it('occurredAt later than now is the caller’s mistake, and nothing is sent', async () => {
    const sentBefore = api.sent.length;
    const { body } = await mutate(api, PROVINCE, 'registerPilotUnit', register, {
      occurredAt: '2999-01-01T00:00:00Z',
    });
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('back-dated, never post-dated') as unknown,
      extensions: { code: 'BAD_USER_INPUT', argument: 'occurredAt' },
    });
    expect(api.sent).toHaveLength(sentBefore);
  });

  it('a caller without the admin role may not write', async () => {
    const viewer = { ...PROVINCE, sub: 'province-viewer', roles: ['viewer'] };
    const { body } = await mutate(api, viewer, 'registerPilotUnit', register);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the domain’s policy refusals stay errors: a prefecture may not draft a county’s catalogue', async () => {
    const { body } = await mutate(api, HARBIN, 'publishCatalogueItem', item({ publishedOn: '2018-02-05' }));
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('PublishCatalogueItem') as unknown,
      extensions: { code: 'ROLE_FORBIDDEN' },
    });
  });
});

describe('intakeStatus', () => {
  const STATUS = /* GraphQL */ `
    query ($messageId: String!) {
      intakeStatus(messageId: $messageId) {
        messageId
        tenant
        state
        streamId
        revision
        eventIds
        code
        message
      }
    }
  `;
  const statusOf = async (caller: typeof PROVINCE, messageId: string) =>
    (await api.graphql(caller, STATUS, { messageId })).data?.['intakeStatus'];

  it('tells the caller what became of its own messages, and nothing of anyone else’s', async () => {
    const input = { tenant: UNITS.daoli, itemId: 'intake-status-item', areaCode: 'compulsory-education' };
    const { result } = await mutate(
      api,
      DAOLI,
      'draftCatalogueItem',
      {
        ...input,
        name: { level1Name: '招生管理', level2Name: '招生计划' },
        source: 'PUBLIC_SERVICE_LIST',
        draftedOn: '2018-02-01',
      },
      { messageId: 'status-accepted' },
    );
    expect(await statusOf(DAOLI, 'status-accepted')).toEqual({
      messageId: 'status-accepted',
      tenant: UNITS.daoli,
      state: 'ACCEPTED',
      streamId: `catalogueItem-${UNITS.daoli}-intake-status-item`,
      revision: 0,
      eventIds: (result as AcceptedResult).eventIds,
      code: null,
      message: null,
    });
    await mutate(
      api,
      DAOLI,
      'publishCatalogueItem',
      { tenant: UNITS.daoli, itemId: 'no-such-item', publishedOn: '2018-02-03' },
      { messageId: 'status-rejected' },
    );
    expect(await statusOf(DAOLI, 'status-rejected')).toMatchObject({
      state: 'REJECTED',
      code: expect.any(String) as unknown,
    });
    expect(await statusOf(HARBIN, 'status-accepted')).toMatchObject({
      state: 'UNKNOWN',
      tenant: UNITS.harbin,
    });
    expect(await statusOf(DAOLI, 'never-sent')).toMatchObject({ state: 'UNKNOWN' });
  });
});
