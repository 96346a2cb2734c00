import type { SafeHtml } from '../html/escape';
import { html } from '../html/escape';

/** A publication's title, linked to where it was published when that is a web page. */
export const linkOrText = (title: string, url: string | null): SafeHtml =>
  url ? html`<a href="${url}" rel="noopener">${title}</a>` : html`${title}`;

export interface DatedEntry {
  date: string;
  title: string;
  url: string | null;
  /** After the title, in brackets: channel, form, the item it belongs to … */
  meta?: SafeHtml | string;
}

/** Publications, interpretations, responses: a date, the (linked) title, and what it is. */
export const datedList = (entries: readonly DatedEntry[], empty: string | null): SafeHtml | null => {
  if (entries.length === 0) return empty === null ? null : html`<p>${empty}</p>`;
  return html`<ul class="latest">
    ${entries.map(
      (entry) =>
        html`<li>
          <span class="date">${entry.date}</span> ${linkOrText(entry.title, entry.url)}${
            entry.meta ? html` <span class="meta">（${entry.meta}）</span>` : null
          }
        </li>`,
    )}
  </ul>`;
};
