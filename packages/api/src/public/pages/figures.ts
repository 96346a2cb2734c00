import type { SafeHtml } from '../html/escape';
import { html } from '../html/escape';
import type { PublicFigures, PublicMilestone } from '../model/types';
import { milestoneStateNames, percent, score } from './labels';

/** The pilot's progress in figures, as a description list (readable by screen readers in order). */
export const figuresBlock = (figures: PublicFigures): SafeHtml =>
  html`<dl class="figures">
    <div>
      <dt>试点领域覆盖</dt>
      <dd>${figures.areasCovered} / ${figures.assignedAreas}</dd>
    </div>
    <div>
      <dt>公开事项（已发布）</dt>
      <dd>${figures.publishedItems}</dd>
    </div>
    <div>
      <dt>标准完整的事项</dt>
      <dd>${figures.completeStandards}</dd>
    </div>
    <div>
      <dt>标准动态调整</dt>
      <dd>${figures.revisions} 次</dd>
    </div>
    <div>
      <dt>信息发布</dt>
      <dd>${figures.disclosures} 条</dd>
    </div>
    <div>
      <dt>按时发布率</dt>
      <dd>${percent(figures.onTimeRate)}</dd>
    </div>
    <div>
      <dt>政策解读</dt>
      <dd>${figures.interpretations} 篇</dd>
    </div>
    <div>
      <dt>回应关切</dt>
      <dd>${figures.responses} 次</dd>
    </div>
    <div>
      <dt>社会评价</dt>
      <dd data-feedback-count="${figures.feedbackCount}">${figures.feedbackCount} 条</dd>
    </div>
    <div>
      <dt>平均满意度（1—5）</dt>
      <dd>${score(figures.averageSatisfaction)}</dd>
    </div>
  </dl>`;

export const milestoneTable = (milestones: readonly PublicMilestone[]): SafeHtml =>
  milestones.length === 0
    ? html`<p>暂无时间节点。</p>`
    : html`<table class="milestones">
        <caption>
          时间节点与进度
        </caption>
        <thead>
          <tr>
            <th scope="col">工作任务</th>
            <th scope="col">时限</th>
            <th scope="col">进度</th>
            <th scope="col">完成日期</th>
          </tr>
        </thead>
        <tbody>
          ${milestones.map(
            (milestone) =>
              html`<tr>
                <td>${milestone.description}</td>
                <td>${milestone.dueDateText}</td>
                <td class="state-${milestone.state}">${milestoneStateNames[milestone.state]}</td>
                <td>${milestone.completedOn ?? '—'}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
