import { describe, expect, it } from 'vitest';
import { compactHtml, escapeHtml, html, raw } from './escape';

describe('the public site’s escaping', () => {
  it('escapes every character that can open markup or close an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script>&'\``)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;&#96;',
    );
  });

  it('a template escapes what it interpolates, arrays included, and keeps its own markup', () => {
    const comment = '<img src=x onerror=alert(1)>';
    // prettier-ignore
    const out = html`<p title="${comment}">${[comment, 3]}</p>${raw('<br>')}${null}${false}`;
    expect(out.value).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;3</p><br>',
    );
  });

  it('nested templates are not escaped twice', () => {
    expect(html`<li>${html`<a href="${'/a?b=1&c=2'}">链接</a>`}</li>`.value).toBe(
      '<li><a href="/a?b=1&amp;c=2">链接</a></li>',
    );
  });

  it('compacting drops indentation and keeps one line break where there was whitespace', () => {
    expect(compactHtml('<ul>\n    <li>一</li>\n\t<li>二</li>\n</ul>')).toBe(
      '<ul>\n<li>一</li>\n<li>二</li>\n</ul>',
    );
  });
});
