import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { requestScopeOf } from './correlation';
import type { ApiMetrics } from './metrics';

export const ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', '/public'] as const;
const QUIET_ROUTES = new Set<string>(['/healthz', '/readyz', '/metrics']);

// A fixed set of route labels: a scanner probing random paths must not create metric series.
// The public pages are one label: each of their many URLs is not a route of its own.
const routeOf = (path: string): string =>
  path === '/public' || path.startsWith('/public/')
    ? '/public'
    : ((ROUTES as readonly string[]).find((route) => route === path) ?? 'unmatched');

/** Times the request under `route` for `/metrics` and writes its access-log line once it is answered. */
export const observeAccess = (
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
  metrics: ApiMetrics,
  logger: Logger,
): void => {
  const startedAt = performance.now();
  res.on('finish', () => {
    const seconds = (performance.now() - startedAt) / 1000;
    const method = req.method ?? 'GET';
    metrics.observeRequest({ method, route, status: res.statusCode }, seconds);
    const line = { method, route, status: res.statusCode, durationMs: Math.round(seconds * 1000) };
    const requestLogger = requestScopeOf(req, logger).logger;
    if (QUIET_ROUTES.has(route)) requestLogger.debug(line, 'request');
    else requestLogger.info(line, 'request');
  });
};

/** Times every request for `/metrics` and writes one access-log line (probes at debug level). */
export const accessLog =
  (metrics: ApiMetrics, logger: Logger) =>
  (req: Request, res: Response, next: NextFunction): void => {
    observeAccess(req, res, routeOf(req.path), metrics, logger);
    next();
  };
