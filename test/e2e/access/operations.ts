import type { TenantUnit } from '@gongkai/domain';
import { mutationDocument } from '../../support/commands';
import { completeStandardInput } from '../../support/standards';
import type { FixtureCounty } from './fixture';
import { fixtureCountyOf } from './fixture';

/** What an operation is about: a county, a prefecture, the province, the nation, or only the caller. */
export type Level = 'county' | 'prefecture' | 'province' | 'national' | 'caller';

/**
 * Who the default policy lets send a command for a county (DESIGN.md, "Who may do what"): the
 * county itself, the province, the unit it reports to, or whoever sends its pilot report.
 */
export type Sender = 'county' | 'province' | 'reportingParent' | 'pilotReportSender' | 'countyOrAbove';

export interface OperationRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface Operation {
  readonly field: string;
  readonly type: 'query' | 'mutation';
  readonly level: Level;
  /** The rest of a sentence after "cannot": `read 密山市’s county view`. */
  readonly does: (target: TenantUnit) => string;
  readonly request: (target: TenantUnit) => OperationRequest;
  /** Mutations: who may send it. */
  readonly sender?: Sender;
}

const itemOf = (target: TenantUnit): FixtureCounty => {
  const county = fixtureCountyOf(target.code);
  if (county === undefined) throw new Error(`${target.name} has no item in the fixture`);
  return county;
};

const query = (
  field: string,
  level: Level,
  does: Operation['does'],
  document: string,
  variables: (target: TenantUnit) => Record<string, unknown> = () => ({}),
): Operation => ({
  field,
  type: 'query',
  level,
  does,
  request: (target) => ({ query: document, variables: variables(target) }),
});

const ON = '2018-05-02';

const mutation = (
  field: string,
  sender: Sender,
  does: Operation['does'],
  input: (target: TenantUnit) => Record<string, unknown>,
  level: Level = 'county',
): Operation => ({
  field,
  type: 'mutation',
  level,
  sender,
  does,
  request: (target) => ({
    query: mutationDocument(field),
    variables: { input: { tenant: target.code, ...input(target) } },
  }),
});

const onItem = (target: TenantUnit) => ({ itemId: itemOf(target).itemId });
const onApplication = (target: TenantUnit) => ({ applicationId: itemOf(target).applicationId });
const standard = completeStandardInput({ level1Name: '招生管理', level2Name: '招生范围' });

