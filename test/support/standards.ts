/**
 * A complete 公开标准 as GraphQL input (the six elements of the plan, audience, mode, level and
 * stage coverage): what a county must define before it may publish an item.
 */
export const completeStandardInput = (
  name: { level1Name: string; level2Name: string },
  overrides: Record<string, unknown> = {},
): Record<string, unknown> => ({
  name,
  legalBasis: [
    { title: '《中华人民共和国义务教育法》', kind: 'LAW' },
    { title: '《中华人民共和国政府信息公开条例》', docNo: '国务院令第492号', kind: 'REGULATION' },
  ],
  contentElements: [
    { name: '招生范围', required: true },
    { name: '划片结果', required: true },
  ],
  subject: '县教育局',
  timeLimit: {
    text: '信息形成或者变更之日起20个工作日内',
    rules: [{ type: 'WORKING_DAYS_AFTER_FORMATION', days: 20 }],
  },
  mode: ['PROACTIVE'],
  channels: [
    { code: 'GOVERNMENT_WEBSITE', required: true },
    { code: 'NOTICE_BOARD', required: false },
  ],
  audience: ['WHOLE_SOCIETY'],
  levels: ['COUNTY'],
  fiveOpenStages: ['SERVICE', 'RESULT'],
  chainStages: ['PUBLICATION', 'INTERPRETATION', 'RESPONSE'],
  ...overrides,
});
