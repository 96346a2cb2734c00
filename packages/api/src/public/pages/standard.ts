import type { SafeHtml } from '../html/escape';
import { html } from '../html/escape';
import type { PublicItem, PublicRevision, PublicStandard } from '../model/types';
import {
  audienceNames,
  chainStageNames,
  elementNames,
  fiveOpenStageNames,
  levelNames,
  modeNames,
  nameOf,
} from './labels';

const list = (values: readonly string[]): string => (values.length === 0 ? '—' : values.join('、'));

export const itemTitle = (name: PublicItem['name']): string =>
  [name.level1Name, name.level2Name, name.level3Name].filter(Boolean).join(' · ');

/** 公开标准: the six elements of the plan, then audience, level and stage coverage. */
export const standardDetails = (standard: PublicStandard): SafeHtml =>
  html`<dl class="standard">
    <dt>公开依据</dt>
    <dd>
      <ul>
        ${standard.legalBasis.map(
          (basis) =>
            html`<li>
              ${basis.title}${basis.docNo ? `（${basis.docNo}）` : ''}${basis.article ? ` ${basis.article}` : ''}
            </li>`,
        )}
      </ul>
    </dd>
    <dt>内容要求</dt>
    <dd>
      <ul>
        ${standard.contentElements.map(
          (element) =>
            html`<li>
              ${element.name}${element.required ? '' : html` <span class="optional">（选填）</span>`}
            </li>`,
        )}
      </ul>
    </dd>
    <dt>公开主体</dt>
    <dd>${standard.subject || '—'}</dd>
    <dt>公开时限</dt>
    <dd>${standard.timeLimit || '—'}</dd>
    <dt>公开方式</dt>
    <dd>${list(standard.modes.map((mode) => nameOf(modeNames, mode)))}</dd>
    <dt>公开渠道和载体</dt>
    <dd>
      ${list(
        standard.channels.map((channel) => `${channel.name}${channel.required ? '（必选）' : '（可选）'}`),
      )}
    </dd>
    <dt>公开对象</dt>
    <dd>
      ${list(standard.audience.map((audience) => audienceNames[audience] ?? audience))}${
        standard.audienceNote ? `（${standard.audienceNote}）` : ''
      }
    </dd>
    <dt>公开层级</dt>
    <dd>${list(standard.levels.map((level) => nameOf(levelNames, level)))}</dd>
    <dt>五公开</dt>
    <dd>${list(standard.fiveOpenStages.map((stage) => nameOf(fiveOpenStageNames, stage)))}</dd>
    <dt>发布、解读、回应</dt>
    <dd>${list(standard.chainStages.map((stage) => nameOf(chainStageNames, stage)))}</dd>
  </dl>`;

/** 动态调整: every version of the standard with its date and reason. */
export const revisionHistory = (history: readonly PublicRevision[]): SafeHtml =>
  html`<table class="history">
    <caption>
      标准修订记录（动态调整）
    </caption>
    <thead>
      <tr>
        <th scope="col">版本</th>
        <th scope="col">日期</th>
        <th scope="col">调整内容</th>
        <th scope="col">调整原因</th>
      </tr>
    </thead>
    <tbody>
      ${history.map(
        (revision) =>
          html`<tr>
            <td>第 ${revision.version} 版</td>
            <td>${revision.datedOn}</td>
            <td>
              ${
                revision.version === 1
                  ? '首次制定'
                  : list(revision.changedElements.map((element) => elementNames[element] ?? element))
              }
            </td>
            <td>${revision.reason ?? '—'}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
