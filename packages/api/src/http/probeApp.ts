import type { Express } from 'express';
import express from 'express';
import type { Logger } from 'pino';
import { correlation } from './correlation';
import { notFound } from './errorResponses';
import type { ApiMetrics } from './metrics';
import { createApiMetrics } from './metrics';
import type { ReadyProbe } from './probes';
import { probes } from './probes';

/**
 * `/healthz`, `/readyz` and `/metrics` alone, for the processes that serve no API (ingest,
 * project, relay): what an orchestrator probes and Prometheus scrapes.
 */
export const createProbeApp = (options: {
  ready: ReadyProbe;
  logger: Logger;
  readyTimeoutMs?: number;
  /** Figures of the process's own work in the Prometheus text format, appended to `/metrics`. */
  moreMetrics?: () => string;
}): { app: Express; metrics: ApiMetrics } => {
  const metrics = createApiMetrics();
  const app = express();
  app.disable('x-powered-by');
  app.use(correlation(options.logger));
  app.use(
    probes({
      ready: options.ready,
      readyTimeoutMs: options.readyTimeoutMs ?? 5000,
      metrics,
      logger: options.logger,
      ...(options.moreMetrics ? { moreMetrics: options.moreMetrics } : {}),
    }),
  );
  app.use(notFound);
  return { app, metrics };
};
