import type { FeedbackFormState } from '../feedback/formState';
import type { SafeHtml } from '../html/escape';
import { html } from '../html/escape';
import type { PublicItem, PublicUnitRef } from '../model/types';
import { feedbackForm } from './feedbackForm';
import { datedList } from './links';
import { interpretationFormNames, score } from './labels';
import { breadcrumbs, layout } from './layout';
import { cataloguePath, feedbackPath, homePath, itemPath } from './paths';
import { itemTitle, revisionHistory, standardDetails } from './standard';

const onTime = (value: boolean | null): string => (value === null ? '不适用' : value ? '按时' : '逾期');

const records = (item: PublicItem): SafeHtml => {
  const interpretations = datedList(
    item.interpretations.map((interpretation) => ({
      date: interpretation.publishedOn,
      title: interpretation.title,
      url: interpretation.url,
      meta: interpretationFormNames[interpretation.form] ?? interpretation.form,
    })),
    null,
  );
  const responses = datedList(
    item.responses.map((response) => ({
      date: response.respondedOn,
      title: response.concern,
      url: response.url,
    })),
    null,
  );
  return html`<section aria-labelledby="disclosures-title">
    <h2 id="disclosures-title">公开记录</h2>
    ${datedList(
      item.disclosures.map((disclosure) => ({
        date: disclosure.publishedOn,
        title: disclosure.title,
        url: disclosure.url,
        meta: `${disclosure.channelName}${disclosure.reference ? ` · ${disclosure.reference}` : ''} · ${onTime(disclosure.onTime)}`,
      })),
      '暂无公开记录。',
    )}
    ${
      interpretations &&
      html`<h3>政策解读</h3>
        ${interpretations}`
    }
    ${
      responses &&
      html`<h3>回应关切</h3>
        ${responses}`
    }
  </section>`;
};

/** One published item: its standard, revision history, publications and the feedback form. */
export const itemPage = (
  item: PublicItem,
  trail: readonly PublicUnitRef[],
  form: FeedbackFormState,
): SafeHtml => {
  const title = itemTitle(item.name);
  const path = itemPath(item.unit.code, item.itemId);
  return layout({
    title: `${title} - ${item.unit.name}`,
    crumbs: breadcrumbs(
      trail,
      { label: item.unit.name, href: homePath(item.unit.code) },
      { label: '事项标准目录', href: cataloguePath(item.unit.code) },
      { label: title },
    ),
    body: html`<h1>${title}</h1>
      <p class="lead">
        ${item.area.name} · 现行标准第 ${item.standardVersion} 版 · 发布于 ${item.publishedOn ?? '—'}
      </p>
      <section aria-labelledby="standard-title">
        <h2 id="standard-title">公开标准</h2>
        ${item.standard ? standardDetails(item.standard) : html`<p>标准尚未制定。</p>`}
        ${revisionHistory(item.history)}
      </section>
      ${records(item)}
      <section aria-labelledby="rating-title">
        <h2 id="rating-title">社会评价</h2>
        <p>
          已收到评价
          <strong data-feedback-count="${item.feedback.count}">${item.feedback.count}</strong> 条，平均满意度
          ${score(item.feedback.averageSatisfaction)}（1—5）。
        </p>
      </section>
      ${feedbackForm('评价该事项的公开情况', feedbackPath(path), form)}`,
  });
};
