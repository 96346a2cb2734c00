import { domainTesting } from '@gongkai/domain';
import type { MutationName } from '../resolvers';
import type { AcceptedResult } from './commands';
import { mutate, standardInput } from './commands';
import type { Caller, GongkaiTestApi } from './gongkaiTestApi';
import { UNITS, admin } from './gongkaiTestApi';

export const PROVINCE_ADMIN = admin(UNITS.province, 'province');
export const HARBIN_ADMIN = admin(UNITS.harbin, 'prefecture');
export const DAOLI_ADMIN = admin(UNITS.daoli, 'county');
export const MISHAN_ADMIN = admin(UNITS.mishan, 'county');

/** The level-2 names of the 义务教育 items 道里区 drafts, `item-1` … `item-7`. */
export const DAOLI_ITEMS = [
  '招生范围',
  '招生计划',
  '划片结果',
  '入学条件',
  '收费标准',
  '资助政策',
  '转学办法',
];
export const PUBLISHED_ITEMS = 3;
export const REPORT_ID = 'overall-2018';

// Each command is sent on the day of the fact it records (back-dated), so views asOf a date see
// the pilot as it stood that day.
const send = async (
  api: GongkaiTestApi,
  caller: Caller,
  name: MutationName,
  input: Record<string, unknown>,
): Promise<AcceptedResult> => {
  const on = Object.entries(input)
    .filter(([key]) => key.endsWith('On') && key !== 'dueOn')
    .map(([, date]) => String(date))
    .sort()
    .at(-1)!;
  const { body, result } = await mutate(api, caller, name, input, { occurredAt: `${on}T17:00:00+08:00` });
  if (result?.__typename !== 'CommandAccepted') {
    throw new Error(`seed: ${name} was not accepted: ${JSON.stringify(result ?? body.errors)}`);
  }
  return result;
};

const registerPilot = async (api: GongkaiTestApi, tenant: string, pilotLevel: string, plan: string) => {
  await send(api, PROVINCE_ADMIN, 'registerPilotUnit', { tenant, pilotLevel, registeredOn: '2017-08-09' });
  await send(api, PROVINCE_ADMIN, 'assignPilotAreas', {
    tenant,
    areas: ['compulsory-education'],
    assignedOn: '2017-08-09',
  });
  await send(api, admin(tenant, 'county'), 'fileImplementationPlan', {
    tenant,
    title: plan,
    filedOn: '2017-09-15',
  });
};

const draftItems = async (api: GongkaiTestApi, caller: Caller, tenant: string, names: readonly string[]) => {
  for (const [index, level2Name] of names.entries()) {
    await send(api, caller, 'draftCatalogueItem', {
      tenant,
      itemId: `item-${index + 1}`,
      areaCode: 'compulsory-education',
      name: { level1Name: '招生管理', level2Name },
      source: 'PUBLIC_SERVICE_LIST',
      draftedOn: '2018-02-01',
    });
  }
};

const publishItems = async (api: GongkaiTestApi) => {
  for (const [index, level2Name] of DAOLI_ITEMS.slice(0, PUBLISHED_ITEMS).entries()) {
    const item = { tenant: UNITS.daoli, itemId: `item-${index + 1}` };
    const standard = standardInput(
      domainTesting.completeStandard({ name: { level1Name: '招生管理', level2Name } }),
    );
    await send(api, DAOLI_ADMIN, 'defineStandard', { ...item, standard, definedOn: '2018-02-02' });
    await send(api, DAOLI_ADMIN, 'publishCatalogueItem', { ...item, publishedOn: '2018-02-05' });
  }
};

const discloseFirstItem = async (api: GongkaiTestApi) => {
  const item = { tenant: UNITS.daoli, itemId: 'item-1' };
  const url = 'https://www.hrbdl.gov.cn/zwgk/2018/zsfw.html';
  const channel = 'GOVERNMENT_WEBSITE';
  await send(api, DAOLI_ADMIN, 'recordDisclosure', {
    ...item,
    disclosureId: 'd-1',
    title: '2018年道里区义务教育招生范围',
    channel,
    url,
    formedOn: '2018-03-01',
    publishedOn: '2018-03-05',
  });
  await send(api, DAOLI_ADMIN, 'recordInterpretation', {
    ...item,
    interpretationId: 'i-1',
    disclosureId: 'd-1',
    title: '图解：2018年招生范围',
    form: 'GRAPHIC',
    channel,
    url,
    publishedOn: '2018-03-06',
  });
  await send(api, DAOLI_ADMIN, 'recordResponse', {
    ...item,
    responseId: 'r-1',
    disclosureId: 'd-1',
    concern: '学区划分是否调整？',
    raisedOn: '2018-03-07',
    respondedOn: '2018-03-08',
    channel,
    url,
  });
  await send(api, HARBIN_ADMIN, 'recordFeedback', {
    ...item,
    feedbackId: 'f-1',
    kind: 'SOCIAL_EVALUATION',
    evaluator: '哈尔滨市政务公开办',
    satisfaction: 4.5,
    sampleSize: 200,
    recordedOn: '2018-03-20',
  });
};

const failPrefectureAcceptance = async (api: GongkaiTestApi) => {
  await send(api, DAOLI_ADMIN, 'submitSelfAssessment', {
    tenant: UNITS.daoli,
    practices: '编制义务教育领域公开事项目录',
    results: '群众满意度提升',
    difficulties: '基层人员不足',
    suggestions: '加强培训',
    submittedOn: '2018-06-20',
  });
  await send(api, HARBIN_ADMIN, 'conductAcceptance', {
    tenant: UNITS.daoli,
    stage: 'PREFECTURE',
    score: 55,
    findings: ['目录不全'],
    passed: false,
    conductedOn: '2018-06-25',
  });
  await send(api, HARBIN_ADMIN, 'requestRectification', {
    tenant: UNITS.daoli,
    stage: 'PREFECTURE',
    items: ['补全义务教育目录'],
    requestedOn: '2018-06-26',
    dueOn: '2018-07-10',
  });
};

/**
 * A small pilot through the API's own mutations: 道里区 (national pilot) with seven drafted items of
 * which three are published, one disclosed, interpreted, responded to and evaluated, a failed
 * prefecture acceptance with a rectification open; 密山市 with one drafted item; 绥芬河市 registered;
 * and a first compilation of the province's overall report.
 */
export const seedPilot = async (api: GongkaiTestApi): Promise<void> => {
  await registerPilot(api, UNITS.daoli, 'NATIONAL', '道里区基层政务公开标准化规范化试点实施方案');
  await registerPilot(api, UNITS.mishan, 'NATIONAL', '密山市基层政务公开标准化规范化试点实施方案');
  await send(api, PROVINCE_ADMIN, 'registerPilotUnit', {
    tenant: UNITS.suifenhe,
    pilotLevel: 'PROVINCIAL',
    registeredOn: '2017-08-09',
  });
  await draftItems(api, DAOLI_ADMIN, UNITS.daoli, DAOLI_ITEMS);
  await draftItems(api, MISHAN_ADMIN, UNITS.mishan, ['招生范围']);
  await publishItems(api);
  await discloseFirstItem(api);
  await failPrefectureAcceptance(api);
  await send(api, PROVINCE_ADMIN, 'compileNationalReport', {
    tenant: UNITS.province,
    reportId: REPORT_ID,
    title: '黑龙江省基层政务公开标准化规范化试点工作总体报告',
    compiledOn: '2018-08-20',
  });
};
