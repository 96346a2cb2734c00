import { describe, expect, it } from 'vitest';
import { deadlineRuleOf } from './timeLimit';
import { timeLimitRulesFromText } from './timeLimitFromText';

describe('deadlineRuleOf', () => {
  it('takes the strictest working-day rule', () => {
    expect(
      deadlineRuleOf({
        text: '制定或获取信息之日起10个工作日内；信息形成之日起20个工作日内',
        rules: [
          { type: 'working-days-after-formation', days: 20 },
          { type: 'working-days-after-decision', days: 7 },
          { type: 'publicity-period', minDays: 7, workingDays: true },
        ],
      }),
    ).toEqual({ type: 'working-days-after-decision', days: 7 });
  });

  it('finds none in an open-ended time limit', () => {
    expect(deadlineRuleOf({ text: '实时公开', rules: [{ type: 'realtime' }] })).toBeUndefined();
  });
});

describe('timeLimitRulesFromText', () => {
  it.each([
    ['信息形成或者变更之日起20个工作日内', [{ type: 'working-days-after-formation', days: 20 }]],
    ['自作出行政决定之日起7个工作日内', [{ type: 'working-days-after-decision', days: 7 }]],
    [
      '自收到申请之日起15个工作日内答复，经批准可延长不超过15个工作日',
      [{ type: 'working-days-after-request', days: 15, extensionDays: 15 }],
    ],
    [
      '制定或获取信息之日起10个工作日内，公示7个工作日',
      [
        { type: 'working-days-after-formation', days: 10 },
        { type: 'publicity-period', minDays: 7, workingDays: true },
      ],
    ],
    ['分配结果确定后20个工作日内', [{ type: 'working-days-after-event', days: 20, event: '分配结果确定' }]],
    [
      '报送审批前公告，公告时间不得少于三十日',
      [{ type: 'publicity-period', minDays: 30, workingDays: false }],
    ],
    ['按进展情况及时公开', [{ type: 'progressive' }]],
    ['长期公开', [{ type: 'permanent' }]],
    ['实时公开', [{ type: 'realtime' }]],
    ['定期公告', []],
  ])('reads "%s"', (text, rules) => {
    expect(timeLimitRulesFromText(text)).toEqual(rules);
  });
});
