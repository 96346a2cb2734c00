import { describe, expect, it } from 'vitest';
import { NonEmptyTextSchema, TextSchema, textProblem } from './text';

describe('the one rule for typed text', () => {
  it('accepts ordinary text with tabs, line breaks, CJK and emoji', () => {
    expect(textProblem('第一行\n第二行\t好 😀')).toBeNull();
  });

  it('names what is wrong: blank, control character, lone surrogate, bidi control', () => {
    expect(textProblem('   ')).toBe('blank');
    expect(textProblem('   ', { allowBlank: true })).toBeNull();
    expect(textProblem('a\u0007b')).toBe('control-character');
    expect(textProblem('a\u0085b')).toBe('control-character');
    expect(textProblem('a\ud800b')).toBe('lone-surrogate');
    expect(textProblem('a\udc00')).toBe('lone-surrogate');
    expect(textProblem('a\u202eb')).toBe('bidi-control');
    expect(textProblem('a\u2067b')).toBe('bidi-control');
  });

  it('the schemas say what to fix', () => {
    const blank = NonEmptyTextSchema.safeParse(' \n ');
    expect(blank.error?.issues.map((issue) => issue.message)).toEqual([
      'must not be empty or only whitespace: write the text',
    ]);
    expect(NonEmptyTextSchema.safeParse('').error?.issues).toHaveLength(1);
    expect(TextSchema.safeParse('   ').success).toBe(true);
    expect(TextSchema.safeParse('x\u0000').error?.issues[0]?.message).toMatch(/control character U\+0000/);
  });
});
