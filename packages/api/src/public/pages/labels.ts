import type {
  ChainStage,
  FiveOpenStage,
  Level,
  MilestoneState,
  Mode,
  PilotLevel,
  PilotStatus,
  Tier,
} from '@gongkai/domain';

// Chinese wording of the domain's codes, as the pilot plan and the 2019 tables write them.

export const pilotLevelNames: Readonly<Record<PilotLevel, string>> = {
  national: '国家级试点',
  provincial: '省级试点',
  'self-organized': '自行开展试点',
};

export const tierNames: Readonly<Record<Tier, string>> = {
  county: '县（市、区）',
  prefecture: '市（地）',
  province: '省',
  national: '全国',
};

export const statusNames: Readonly<Record<PilotStatus | 'unregistered', string>> = {
  unregistered: '未列入试点',
  registered: '已确定为试点单位',
  'areas-assigned': '已明确试点领域',
  'plan-filed': '实施方案已备案',
  'self-assessed': '已完成自评',
  'accepted-by-prefecture': '已通过市级验收',
  reported: '已报送试点工作报告',
  rectifying: '整改中',
  'failed-acceptance': '验收未通过',
  accepted: '已通过省级验收',
  completed: '试点已完成',
};

export const milestoneStateNames: Readonly<Record<MilestoneState, string>> = {
  completed: '已完成',
  'completed-late': '逾期完成',
  pending: '进行中',
  overdue: '已逾期',
  untracked: '—',
};

export const modeNames: Readonly<Record<Mode, string>> = {
  proactive: '主动公开',
  'on-request': '依申请公开',
};

export const audienceNames: Readonly<Record<string, string>> = {
  'whole-society': '全社会',
  'specific-groups': '特定群体',
};

export const levelNames: Readonly<Record<Level, string>> = {
  municipal: '市级',
  county: '县级',
  township: '乡级',
  village: '村级',
};

export const fiveOpenStageNames: Readonly<Record<FiveOpenStage, string>> = {
  decision: '决策公开',
  execution: '执行公开',
  management: '管理公开',
  service: '服务公开',
  result: '结果公开',
};

export const chainStageNames: Readonly<Record<ChainStage, string>> = {
  publication: '发布',
  interpretation: '解读',
  response: '回应',
};

export const interpretationFormNames: Readonly<Record<string, string>> = {
  text: '文字解读',
  graphic: '图解',
  video: '视频解读',
  interview: '访谈',
  qa: '问答',
};

/** The standard's elements as the revision history names them. */
export const elementNames: Readonly<Record<string, string>> = {
  name: '名称',
  legalBasis: '公开依据',
  contentElements: '内容要求',
  subject: '公开主体',
  timeLimit: '公开时限',
  mode: '公开方式',
  channels: '公开渠道',
  audience: '公开对象',
  levels: '公开层级',
  fiveOpenStages: '五公开',
  chainStages: '发布解读回应',
};

/** Own names only: a stored code such as `constructor` must not find Object.prototype's. */
export const nameOf = <K extends string>(names: Readonly<Record<K, string>>, code: K): string =>
  Object.hasOwn(names, code) ? names[code] : code;

export const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

export const score = (value: number | null): string => (value === null ? '—' : value.toFixed(2));
