import type { SafeHtml } from '../html/escape';
import { html } from '../html/escape';
import type { PublicUnitRef } from '../model/types';
import { breadcrumbs, layout } from './layout';
import { homePath } from './paths';

/** The entry page: every province with a special topic. */
export const indexPage = (provinces: readonly PublicUnitRef[]): SafeHtml =>
  layout({
    title: '试点工作专题',
    crumbs: breadcrumbs([]),
    body: html`<h1>基层政务公开标准化规范化试点工作专题</h1>
      <ul class="areas">
        ${provinces.map((unit) => html`<li><a href="${homePath(unit.code)}">${unit.name}</a></li>`)}
      </ul>`,
  });

/** Not found, too many submissions, a failure: a heading, one sentence and the way home. */
export const messagePage = (title: string, message: string): SafeHtml =>
  layout({
    title,
    crumbs: breadcrumbs([], { label: title }),
    body: html`<h1>${title}</h1>
      <p>${message}</p>`,
  });
