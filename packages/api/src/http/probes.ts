import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Logger } from 'pino';
import { requestScopeOf } from './correlation';
import type { ApiMetrics } from './metrics';

export interface ReadyReport {
  readonly ready: boolean;
  /** Shown as is on /readyz, e.g. projection lag per projector. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export type ReadyProbe = () => ReadyReport | Promise<ReadyReport>;

const withTimeout = async (probe: ReadyProbe, timeoutMs: number): Promise<ReadyReport> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`readiness probe took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([Promise.resolve().then(probe), timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/** `/healthz` (the process answers), `/readyz` (the injected probe), `/metrics` (Prometheus). */
export const probes = (options: {
  ready: ReadyProbe;
  readyTimeoutMs: number;
  metrics: ApiMetrics;
  logger: Logger;
  /** More figures in the Prometheus text format, appended to the registry's (e.g. the intake's). */
  moreMetrics?: () => string;
}): Router => {
  const router = express.Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.status(200).json({ status: 'ok' });
  });
  router.get('/readyz', async (req: Request, res: Response) => {
    try {
      const report = await withTimeout(options.ready, options.readyTimeoutMs);
      res.status(report.ready ? 200 : 503).json({ ready: report.ready, details: report.details ?? {} });
    } catch (error) {
      requestScopeOf(req, options.logger).logger.error({ err: error }, 'readiness probe failed');
      res.status(503).json({ ready: false, details: { error: 'readiness probe failed; see the logs' } });
    }
  });
  router.get('/metrics', async (_req: Request, res: Response) => {
    res.setHeader('Content-Type', options.metrics.registry.contentType);
    const more = options.moreMetrics?.() ?? '';
    res.status(200).send(`${await options.metrics.registry.metrics()}${more === '' ? '' : `\n${more}`}`);
  });
  return router;
};
