import type { SafeHtml } from '../html/escape';
import { html } from '../html/escape';
import type { PublicUnitRef } from '../model/types';
import { ASSET_PATHS, PUBLIC_BASE, homePath } from './paths';

export interface Crumb {
  label: string;
  href?: string;
}

/** The unit's ancestors (nearest last) then the page itself. */
export const breadcrumbs = (trail: readonly PublicUnitRef[], ...rest: Crumb[]): Crumb[] => [
  { label: '试点工作专题', href: `${PUBLIC_BASE}/` },
  ...trail.map((unit) => ({ label: unit.name, href: homePath(unit.code) })),
  ...rest,
];

export interface PageShell {
  title: string;
  crumbs: readonly Crumb[];
  body: SafeHtml;
}

const crumbList = (crumbs: readonly Crumb[]) =>
  html`<nav aria-label="当前位置">
    <ol class="crumbs">
      ${crumbs.map((crumb, index) =>
        crumb.href && index < crumbs.length - 1
          ? html`<li><a href="${crumb.href}">${crumb.label}</a></li>`
          : html`<li aria-current="page">${crumb.label}</li>`,
      )}
    </ol>
  </nav>`;

/** The page shell: semantic landmarks, a skip link, one stylesheet, one deferred script. */
export const layout = ({ title, crumbs, body }: PageShell): SafeHtml =>
  html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} - 基层政务公开标准化规范化试点</title>
        <link rel="stylesheet" href="${ASSET_PATHS.css}" />
        <script src="${ASSET_PATHS.script}" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">跳到正文</a>
        <header class="site">
          <p class="brand">基层政务公开标准化规范化试点 · 试点工作专题</p>
          ${crumbList(crumbs)}
        </header>
        <main id="main">${body}</main>
        <footer class="site">
          <p>本专题数据来自试点单位的政务公开事项标准目录及公开记录，随试点工作动态更新。</p>
        </footer>
      </body>
    </html> `;
