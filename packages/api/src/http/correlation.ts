import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { RequestScope } from '../graphql/server';

export const CORRELATION_HEADER = 'x-correlation-id';

// Echoed into headers and logs: anything else (too long, control characters) is replaced.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

const scopes = new WeakMap<IncomingMessage, RequestScope>();

/** The correlation id and child logger of a request that went through `correlation()`. */
export const requestScopeOf = (req: IncomingMessage, fallback: Logger): RequestScope => {
  const known = scopes.get(req);
  if (known !== undefined) return known;
  const correlationId = randomUUID();
  const scope = { correlationId, logger: fallback.child({ correlationId }) };
  scopes.set(req, scope);
  return scope;
};

/** Takes `x-correlation-id` (or makes one), echoes it, and binds a child logger to it. */
export const bindCorrelation = (req: IncomingMessage, res: ServerResponse, logger: Logger): void => {
  const offered = req.headers[CORRELATION_HEADER];
  const correlationId = typeof offered === 'string' && ACCEPTABLE.test(offered) ? offered : randomUUID();
  scopes.set(req, { correlationId, logger: logger.child({ correlationId }) });
  res.setHeader(CORRELATION_HEADER, correlationId);
};

/** `bindCorrelation` as express middleware. */
export const correlation =
  (logger: Logger) =>
  (req: Request, res: Response, next: NextFunction): void => {
    bindCorrelation(req, res, logger);
    next();
  };
