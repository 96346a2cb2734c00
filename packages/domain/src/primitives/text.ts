import { z } from 'zod';

/**
 * The one rule for text people type, in an admin's command and in the public feedback form alike:
 * no control characters but tab and line breaks, no lone UTF-16 surrogates, no bidirectional
 * embeddings, overrides or isolates (they reorder what a reader sees: a "Trojan Source" payload).
 */
export type TextProblem = 'blank' | 'control-character' | 'lone-surrogate' | 'bidi-control';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
// Without the `u` flag a regular expression sees UTF-16 code units, so an unpaired half shows.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const codePoint = (text: string, pattern: RegExp): string => {
  const unit = pattern.exec(text)?.[0].charCodeAt(0) ?? 0;
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
};

/** What is wrong with a text, or null; `blank` only when the text must say something. */
export const textProblem = (text: string, { allowBlank = false } = {}): TextProblem | null => {
  if (!allowBlank && text.trim().length === 0) return 'blank';
  if (CONTROL.test(text)) return 'control-character';
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate';
  if (BIDI_CONTROL.test(text)) return 'bidi-control';
  return null;
};

const problemMessage = (problem: TextProblem, text: string): string => {
  switch (problem) {
    case 'blank':
      return 'must not be empty or only whitespace: write the text';
    case 'control-character':
      return `contains the control character ${codePoint(text, CONTROL)}: remove it (tab and line breaks are allowed)`;
    case 'lone-surrogate':
      return 'contains half of a UTF-16 surrogate pair (broken encoding): send well-formed Unicode';
    case 'bidi-control':
      return `contains the bidirectional control ${codePoint(text, BIDI_CONTROL)}, which reorders what readers see: remove it`;
  }
};

const checkText =
  (allowBlank: boolean) =>
  (text: string, context: z.RefinementCtx): void => {
    // An empty string is already reported by `min(1)`.
    const problem = text === '' ? null : textProblem(text, { allowBlank });
    if (problem)
      context.addIssue({ code: 'custom', message: problemMessage(problem, text), params: { problem } });
  };

/** Free text that may be blank (the deciders refuse a blank one with their own domain code), but never malformed. */
export const TextSchema = z.string().superRefine(checkText(true));

/** Text that must say something: not empty, not only whitespace, not malformed. */
export const NonEmptyTextSchema = z.string().min(1).superRefine(checkText(false));
