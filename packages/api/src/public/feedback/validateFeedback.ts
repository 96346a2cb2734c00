import { textProblem } from '@gongkai/domain';
import type { FeedbackFormState } from './formState';

export const COMMENT_MAX_LENGTH = 500;

export interface FeedbackInput {
  satisfaction: 1 | 2 | 3 | 4 | 5;
  /** Trimmed; absent when left empty. */
  comment?: string;
}

export type FeedbackValidation =
  { ok: true; input: FeedbackInput } | { ok: false; errors: FeedbackFormState['errors'] };

const SATISFACTION = /^[1-5]$/;

const field = (body: Record<string, unknown>, name: string): string | undefined | null => {
  if (!Object.hasOwn(body, name)) return undefined;
  const value = body[name];
  return typeof value === 'string' ? value : null; // repeated or nested fields are malformed
};

/** The form's fields as a browser posts them (urlencoded strings); every rule says what to fix. */
export const validateFeedback = (body: Record<string, unknown>): FeedbackValidation => {
  const errors: FeedbackFormState['errors'] = {};
  const satisfaction = field(body, 'satisfaction');
  if (satisfaction === undefined || satisfaction === '') errors.satisfaction = '请选择满意度（1—5）。';
  else if (satisfaction === null || !SATISFACTION.test(satisfaction))
    errors.satisfaction = '满意度只能是 1 到 5 之间的整数。';

  const rawComment = field(body, 'comment');
  const comment = rawComment?.replace(/\r\n?/g, '\n').trim();
  if (rawComment === null) errors.comment = '意见建议格式不正确，请重新填写。';
  else if (comment !== undefined && [...comment].length > COMMENT_MAX_LENGTH)
    errors.comment = `意见建议不能超过 ${COMMENT_MAX_LENGTH} 字（现为 ${[...comment].length} 字）。`;
  // The domain's one rule for typed text (control characters, lone surrogates, bidi controls).
  else if (comment !== undefined && textProblem(comment, { allowBlank: true }) !== null)
    errors.comment = '意见建议含有无法识别的控制字符，请删除后再提交。';

  if (errors.satisfaction || errors.comment) return { ok: false, errors };
  return {
    ok: true,
    input: {
      satisfaction: Number(satisfaction) as FeedbackInput['satisfaction'],
      ...(comment ? { comment } : {}),
    },
  };
};
