import type { FeedbackFormState } from '../feedback/formState';
import type { SafeHtml } from '../html/escape';
import { html } from '../html/escape';
import type { PublicCountyHome, PublicHome, PublicRollupHome, PublicUnitRef } from '../model/types';
import { feedbackForm } from './feedbackForm';
import { datedList } from './links';
import { figuresBlock, milestoneTable } from './figures';
import { nameOf, percent, pilotLevelNames, score, statusNames, tierNames } from './labels';
import { breadcrumbs, layout } from './layout';
import { cataloguePath, feedbackPath, homePath, itemPath } from './paths';

const countyBody = (home: PublicCountyHome, form: FeedbackFormState): SafeHtml =>
  html`<h1>${home.name}试点工作专题</h1>
    <p class="lead">
      ${home.pilotLevel ? nameOf(pilotLevelNames, home.pilotLevel) : '非试点单位'} ·
      ${
        statusNames[home.status]
      }${home.parent ? html` · 上级：<a href="${homePath(home.parent.code)}">${home.parent.name}</a>` : null}
    </p>
    <section aria-labelledby="areas-title">
      <h2 id="areas-title">试点领域</h2>
      ${
        home.areas.length === 0
          ? html`<p>尚未明确试点领域。</p>`
          : html`<ul class="areas">
              ${home.areas.map(
                (area) =>
                  html`<li>
                    <a href="${cataloguePath(home.code)}#area-${area.code}">${area.name}</a>（已发布
                    ${area.publishedItems} 项）
                  </li>`,
              )}
            </ul>`
      }
      <p><a href="${cataloguePath(home.code)}">查看政务公开事项标准目录</a></p>
    </section>
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">试点进展</h2>
      ${figuresBlock(home.figures)}
    </section>
    <section aria-labelledby="latest-title">
      <h2 id="latest-title">最新公开信息</h2>
      ${datedList(
        home.latestDisclosures.map((item) => ({
          date: item.publishedOn,
          title: item.title,
          url: item.url,
          meta: html`${item.channelName} · 事项：<a href="${itemPath(home.code, item.itemId)}"
              >${item.itemName}</a
            >`,
        })),
        '暂无公开信息。',
      )}
    </section>
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title">时间节点</h2>
      ${milestoneTable(home.milestones)}
    </section>
    ${home.pilotLevel ? feedbackForm('评价本地试点工作（社会评价）', feedbackPath(homePath(home.code)), form) : null}`;

const unitTable = (home: PublicRollupHome): SafeHtml =>
  home.pilotUnits.length === 0
    ? html`<p>暂无试点单位。</p>`
    : html`<div class="scroll" tabindex="0" role="region" aria-labelledby="units-title">
        <table class="units">
          <caption>
            试点单位对比
          </caption>
          <thead>
            <tr>
              <th scope="col">试点单位</th>
              <th scope="col">级别</th>
              <th scope="col">进度</th>
              <th scope="col">领域覆盖</th>
              <th scope="col">已发布事项</th>
              <th scope="col">标准完整</th>
              <th scope="col">信息发布</th>
              <th scope="col">按时发布率</th>
              <th scope="col">社会评价</th>
              <th scope="col">平均满意度</th>
            </tr>
          </thead>
          <tbody>
            ${home.pilotUnits.map(
              (unit) =>
                html`<tr>
                  <th scope="row"><a href="${homePath(unit.code)}">${unit.name}</a></th>
                  <td>${unit.pilotLevel ? nameOf(pilotLevelNames, unit.pilotLevel) : '—'}</td>
                  <td>${statusNames[unit.status]}</td>
                  <td>${unit.figures.areasCovered} / ${unit.figures.assignedAreas}</td>
                  <td>${unit.figures.publishedItems}</td>
                  <td>${unit.figures.completeStandards}</td>
                  <td>${unit.figures.disclosures}</td>
                  <td>${percent(unit.figures.onTimeRate)}</td>
                  <td>${unit.figures.feedbackCount}</td>
                  <td>${score(unit.figures.averageSatisfaction)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;

const rollupBody = (home: PublicRollupHome): SafeHtml =>
  html`<h1>${home.name}试点工作专题</h1>
    <p class="lead">${tierNames[home.tier]} · 试点单位 ${home.pilotUnits.length} 个</p>
    <section aria-labelledby="units-title">
      <h2 id="units-title">试点单位</h2>
      ${unitTable(home)}
    </section>
    ${
      home.subdivisions.length === 0
        ? null
        : html`<section aria-labelledby="subdivisions-title">
            <h2 id="subdivisions-title">各市（地）试点工作专题</h2>
            <ul class="areas">
              ${home.subdivisions.map(
                (unit) => html`<li><a href="${homePath(unit.code)}">${unit.name}</a></li>`,
              )}
            </ul>
          </section>`
    }
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">试点进展（汇总）</h2>
      ${figuresBlock(home.figures)}
    </section>
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title">时间节点</h2>
      ${milestoneTable(home.milestones)}
    </section>`;

/** 试点工作专题 home of any unit: a county's own pilot, or a prefecture's / the province's pilots side by side. */
export const homePage = (
  home: PublicHome,
  trail: readonly PublicUnitRef[],
  form: FeedbackFormState,
): SafeHtml =>
  layout({
    title: `${home.name}试点工作专题`,
    crumbs: breadcrumbs(trail, { label: home.name }),
    body: home.kind === 'county' ? countyBody(home, form) : rollupBody(home),
  });
