import type { MilestoneState, PilotLevel, PilotStatus, TimeLimitRule } from '@gongkai/domain';
import {
  AcceptanceStageSchema,
  AudienceSchema,
  FeedbackKindSchema,
  InterpretationFormSchema,
  ItemSourceSchema,
  LevelSchema,
  ModeSchema,
  chainStages,
  channelCodes,
  channelNames,
  fiveOpenStages,
  standardElements,
} from '@gongkai/domain';
import type { CatalogueItemViewStatus, LegalBasisKind, TimelinessState } from './domainLists';
import { TIERS } from '../../auth/principal';
import { applicationEnumTypes } from './applicationEnums';
import type { EnumType } from './enumType';
import { enumType, everyMemberOf } from './enumType';

export { graphqlEnumValue } from './enumType';
export type { EnumType } from './enumType';

const label =
  (labels: Readonly<Record<string, string>>) =>
  (value: string): string | undefined =>
    labels[value];

const pilotLevels = everyMemberOf<PilotLevel>()(['national', 'provincial', 'self-organized']);
const pilotStatuses = everyMemberOf<PilotStatus>()([
  'unregistered',
  'registered',
  'areas-assigned',
  'plan-filed',
  'self-assessed',
  'accepted-by-prefecture',
  'reported',
  'rectifying',
  'failed-acceptance',
  'accepted',
  'completed',
]);
const milestoneStates = everyMemberOf<MilestoneState>()([
  'completed',
  'completed-late',
  'pending',
  'overdue',
  'untracked',
]);
const timeLimitRuleTypes = everyMemberOf<TimeLimitRule['type']>()([
  'working-days-after-formation',
  'working-days-after-decision',
  'working-days-after-request',
  'working-days-after-event',
  'publicity-period',
  'before-deadline',
  'realtime',
  'timely',
  'progressive',
  'permanent',
]);
const legalBasisKinds = everyMemberOf<LegalBasisKind>()([
  'law',
  'regulation',
  'rule',
  'normative-doc',
  'policy',
  'standard',
]);
const itemStatuses = everyMemberOf<CatalogueItemViewStatus>()(['draft', 'published', 'retired']);
const timelinessStates = everyMemberOf<TimelinessState>()(['on-time', 'late', 'not-assessed']);

/** Every enum of the schema, SDL and values from the same lists. */
export const enumTypes: readonly EnumType[] = [
  enumType(
    'Tier',
    'Administrative tier of a tenant.',
    TIERS,
    label({
      county: '县（市、区）',
      prefecture: '市（地）',
      province: '省',
      national: '全国（国务院办公厅）',
    }),
  ),
  enumType(
    'PilotLevel',
    'Level of a pilot unit.',
    pilotLevels,
    label({
      national: '国家级试点',
      provincial: '省级试点',
      'self-organized': '自行组织',
    }),
  ),
  enumType('PilotStatus', 'Where a pilot unit stands, from registration to completion.', pilotStatuses),
  enumType(
    'AcceptanceStage',
    'Who conducts an acceptance (验收).',
    AcceptanceStageSchema.options,
    label({
      prefecture: '市级验收',
      province: '省级验收',
    }),
  ),
  enumType('MilestoneState', 'State of a milestone of the pilot schedule.', milestoneStates),
  enumType('MilestoneKind', 'A hard deadline or a milestone of the schedule.', ['deadline', 'milestone']),
  enumType('CatalogueItemStatus', 'Lifecycle of a disclosure item (公开事项).', itemStatuses),
  enumType(
    'ItemSource',
    'The list a catalogue item was traced to.',
    ItemSourceSchema.options,
    label({
      'power-responsibility-list': '权责清单',
      'public-service-list': '公共服务事项',
      other: '其他',
    }),
  ),
  enumType(
    'FiveOpenStage',
    'The five disclosures (五公开).',
    fiveOpenStages,
    label({
      decision: '决策公开',
      execution: '执行公开',
      management: '管理公开',
      service: '服务公开',
      result: '结果公开',
    }),
  ),
  enumType(
    'ChainStage',
    'Publication, interpretation, response (发布、解读、回应).',
    chainStages,
    label({
      publication: '发布',
      interpretation: '解读',
      response: '回应',
    }),
  ),
  enumType(
    'Mode',
    'Disclosure mode (公开方式).',
    ModeSchema.options,
    label({
      proactive: '主动公开',
      'on-request': '依申请公开',
    }),
  ),
  enumType(
    'Level',
    'Government level that publishes (公开层级).',
    LevelSchema.options,
    label({
      municipal: '市级',
      county: '县级',
      township: '乡级',
      village: '村级',
    }),
  ),
  enumType(
    'Audience',
    'Who an item is addressed to (公开对象).',
    AudienceSchema.options,
    label({
      'whole-society': '全社会',
      'specific-groups': '特定群体',
    }),
  ),
  enumType(
    'ChannelCode',
    'Channels and carriers (公开渠道和载体) of the 2019 guideline tables.',
    channelCodes,
    label(channelNames),
  ),
  enumType('LegalBasisKind', 'Kind of legal basis (公开依据).', legalBasisKinds),
  enumType('TimeLimitRuleType', 'Machine-readable time-limit rule (公开时限).', timeLimitRuleTypes),
  enumType('TimelinessState', 'Whether a publication met its time limit.', timelinessStates),
  enumType('StandardElement', 'Elements whose presence makes a standard complete.', standardElements),
  enumType('InterpretationForm', 'Form of a policy interpretation (解读).', InterpretationFormSchema.options),
  enumType(
    'FeedbackKind',
    'Where public feedback comes from.',
    FeedbackKindSchema.options,
    label({
      'social-evaluation': '社会评价',
      'third-party-assessment': '第三方评估',
    }),
  ),
  ...applicationEnumTypes,
];

export const enumTypeDefs = enumTypes.map((type) => type.typeDefs).join('\n');

export const enumResolvers: Record<string, Readonly<Record<string, string>>> = Object.fromEntries(
  enumTypes.map((type) => [type.name, type.values]),
);
