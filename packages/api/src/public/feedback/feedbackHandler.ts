import type { CommandOutcome } from '@gongkai/command-handling';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import type { TenantDirectory } from '@gongkai/domain';
import type { Logger } from 'pino';
import type { CommandGateway } from '../../gateway/commandGateway';
import { renderedPage } from '../cache/renderCache';
import type { SafeHtml } from '../html/escape';
import { homePath, itemPath } from '../pages/paths';
import { messagePage } from '../pages/simplePages';
import { cookieOf, sendPage } from '../respond';
import { csrfCookieHeader } from './csrfCookie';
import type { CsrfTokens } from './csrfTokens';
import { CSRF_COOKIE } from './csrfTokens';
import type { FeedbackSubject } from './feedbackEnvelope';
import { feedbackEnvelope } from './feedbackEnvelope';
import type { FeedbackFormState } from './formState';
import { feedbackOutcomeOf } from './gatewayOutcome';
import type { RateLimiter } from './rateLimiter';
import { validateFeedback } from './validateFeedback';

type PageRender = Promise<SafeHtml | null>;

export interface FeedbackHandlerOptions {
  gateway: CommandGateway;
  directory: TenantDirectory;
  now: () => Date;
  newMessageId: () => string;
  logger: Logger;
  csrf: CsrfTokens;
  limiter: RateLimiter;
  correlationIdOf: (req: Request) => string;
  pages: {
    home(code: string, form: FeedbackFormState): PageRender;
    item(code: string, itemId: string, form: FeedbackFormState): PageRender;
  };
  notFound: (req: Request, res: Response) => void;
}

/** A form is a few hundred bytes; anything far larger is not a citizen filling it in. */
const BODY_LIMIT = '16kb';

const MESSAGES = {
  forgery: '为确认是您本人提交，请再次点击“提交评价”。',
  tooMany: (minutes: number) => `提交过于频繁，请 ${minutes} 分钟后再试。`,
  failed: '系统暂时无法受理您的评价，您填写的内容已保留，请稍后再试。',
  tooLarge: '提交的内容过长，请精简后再试。',
};

/** The submitted strings, kept to show them again (escaped) when the form comes back. */
const valuesOf = (body: Record<string, unknown>): FeedbackFormState['values'] => {
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2_000) : undefined);
  const satisfaction = text(body.satisfaction);
  const comment = text(body.comment);
  return { ...(satisfaction ? { satisfaction } : {}), ...(comment ? { comment } : {}) };
};

interface Target {
  subject: FeedbackSubject;
  pagePath: string;
  render: (form: FeedbackFormState) => PageRender;
}

/**
 * POST of a feedback form: rate limit, anti-forgery check, validation, then the gateway with the
 * public actor's envelope. "Received" is said only after the gateway resolved (or said pending);
 * every other answer gives the form back, for this client only, with what was typed kept.
 */
export const createFeedbackHandler = (options: FeedbackHandlerOptions) => {
  const { csrf, limiter, pages } = options;

  const formBack = async (
    req: Request,
    res: Response,
    target: Target,
    status: number,
    form: FeedbackFormState,
  ) => {
    const issued = csrf.issue(cookieOf(req, CSRF_COOKIE));
    const page = await target.render({ ...form, token: issued.token });
    res.setHeader('Set-Cookie', csrfCookieHeader(issued.cookie, req.secure));
    sendPage(req, res, renderedPage(status, page?.value ?? ''), null);
  };

  const submit = async (req: Request, res: Response, target: Target | null) => {
    if (target === null) return options.notFound(req, res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = valuesOf(body);
    const limited = limiter.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (!limited.allowed) {
      res.setHeader('Retry-After', String(limited.retryAfterSeconds));
      const minutes = Math.max(1, Math.ceil(limited.retryAfterSeconds / 60));
      return formBack(req, res, target, 429, { values, errors: {}, formError: MESSAGES.tooMany(minutes) });
    }
    if (!csrf.verify(cookieOf(req, CSRF_COOKIE), body.csrf)) {
      return formBack(req, res, target, 403, { values, errors: {}, formError: MESSAGES.forgery });
    }
    const validation = validateFeedback(body);
    if (!validation.ok) return formBack(req, res, target, 422, { values, errors: validation.errors });

    const messageId = options.newMessageId();
    const envelope = feedbackEnvelope(target.subject, validation.input, {
      messageId,
      now: options.now(),
      correlationId: options.correlationIdOf(req),
    });
    // A gateway that throws instead of rejecting is answered the same way.
    const settled = await Promise.resolve()
      .then(() => options.gateway.send(envelope))
      .then(
        (value): PromiseSettledResult<CommandOutcome> => ({ status: 'fulfilled', value }),
        (reason: unknown): PromiseSettledResult<CommandOutcome> => ({ status: 'rejected', reason }),
      );
    const outcome = feedbackOutcomeOf(settled);
    switch (outcome.kind) {
      case 'received':
      case 'pending':
        return res.redirect(303, `${target.pagePath}?feedback=${outcome.kind}#feedback`);
      case 'refused':
        return formBack(req, res, target, 422, { values, errors: {}, formError: outcome.message });
      case 'failed':
        options.logger.error(
          { err: settled.status === 'rejected' ? settled.reason : undefined, messageId },
          'public feedback not stored',
        );
        return formBack(req, res, target, 503, { values, errors: {}, formError: MESSAGES.failed });
    }
  };

  const unitOf = (code: string) => {
    const unit = options.directory.get(code);
    return unit && unit.tier !== 'national' ? unit : undefined;
  };

  return {
    parseBody: express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 20 }),
    onHome: (async (req: Request<{ code: string }>, res: Response) => {
      const { code } = req.params;
      const unit = unitOf(code);
      const probe = unit && (await pages.home(code, { values: {}, errors: {} }));
      // Only a pilot county's home has a form: the feedback is on its pilot.
      const hasForm = unit?.tier === 'county' && unit.pilotLevel !== null && probe;
      await submit(
        req,
        res,
        hasForm
          ? { subject: { unit }, pagePath: homePath(code), render: (form) => pages.home(code, form) }
          : null,
      );
    }) as RequestHandler<{ code: string }>,
    onItem: (async (req: Request<{ code: string; itemId: string }>, res: Response) => {
      const { code, itemId } = req.params;
      const unit = unitOf(code);
      const exists = unit && (await pages.item(code, itemId, { values: {}, errors: {} }));
      await submit(
        req,
        res,
        exists
          ? {
              subject: { unit, itemId },
              pagePath: itemPath(code, itemId),
              render: (form) => pages.item(code, itemId, form),
            }
          : null,
      );
    }) as RequestHandler<{ code: string; itemId: string }>,
    /** A body too large or malformed gets a page in Chinese, not the API's JSON error. */
    onBodyError: (error: unknown, req: Request, res: Response, next: NextFunction) => {
      const status = (error as { status?: unknown }).status;
      if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
      sendPage(req, res, renderedPage(status, messagePage('无法受理', MESSAGES.tooLarge).value), null);
    },
  };
};
