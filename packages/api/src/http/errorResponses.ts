import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../graphql/errors/codes';
import { UNEXPECTED_ERROR_MESSAGE } from '../graphql/errors/maskError';
import { requestScopeOf } from './correlation';

export const BAD_JSON_MESSAGE = 'The request body is not valid JSON.';

const send = (res: Response, status: number, code: string, message: string): void => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/** JSON 404 for paths the app does not serve. */
export const notFound = (req: Request, res: Response): void => {
  send(
    res,
    404,
    ErrorCode.NOT_FOUND,
    `Nothing is served at ${req.method} ${req.path}; GraphQL is at POST /graphql.`,
  );
};

const statusOf = (error: unknown): number | undefined => {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const candidate = typeof status === 'number' ? status : statusCode;
  return typeof candidate === 'number' ? candidate : undefined;
};

/**
 * Errors raised before GraphQL (body parsing, mostly) as JSON in the GraphQL error shape. Client
 * errors say what to fix; anything else is logged and masked.
 */
export const errorResponses =
  (logger: Logger, maxBodyBytes: number) =>
  (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const status = statusOf(error);
    const type = (error as { type?: unknown } | null)?.type;
    if (status === 413) {
      send(
        res,
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The request body is larger than ${maxBodyBytes} bytes; send a smaller query or variables.`,
      );
    } else if (type === 'entity.parse.failed') {
      send(res, 400, ErrorCode.BAD_REQUEST, BAD_JSON_MESSAGE);
    } else if (status !== undefined && status >= 400 && status < 500) {
      send(
        res,
        status,
        ErrorCode.BAD_REQUEST,
        'The request could not be read; send a JSON body with a GraphQL query.',
      );
    } else {
      requestScopeOf(req, logger).logger.error({ err: error }, 'request failed before GraphQL');
      send(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, UNEXPECTED_ERROR_MESSAGE);
    }
  };
