import type { SafeHtml } from '../html/escape';
import { html } from '../html/escape';
import type { PublicCatalogue, PublicUnitRef } from '../model/types';
import { breadcrumbs, layout } from './layout';
import { homePath, itemPath } from './paths';
import { itemTitle, standardDetails } from './standard';

/** 政务公开事项标准目录: the published items by area, each with its standard and version. */
export const cataloguePage = (catalogue: PublicCatalogue, trail: readonly PublicUnitRef[]): SafeHtml =>
  layout({
    title: `${catalogue.unit.name}政务公开事项标准目录`,
    crumbs: breadcrumbs(
      trail,
      { label: catalogue.unit.name, href: homePath(catalogue.unit.code) },
      { label: '事项标准目录' },
    ),
    body: html`<h1>${catalogue.unit.name}政务公开事项标准目录</h1>
      ${
        catalogue.areas.length === 0
          ? html`<p>暂无已发布的公开事项。</p>`
          : html`<nav aria-label="试点领域">
                <ul class="areas">
                  ${catalogue.areas.map(
                    (area) =>
                      html`<li><a href="#area-${area.code}">${area.name}</a>（${area.items.length} 项）</li>`,
                  )}
                </ul>
              </nav>
              ${catalogue.areas.map(
                (area) =>
                  html`<section id="area-${area.code}" aria-labelledby="area-${area.code}-title">
                    <h2 id="area-${area.code}-title">${area.name}</h2>
                    ${area.items.map(
                      (item) =>
                        html`<article class="item" aria-labelledby="item-${item.itemId}-title">
                          <h3 id="item-${item.itemId}-title">
                            <a href="${itemPath(catalogue.unit.code, item.itemId)}"
                              >${itemTitle(item.name)}</a
                            >
                          </h3>
                          <p class="meta">
                            现行标准第 ${item.standardVersion} 版 · 发布于 ${item.publishedOn ?? '—'} · 修订
                            ${Math.max(0, item.history.length - 1)} 次
                          </p>
                          ${
                            item.standard
                              ? html`<details>
                                  <summary>查看公开标准</summary>
                                  ${standardDetails(item.standard)}
                                </details>`
                              : null
                          }
                        </article>`,
                    )}
                  </section>`,
              )}`
      }`,
  });
