import type { Request, RequestHandler, Response } from 'express';
import type { ApplicationStage, ApplicationView } from '@gongkai/projections';
import type { ApplicationViewQueries } from '@gongkai/projections';
import { renderedPage } from '../cache/renderCache';
import type { RateLimiter } from '../feedback/rateLimiter';
import type { SafeHtml } from '../html/escape';
import { compactHtml, html } from '../html/escape';
import { breadcrumbs, layout } from '../pages/layout';
import { PUBLIC_BASE } from '../pages/paths';
import { sendPage } from '../respond';

export const trackingPath = (code: string): string => `${PUBLIC_BASE}/${code}/applications/track`;

/** The tracking code the office gave the applicant (ReceiveApplication.trackingCode). */
const TRACKING_CODE = /^[A-Z0-9]{8,16}$/;
const UNIT = /^\d{6}$/;

const STAGES: Readonly<Record<ApplicationStage, string>> = {
  'in-progress': '办理中',
  'awaiting-correction': '等待申请人补正',
  'consulting-third-party': '征求第三方意见中（不计入办理期限）',
  'awaiting-fee': '等待缴纳信息处理费',
  decided: '已作出答复',
  delivered: '答复已送达',
  'review-or-suit': '行政复议或行政诉讼中',
};

const REGULATIONS: Readonly<Record<string, string>> = {
  'ogi-2007': '《中华人民共和国政府信息公开条例》（2007年，国务院令第492号）：15个工作日，可延长15个工作日',
  'ogi-2019':
    '《中华人民共和国政府信息公开条例》（2019年修订，国务院令第711号）：20个工作日，可延长20个工作日',
};

const form = (unit: string, message?: string): SafeHtml =>
  html`<form method="get" action="${trackingPath(unit)}">
    <label for="code">查询码</label>
    <input id="code" name="code" required pattern="[A-Z0-9]{8,16}" autocomplete="off" />
    <button type="submit">查询</button>
    ${message === undefined ? '' : html`<p role="alert">${message}</p>`}
  </form>`;

const row = (label: string, value: string | null | undefined): SafeHtml | string =>
  value == null
    ? ''
    : html`<tr>
        <th scope="row">${label}</th>
        <td>${value}</td>
      </tr>`;

/** Stage and dates only: the view's state holds no personal data, and nothing personal is read here. */
const details = (view: ApplicationView): SafeHtml => {
  const { state, clock } = view;
  return html`<table class="tracking">
    <tbody>
      ${row('申请编号', view.applicationId)} ${row('办理阶段', STAGES[view.stage])}
      ${row('收到申请日期', state.receivedOn)} ${row('适用规定', REGULATIONS[clock.regulation ?? ''])}
      ${row('答复期限', clock.status === 'decided' ? null : clock.dueOn)}
      ${row('已超过期限', clock.status === 'overdue' ? `${clock.overdueByWorkingDays}个工作日` : null)}
      ${row('答复日期', clock.decidedOn)}
      ${row('送达日期', state.delivery && state.delivery.deliveredOn <= view.asOf ? state.delivery.deliveredOn : null)}
    </tbody>
  </table>`;
};

const page = (title: string, body: SafeHtml) =>
  layout({ title, crumbs: breadcrumbs([], { label: title }), body });

/**
 * `GET /public/<unit>/applications/track[?code=…]`: an applicant follows an application by its
 * tracking code, without login: the stage and the dates, never personal data. An unknown code and a
 * code of another office answer alike. Lookups are rate-limited per client like the feedback form.
 */
export const createTrackingHandler = (options: {
  applications: ApplicationViewQueries;
  limiter: RateLimiter;
}): RequestHandler => {
  const title = '依申请公开办理进度查询';
  const send = (req: Request, res: Response, status: number, body: SafeHtml) =>
    sendPage(req, res, renderedPage(status, compactHtml(page(title, body).value)), null);
  return async (req: Request, res: Response) => {
    const unit = String(req.params['code']);
    if (!UNIT.test(unit)) return send(req, res, 404, html`<h1>页面不存在</h1>`);
    const code = typeof req.query['code'] === 'string' ? req.query['code'].trim().toUpperCase() : '';
    const heading = html`<h1>${title}</h1>`;
    if (code === '') return send(req, res, 200, html`${heading}${form(unit)}`);
    if (!TRACKING_CODE.test(code))
      return send(
        req,
        res,
        400,
        html`${heading}${form(unit, '查询码为8至16位大写字母或数字，请核对后重新输入。')}`,
      );
    const limited = options.limiter.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (!limited.allowed) {
      res.setHeader('Retry-After', String(limited.retryAfterSeconds));
      return send(
        req,
        res,
        429,
        html`${heading}
          <p>查询过于频繁，请${limited.retryAfterSeconds}秒后再试。</p>`,
      );
    }
    const view = await options.applications.tracked(code);
    if (view === null || view.tenant !== unit)
      return send(
        req,
        res,
        404,
        html`${heading}${form(unit, '未找到该查询码对应的申请，请核对查询码和受理机关。')}`,
      );
    return send(req, res, 200, html`${heading}${details(view)}${form(unit)}`);
  };
};
