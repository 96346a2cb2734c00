import type { CommandOutcome } from '@gongkai/command-handling';
import { isIntakePendingError } from '../../gateway/intakePendingError';

/** What the citizen is told after the gateway answered. */
export type FeedbackOutcome =
  | { kind: 'received' }
  | { kind: 'pending' }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'failed' };

const refusals: Readonly<Record<string, string>> = {
  SATISFACTION_OUT_OF_RANGE: '满意度只能是 1 到 5 之间的整数。',
  ITEM_NOT_PUBLISHED: '该事项目前不在公开目录中，暂不能评价。',
  ITEM_RETIRED: '该事项已从公开目录中移除，暂不能评价。',
  PILOT_NOT_REGISTERED: '该地区不是试点单位，专题首页暂不接受评价。',
  INVALID_COMMAND: '提交的内容不符合要求，请检查后重新提交。',
};

/** The one place that maps a gateway result to what the page says; adapt it when the intake changes. */
export const feedbackOutcomeOf = (settled: PromiseSettledResult<CommandOutcome>): FeedbackOutcome => {
  if (settled.status === 'fulfilled') {
    const outcome = settled.value;
    if (outcome.status === 'accepted') return { kind: 'received' };
    return {
      kind: 'refused',
      code: outcome.code,
      message:
        (Object.hasOwn(refusals, outcome.code) ? refusals[outcome.code] : undefined) ??
        `您的评价未被受理（错误代码 ${outcome.code}），请稍后再试。`,
    };
  }
  const error: unknown = settled.reason;
  // Accepted by the intake, decided later: nothing is lost, the page says it is being processed.
  return isIntakePendingError(error) ? { kind: 'pending' } : { kind: 'failed' };
};
