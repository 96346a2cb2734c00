import type { PilotLevel, PilotStatus } from '@gongkai/domain';

/** Chinese labels of the codes the figures carry. */
export const PILOT_LEVEL_NAMES: Readonly<Record<PilotLevel, string>> = {
  national: '国家级',
  provincial: '省级',
  'self-organized': '自主',
};

export const PILOT_STATUS_NAMES: Readonly<Record<PilotStatus, string>> = {
  unregistered: '未登记',
  registered: '已登记',
  'areas-assigned': '已确定试点领域',
  'plan-filed': '实施方案已备案',
  'self-assessed': '已完成自评总结',
  'accepted-by-prefecture': '已通过市级验收',
  reported: '试点工作报告已报送',
  rectifying: '整改中',
  'failed-acceptance': '验收未通过',
  accepted: '已通过省级验收',
  completed: '试点已完成',
};

export const FIVE_OPEN_NAMES: Readonly<Record<string, string>> = {
  decision: '决策公开',
  execution: '执行公开',
  management: '管理公开',
  service: '服务公开',
  result: '结果公开',
};

export const CHAIN_NAMES: Readonly<Record<string, string>> = {
  publication: '发布',
  interpretation: '解读',
  response: '回应',
};

export const INTERPRETATION_FORM_NAMES: Readonly<Record<string, string>> = {
  text: '文字解读',
  graphic: '图文解读',
  video: '视频解读',
  interview: '访谈解读',
  qa: '问答解读',
};

export const FEEDBACK_KIND_NAMES: Readonly<Record<string, string>> = {
  'social-evaluation': '社会评价',
  'third-party-assessment': '第三方评估',
};
