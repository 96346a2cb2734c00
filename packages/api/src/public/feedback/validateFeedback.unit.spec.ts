import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_LENGTH, validateFeedback } from './validateFeedback';

describe('validating public feedback', () => {
  it('accepts a rating from 1 to 5 and a trimmed comment', () => {
    expect(validateFeedback({ satisfaction: '4', comment: '  办事指南清楚\r\n谢谢  ' })).toEqual({
      ok: true,
      input: { satisfaction: 4, comment: '办事指南清楚\n谢谢' },
    });
  });

  it('a comment left empty is no comment', () => {
    expect(validateFeedback({ satisfaction: '5', comment: '   ' })).toEqual({
      ok: true,
      input: { satisfaction: 5 },
    });
  });

  it('refuses a missing, fractional, out-of-range or repeated rating, in Chinese', () => {
    for (const satisfaction of [undefined, '', '0', '6', '4.5', ' 3', ['3', '4']]) {
      const result = validateFeedback({ satisfaction });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.satisfaction).toMatch(/满意度/);
    }
  });

  it('counts characters, not bytes: 500 Chinese characters pass, 501 do not', () => {
    expect(validateFeedback({ satisfaction: '3', comment: '好'.repeat(COMMENT_MAX_LENGTH) }).ok).toBe(true);
    const tooLong = validateFeedback({ satisfaction: '3', comment: '好'.repeat(COMMENT_MAX_LENGTH + 1) });
    expect(tooLong).toEqual({ ok: false, errors: { comment: '意见建议不能超过 500 字（现为 501 字）。' } });
  });

  it('refuses control and bidirectional-override characters', () => {
    expect(validateFeedback({ satisfaction: '3', comment: 'a\u0000b' }).ok).toBe(false);
    expect(validateFeedback({ satisfaction: '3', comment: 'a\u202eb' }).ok).toBe(false);
  });

  it('refuses a lone surrogate, by the same domain rule as admin text', () => {
    expect(validateFeedback({ satisfaction: '3', comment: 'a\ud800b' }).ok).toBe(false);
    expect(validateFeedback({ satisfaction: '3', comment: '好评 😀' }).ok).toBe(true);
  });

  it('keeps markup as text: escaping happens on output', () => {
    expect(validateFeedback({ satisfaction: '2', comment: '<script>alert(1)</script>' })).toEqual({
      ok: true,
      input: { satisfaction: 2, comment: '<script>alert(1)</script>' },
    });
  });
});
