import type { Request, RequestHandler, Response } from 'express';
import express from 'express';
import type { TenantDirectory } from '@gongkai/domain';
import type { ApplicationViewQueries, ViewQueries } from '@gongkai/projections';
import type { Logger } from 'pino';
import type { CommandGateway } from '../gateway/commandGateway';
import { requestScopeOf } from '../http/correlation';
import type { RenderedPage } from './cache/renderCache';
import { RenderCache, renderedPage } from './cache/renderCache';
import { compactHtml } from './html/escape';
import { createFeedbackHandler } from './feedback/feedbackHandler';
import type { FeedbackFormState } from './feedback/formState';
import { emptyFormState } from './feedback/formState';
import { CSRF_COOKIE, createCsrfTokens } from './feedback/csrfTokens';
import { createRateLimiter } from './feedback/rateLimiter';
import { PublicData } from './model/publicData';
import type { PublicUnitRef } from './model/types';
import { ASSETS } from './pages/assets';
import { cataloguePage } from './pages/cataloguePage';
import { homePage } from './pages/homePage';
import { itemPage } from './pages/itemPage';
import { homePath, PUBLIC_BASE } from './pages/paths';
import { indexPage, messagePage } from './pages/simplePages';
import { cookieOf, securityHeaders, sendPage } from './respond';
import { csrfCookieHeader } from './feedback/csrfCookie';
import { createTrackingHandler } from './tracking/trackingPage';

export interface PublicSiteSettings {
  /** Signs the anti-forgery tokens of the feedback forms. */
  readonly csrfSecret: string | Buffer;
  /** Feedback submissions per client (IP address) per window. */
  readonly feedbackRateLimit?: { limit: number; windowSeconds: number };
  /** `Cache-Control: s-maxage` of the pages: how long a CDN in front keeps them. */
  readonly maxAgeSeconds?: number;
  /** CSP `frame-ancestors`: who may embed the pages (e.g. the government website's origin). */
  readonly frameAncestors?: string;
}

export interface PublicSiteOptions extends PublicSiteSettings {
  readonly views: ViewQueries;
  readonly gateway: CommandGateway;
  readonly directory: TenantDirectory;
  readonly now: () => Date;
  readonly newMessageId: () => string;
  readonly logger: Logger;
  /** The tracking page of on-request disclosure applications; absent, it answers 404. */
  readonly applications?: ApplicationViewQueries | null;
}

const CODE = /^\d{6}$/;
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const NOTICES = new Set(['received', 'pending']);

const noticeOf = (req: Request): FeedbackFormState['notice'] => {
  const value = req.query.feedback;
  return typeof value === 'string' && NOTICES.has(value) ? (value as FeedbackFormState['notice']) : undefined;
};

const NOT_FOUND = () => renderedPage(404, messagePage('页面不存在', '您访问的页面不存在或尚未公开。').value);

/**
 * The public face of the pilot, served under /public without login: each unit's special topic
 * (试点工作专题), a county's catalogue and its items, and the feedback forms. Pages are rendered once
 * per read-model version and served with ETag and Cache-Control so a CDN can front them.
 */
export const createPublicSite = (options: PublicSiteOptions): RequestHandler => {
  const data = new PublicData(options.views, options.directory);
  const cache = new RenderCache();
  const maxAge = options.maxAgeSeconds ?? 60;
  const csrf = createCsrfTokens({ secret: options.csrfSecret });
  const liveVersion = options.views.liveVersion?.bind(options.views);

  const trailOf = (code: string): PublicUnitRef[] =>
    options.directory
      .ancestors(code)
      .map((ancestor) => data.unit(ancestor))
      .filter((unit): unit is PublicUnitRef => unit !== null)
      .reverse();

  const pages = {
    home: async (code: string, form: FeedbackFormState) => {
      const home = CODE.test(code) ? await data.home(code) : null;
      return home && homePage(home, trailOf(code), form);
    },
    catalogue: async (code: string) => {
      const catalogue = CODE.test(code) ? await data.catalogue(code) : null;
      return catalogue && cataloguePage(catalogue, trailOf(code));
    },
    item: async (code: string, itemId: string, form: FeedbackFormState) => {
      const item = CODE.test(code) && ITEM_ID.test(itemId) ? await data.item(code, itemId) : null;
      return item && itemPage(item, trailOf(code), form);
    },
  };

  /** A shared page: from the render cache while the read models stay put. */
  const shared =
    (render: (req: Request) => Promise<{ value: string } | null>): RequestHandler =>
    async (req, res) => {
      const build = async (): Promise<RenderedPage> => {
        const page = await render(req);
        // Shared pages carry an empty form (the values and the token are never cached).
        return page ? renderedPage(200, compactHtml(page.value)) : NOT_FOUND();
      };
      const key = `${req.path}?${noticeOf(req) ?? ''}`;
      const page = liveVersion ? await cache.get(await liveVersion(), key, build) : await build();
      sendPage(req, res, page, maxAge);
    };

  const feedback = createFeedbackHandler({
    ...options,
    csrf,
    limiter: createRateLimiter(options.feedbackRateLimit ?? { limit: 10, windowSeconds: 600 }),
    correlationIdOf: (req) => requestScopeOf(req, options.logger).correlationId,
    pages,
    notFound: (req, res) => sendPage(req, res, NOT_FOUND(), null),
  });

  const router = express.Router({ strict: true });
  router.use(securityHeaders(options.frameAncestors ?? "'self'"));
  router.get(
    '/',
    shared(() => Promise.resolve(indexPage(data.provinces()))),
  );
  router.get('/assets/:name', (req: Request<{ name: string }>, res: Response) => {
    const asset = ASSETS.get(req.params.name);
    if (!asset) return sendPage(req, res, NOT_FOUND(), null);
    res.setHeader('Content-Type', asset.contentType);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('ETag', asset.etag);
    if (req.headers['if-none-match'] === asset.etag) return void res.status(304).end();
    res.end(asset.body);
  });
  router.get('/feedback-token', (req: Request, res: Response) => {
    const issued = csrf.issue(cookieOf(req, CSRF_COOKIE));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Set-Cookie', csrfCookieHeader(issued.cookie, req.secure));
    res.json({ token: issued.token });
  });
  router.get('/:code', (req: Request<{ code: string }>, res: Response) => {
    if (!CODE.test(req.params.code)) return sendPage(req, res, NOT_FOUND(), null);
    res.redirect(301, homePath(req.params.code));
  });
  router.get(
    '/:code/',
    shared((req) => pages.home(String(req.params.code), emptyFormState(noticeOf(req)))),
  );
  router.get(
    '/:code/catalogue',
    shared((req) => pages.catalogue(String(req.params.code))),
  );
  router.get(
    '/:code/items/:itemId',
    shared((req) =>
      pages.item(String(req.params.code), String(req.params.itemId), emptyFormState(noticeOf(req))),
    ),
  );
  if (options.applications) {
    router.get(
      '/:code/applications/track',
      createTrackingHandler({
        applications: options.applications,
        limiter: createRateLimiter(options.feedbackRateLimit ?? { limit: 10, windowSeconds: 600 }),
      }),
    );
  }
  router.post('/:code/feedback', feedback.parseBody, feedback.onHome);
  router.post('/:code/items/:itemId/feedback', feedback.parseBody, feedback.onItem);
  router.use((req: Request, res: Response) => sendPage(req, res, NOT_FOUND(), null));
  router.use(feedback.onBodyError);
  return router;
};

export { PUBLIC_BASE };
