/**
 * HTML that is safe to emit as is: produced only by `html` (which escapes every interpolated value)
 * or by `raw` for text the code itself wrote. Nothing else in the public site builds markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** The one escaping helper: text and attribute values alike (always quote attributes). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);

/** Anything a template may interpolate; arrays are joined, null/undefined/false render nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const render = (value: HtmlValue): string => {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
};

/** Tagged template: literal parts are markup, every `${value}` is escaped unless it is SafeHtml. */
export const html = (strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml => {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
};

/** Markup the code wrote itself (never data). */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

/**
 * Drops the indentation the templates carry (a third of a page's bytes). Only for pages without
 * whitespace-sensitive content (no filled-in textarea, no pre): HTML renders the result the same.
 */
export const compactHtml = (markup: string): string => markup.replace(/\n[ \t]+/g, '\n');