/** Every root field of the schema, with a request that names a target and what it means. */
export const OPERATIONS: readonly Operation[] = [
  query(
    'countyView',
    'county',
    (t) => `read ${t.name}’s county view`,
    'query ($code: TenantCode!) { countyView(code: $code) { tenant name totals { catalogue { items published } } } }',
    (t) => ({ code: t.code }),
  ),
  query(
    'catalogue',
    'county',
    (t) => `page through ${t.name}’s catalogue`,
    `query ($tenant: TenantCode!) {
      catalogue(tenant: $tenant, first: 50) { totalCount edges { node { tenant itemId name { level2Name } } } }
    }`,
    (t) => ({ tenant: t.code }),
  ),
  query(
    'catalogueItem',
    'county',
    (t) => `read an item of ${t.name}’s catalogue`,
    `query ($tenant: TenantCode!, $id: ID!) {
      catalogueItem(tenant: $tenant, id: $id) { tenant itemId name { level2Name } disclosures { title } }
    }`,
    (t) => ({ tenant: t.code, id: itemOf(t).itemId }),
  ),
  query(
    'auditTrail',
    'county',
    (t) => `read the audit trail of an item of ${t.name}`,
    'query ($streamId: String!) { auditTrail(streamId: $streamId) { tenant entries { type actor { id } data } } }',
    (t) => ({ streamId: `catalogueItem-${t.code}-${itemOf(t).itemId}` }),
  ),
  query(
    'milestones',
    'county',
    (t) => `read ${t.name}’s milestones`,
    'query ($tenant: TenantCode!) { milestones(tenant: $tenant) { tenant units { tenant name } } }',
    (t) => ({ tenant: t.code }),
  ),
  query(
    'prefectureView',
    'prefecture',
    (t) => `read ${t.name}’s prefecture view`,
    'query ($code: TenantCode!) { prefectureView(code: $code) { tenant name counties { tenant name items } } }',
    (t) => ({ code: t.code }),
  ),
  query(
    'assessment',
    'prefecture',
    (t) => `read the assessment of ${t.name}’s pilot units`,
    'query ($code: TenantCode!) { assessment(code: $code) { tenant rules units { tenant score } } }',
    (t) => ({ code: t.code }),
  ),
  query(
    'tenants',
    'prefecture',
    (t) => `list the units under ${t.name}`,
    'query ($parent: TenantCode) { tenants(parent: $parent) { tenant name pilotLevel } }',
    (t) => ({ parent: t.code }),
  ),
  query(
    'provinceView',
    'province',
    (t) => `read ${t.name}’s province view`,
    'query ($code: TenantCode!) { provinceView(code: $code) { tenant name counties { tenant name items } } }',
    (t) => ({ code: t.code }),
  ),
  query(
    'nationalRollup',
    'national',
    () => 'read the national rollup',
    '{ nationalRollup { tenant provinces { tenant name all { totals { catalogue { items } } } } } }',
  ),
  query('me', 'caller', () => 'ask who it is', '{ me { id tenant tier roles unit { name } } }'),
  query(
    'intakeStatus',
    'caller',
    () => 'ask what became of its message',
    '{ intakeStatus(messageId: "never-sent") { messageId tenant state } }',
  ),

  mutation(
    'registerPilotUnit',
    'province',
    (t) => `register ${t.name} as a pilot`,
    () => ({
      pilotLevel: 'NATIONAL',
      registeredOn: ON,
    }),
  ),
  mutation(
    'assignPilotAreas',
    'province',
    (t) => `assign ${t.name}’s pilot areas`,
    () => ({
      areas: ['compulsory-education', 'affordable-housing'],
      assignedOn: ON,
    }),
  ),
  mutation(
    'fileImplementationPlan',
    'county',
    (t) => `file ${t.name}’s implementation plan`,
    () => ({
      title: '试点实施方案（修订）',
      filedOn: ON,
    }),
  ),
  mutation(
    'submitSelfAssessment',
    'county',
    (t) => `submit ${t.name}’s self-assessment`,
    () => ({
      practices: '编制目录',
      results: '公开及时',
      difficulties: '人员不足',
      suggestions: '加强培训',
      submittedOn: ON,
    }),
  ),
  mutation(
    'conductAcceptance',
    'province',
    (t) => `conduct the province’s acceptance of ${t.name}`,
    () => ({
      stage: 'PROVINCE',
      score: 90,
      findings: [],
      passed: true,
      conductedOn: ON,
    }),
  ),
  mutation(
    'requestRectification',
    'reportingParent',
    (t) => `request rectification of ${t.name} after the prefecture’s acceptance`,
    () => ({ stage: 'PREFECTURE', items: ['补全目录'], requestedOn: ON, dueOn: '2018-06-30' }),
  ),
  mutation(
    'submitPilotReport',
    'pilotReportSender',
    (t) => `submit ${t.name}’s pilot report`,
    () => ({
      title: '试点工作报告',
      submittedOn: ON,
    }),
  ),
  mutation(
    'completePilot',
    'province',
    (t) => `complete ${t.name}’s pilot`,
    () => ({ completedOn: ON }),
  ),
  mutation(
    'recordPilotFeedback',
    'countyOrAbove',
    (t) => `record public feedback on ${t.name}’s pilot`,
    () => ({
      feedbackId: 'matrix-pilot-feedback',
      kind: 'SOCIAL_EVALUATION',
      evaluator: '市民代表',
      satisfaction: 4,
      recordedOn: ON,
    }),
  ),
  mutation(
    'draftCatalogueItem',
    'county',
    (t) => `draft an item in ${t.name}’s catalogue`,
    () => ({
      itemId: 'matrix-drafted-item',
      areaCode: 'compulsory-education',
      name: { level1Name: '招生管理', level2Name: '转学办法' },
      source: 'OTHER',
      draftedOn: ON,
    }),
  ),
  mutation(
    'defineStandard',
    'county',
    (t) => `define the standard of an item of ${t.name}`,
    (t) => ({
      ...onItem(t),
      standard,
      definedOn: ON,
    }),
  ),
  mutation(
    'reviseStandard',
    'county',
    (t) => `revise the standard of an item of ${t.name}`,
    (t) => ({
      ...onItem(t),
      standard,
      reason: '动态调整',
      revisedOn: ON,
    }),
  ),
  mutation(
    'publishCatalogueItem',
    'county',
    (t) => `publish an item of ${t.name}`,
    (t) => ({
      ...onItem(t),
      publishedOn: ON,
    }),
  ),
  mutation(
    'recordDisclosure',
    'county',
    (t) => `record a disclosure for ${t.name}`,
    (t) => ({
      ...onItem(t),
      disclosureId: 'matrix-disclosure',
      title: '公告',
      channel: 'GOVERNMENT_WEBSITE',
      url: 'https://www.example.gov.cn/zwgk/notice.html',
      formedOn: '2018-04-27',
      publishedOn: ON,
    }),
  ),
  mutation(
    'recordInterpretation',
    'county',
    (t) => `record an interpretation for ${t.name}`,
    (t) => ({
      ...onItem(t),
      interpretationId: 'matrix-interpretation',
      disclosureId: itemOf(t).disclosureId,
      title: '图解',
      form: 'GRAPHIC',
      channel: 'GOVERNMENT_WEBSITE',
      publishedOn: '2018-03-06',
    }),
  ),
  mutation(
    'recordResponse',
    'county',
    (t) => `record a response to a concern in ${t.name}`,
    (t) => ({
      ...onItem(t),
      responseId: 'matrix-response',
      concern: '学区是否调整？',
      raisedOn: '2018-04-27',
      respondedOn: ON,
      channel: 'GOVERNMENT_WEBSITE',
    }),
  ),
  mutation(
    'recordFeedback',
    'countyOrAbove',
    (t) => `record public feedback on ${t.name}`,
    (t) => ({
      ...onItem(t),
      feedbackId: 'matrix-feedback',
      kind: 'SOCIAL_EVALUATION',
      evaluator: '市民代表',
      satisfaction: 4,
      recordedOn: ON,
    }),
  ),
  mutation(
    'retireCatalogueItem',
    'county',
    (t) => `retire an item of ${t.name}`,
    (t) => ({
      ...onItem(t),
      reason: '事项已取消',
      retiredOn: ON,
    }),
  ),
  mutation(
    'compileNationalReport',
    'province',
    (t) => `compile ${t.name}’s overall report`,
    () => ({ reportId: 'matrix-report', title: '总体报告', compiledOn: ON }),
    'province',
  ),
  mutation(
    'fileProgrammePlan',
    'province',
    (t) => `file ${t.name}’s own implementation plan`,
    () => ({ title: '试点工作实施方案', filedOn: ON }),
    'province',
  ),
  mutation(
    'summariseProvincialPilots',
    'province',
    (t) => `summarise ${t.name}’s provincial pilots`,
    () => ({ title: '省级试点工作总结', practices: '以目录为纲，逐项对标。', summarisedOn: ON }),
    'province',
  ),
  mutation(
    'submitNationalReport',
    'province',
    (t) => `submit ${t.name}’s overall report`,
    () => ({ reportId: 'matrix-report', contentHash: 'a'.repeat(64), submittedOn: ON }),
    'province',
  ),
  query(
    'applicationQueue',
    'county',
    (t) => `read ${t.name}’s application queue (依申请公开)`,
    'query ($code: TenantCode!) { applicationQueue(code: $code) { tenant counts { open } } }',
    (t) => ({ code: t.code }),
  ),
  query(
    'application',
    'county',
    (t) => `read an application of ${t.name} with its applicant`,
    'query ($tenant: TenantCode!, $id: ID!) { application(tenant: $tenant, id: $id) { applicationId stage personal { applicantName } } }',
    (t) => ({ tenant: t.code, id: itemOf(t).applicationId }),
  ),
  query(
    'annualReportFigures',
    'county',
    (t) => `read ${t.name}’s annual report figures`,
    'query ($code: TenantCode!) { annualReportFigures(code: $code, year: 2018) { tenant figures { format } } }',
    (t) => ({ code: t.code }),
  ),
  mutation(
    'receiveApplication',
    'county',
    (t) => `register an application to ${t.name}`,
    () => ({
      applicationId: 'matrix-application-2',
      channel: 'IN_PERSON',
      applicantKind: 'NATURAL_PERSON',
      submittedOn: ON,
      trackingCode: 'MATRIXAPP2',
      personal: { applicantName: '某申请人', contact: '13800000000', requestDescription: '某信息' },
    }),
  ),
  mutation(
    'requestApplicationCorrection',
    'county',
    (t) => `ask for a correction of an application to ${t.name}`,
    (t) => ({ ...onApplication(t), requestedOn: ON, correctBy: '2018-05-20' }),
  ),
  mutation(
    'receiveApplicationCorrection',
    'county',
    (t) => `record a corrected application to ${t.name}`,
    (t) => ({ ...onApplication(t), receivedOn: ON }),
  ),
  mutation(
    'deferApplicationForVolume',
    'county',
    (t) => `defer an application to ${t.name}`,
    (t) => ({ ...onApplication(t), notifiedOn: ON, deferredTo: '2018-07-01' }),
  ),
  mutation(
    'consultThirdParty',
    'county',
    (t) => `consult a third party on an application to ${t.name}`,
    (t) => ({ ...onApplication(t), consultationId: 'c1', sentOn: ON, personal: { thirdParty: '某公司' } }),
  ),
  mutation(
    'recordThirdPartyReply',
    'county',
    (t) => `record a third party’s reply for ${t.name}`,
    (t) => ({ ...onApplication(t), consultationId: 'c1', repliedOn: ON, position: 'CONSENTS' }),
  ),
  mutation(
    'extendApplicationDeadline',
    'county',
    (t) => `extend an application’s deadline at ${t.name}`,
    (t) => ({ ...onApplication(t), extendedOn: ON, workingDays: 10, approvedByOfficeHead: true }),
  ),
  mutation(
    'notifyProcessingFee',
    'county',
    (t) => `notify a fee at ${t.name}`,
    (t) => ({ ...onApplication(t), notifiedOn: ON, method: 'PER_PAGE', units: 50 }),
  ),
  mutation(
    'recordProcessingFeePayment',
    'county',
    (t) => `record a fee payment at ${t.name}`,
    (t) => ({ ...onApplication(t), paidOn: ON }),
  ),
  mutation(
    'decideApplication',
    'county',
    (t) => `answer an application to ${t.name}`,
    (t) => ({ ...onApplication(t), decidedOn: ON, result: 'DISCLOSED' }),
  ),
  mutation(
    'recordApplicationDelivery',
    'county',
    (t) => `record the delivery of an answer of ${t.name}`,
    (t) => ({ ...onApplication(t), deliveredOn: ON, method: 'IN_PERSON' }),
  ),
  mutation(
    'fileReviewOrSuit',
    'county',
    (t) => `record a review over an application to ${t.name}`,
    (t) => ({ ...onApplication(t), caseId: 'case-1', kind: 'REVIEW', filedOn: ON }),
  ),
  mutation(
    'concludeReviewOrSuit',
    'county',
    (t) => `conclude a review over an application to ${t.name}`,
    (t) => ({ ...onApplication(t), caseId: 'case-1', concludedOn: ON, outcome: 'UPHELD' }),
  ),
];
