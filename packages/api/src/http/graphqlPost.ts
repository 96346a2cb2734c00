import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { ErrorCode } from '../graphql/errors/codes';
import { observeAccess } from './accessLog';
import { bindCorrelation } from './correlation';
import { BAD_JSON_MESSAGE } from './errorResponses';
import type { ApiMetrics } from './metrics';

export interface GraphQLPostOptions {
  /** The GraphQL path, e.g. `/graphql`. */
  readonly endpoint: string;
  readonly maxBodyBytes: number;
  readonly metrics: ApiMetrics;
  readonly logger: Logger;
  /** Yoga's node listener: it takes the parsed body from `req.body`, as express.json leaves it. */
  readonly yoga: (req: IncomingMessage, res: ServerResponse) => unknown;
}

const PLAIN_JSON = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;

/**
 * The requests GraphQL clients send, and nothing else: POST to the exact endpoint, a JSON body in
 * UTF-8 whose length is announced and within the limit, not compressed. Anything else (a query
 * string, chunked or compressed bodies, other media types, oversized bodies) goes through express,
 * whose body parsers and error responses answer it as before.
 */
export const isPlainGraphQLPost = (
  req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  endpoint: string,
  maxBodyBytes: number,
): boolean => {
  if (req.method !== 'POST' || req.url !== endpoint) return false;
  const { headers } = req;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  if (headers['transfer-encoding'] !== undefined) return false;
  const type = headers['content-type'];
  if (type === undefined || !PLAIN_JSON.test(type)) return false;
  const length = Number(headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= maxBodyBytes;
};

// body-parser's strict mode: only an object or an array is a JSON body; a UTF-8 BOM is dropped.
const parseStrictJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /\S/.exec(body)?.[0];
  if (first !== '{' && first !== '[') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
};

const sendBadJson = (res: ServerResponse): void => {
  const body = JSON.stringify({
    errors: [{ message: BAD_JSON_MESSAGE, extensions: { code: ErrorCode.BAD_REQUEST } }],
  });
  res.writeHead(400, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
};

/**
 * POST /graphql without express: the same correlation id, access log and metrics, the same body
 * limit and JSON rules, then the one Yoga instance. Express's router, body parsers and request
 * decoration cost more CPU than the rest of a small GraphQL request; every other request (and every
 * GraphQL request outside the plain shape) is still express's. Returns false when it is not for it.
 */
export const graphqlPostHandler =
  (options: GraphQLPostOptions) =>
  (req: IncomingMessage, res: ServerResponse): boolean => {
    if (!isPlainGraphQLPost(req, options.endpoint, options.maxBodyBytes)) return false;
    bindCorrelation(req, res, options.logger);
    observeAccess(req, res, options.endpoint, options.metrics, options.logger);
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    });
    // A client that went away leaves nothing to answer.
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const parsed = parseStrictJson(Buffer.concat(chunks, received).toString('utf8'));
      if (!parsed.ok) return sendBadJson(res);
      (req as IncomingMessage & { body?: unknown }).body = parsed.value;
      void options.yoga(req, res);
    });
    return true;
  };
