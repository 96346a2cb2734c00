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
// Control characters other than tab and line breaks have no place in a comment (and hide payloads).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

const field = (body: Record<string, unknown>, name: string): string | undefined | null => {
  const value = body[name];
  if (value === undefined) return undefined;
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
  else if (comment !== undefined && CONTROL.test(comment))
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
