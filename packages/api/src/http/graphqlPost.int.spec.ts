import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../testing/testApi';
import { startTestApi } from '../testing/testApi';
import { testSchema } from '../testing/testSchema';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A POST to the API with exactly these bytes and headers: `chunked` sends the body without a
 * Content-Length, which keeps the request off the lean path and on express's.
 */
const post = (
  url: string,
  path: string,
  body: string | Buffer,
  headers: Record<string, string>,
  chunked = false,
): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const outgoing = request(
      `${url}${path}`,
      {
        method: 'POST',
        headers: chunked ? headers : { ...headers, 'content-length': String(bytes.length) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    if (chunked) outgoing.write(bytes);
    outgoing.end(chunked ? undefined : bytes);
  });

const JSON_TYPE = { 'content-type': 'application/json' };

const firstCode = (body: string): unknown =>
  (JSON.parse(body) as { errors: { extensions: { code: unknown } }[] }).errors[0]?.extensions.code;

describe('POST /graphql answers alike on the lean path and through express', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi({ schema: testSchema, limits: { maxBodyBytes: 4096 } });
    token = await api.token({ sub: 'p', tenant: '230000', tier: 'province', roles: ['admin'] });
  });
  afterAll(() => api.close());

  const both = async (body: string, headers: Record<string, string> = JSON_TYPE) => {
    const withAuth = { ...headers, authorization: `Bearer ${token}`, 'x-correlation-id': 'same-id' };
    return [
      await post(api.url, '/graphql', body, withAuth),
      await post(api.url, '/graphql', body, withAuth, true),
    ] as const;
  };

  it('a query gets the same status, body, content type and correlation id either way', async () => {
    const [lean, express] = await both(JSON.stringify({ query: '{ hello }' }));
    expect(lean.status).toBe(200);
    expect(JSON.parse(lean.body)).toEqual({ data: { hello: 'hello' } });
    for (const name of ['content-type', 'x-correlation-id'])
      expect(lean.headers[name]).toEqual(express.headers[name]);
    expect(lean.body).toBe(express.body);
  });

  it('a body that is not JSON, or JSON that is not an object, is BAD_REQUEST either way', async () => {
    for (const body of ['{ "query": ', '"{ hello }"', '42', 'null']) {
      const [lean, express] = await both(body);
      expect(lean.status, body).toBe(400);
      expect(express.status, body).toBe(400);
      expect(JSON.parse(lean.body), body).toEqual(JSON.parse(express.body));
      expect(firstCode(lean.body)).toBe('BAD_REQUEST');
      expect(lean.headers['x-correlation-id']).toBe('same-id');
    }
  });

  it('a UTF-8 byte order mark before the JSON is accepted, as body-parser does', async () => {
    const [lean, express] = await both(`\uFEFF${JSON.stringify({ query: '{ hello }' })}`);
    expect(lean.status).toBe(200);
    expect(lean.body).toBe(express.body);
  });

  it('GraphQL errors (parse, validation, unauthenticated) have the same shape either way', async () => {
    for (const query of ['{ hello', '{ nope }']) {
      const [lean, express] = await both(JSON.stringify({ query }));
      expect(lean.status, query).toBe(express.status);
      expect(lean.body, query).toBe(express.body);
    }
    const bad = { ...JSON_TYPE, authorization: 'Bearer not.a.token' };
    const lean = await post(api.url, '/graphql', JSON.stringify({ query: '{ hello }' }), bad);
    const express = await post(api.url, '/graphql', JSON.stringify({ query: '{ hello }' }), bad, true);
    expect(lean.status).toBe(express.status);
    expect(firstCode(lean.body)).toBe('UNAUTHENTICATED');
    expect(lean.body).toBe(express.body);
  });

  it('a body over the limit is refused with PAYLOAD_TOO_LARGE before it is read', async () => {
    const body = JSON.stringify({ query: `{ hello }${' '.repeat(5000)}` });
    const [lean, express] = await both(body);
    expect(lean.status).toBe(413);
    expect(firstCode(lean.body)).toBe('PAYLOAD_TOO_LARGE');
    expect(lean.body).toBe(express.body);
  });

  it('requests outside the plain shape still work through express: gzip, a query string, another charset', async () => {
    const query = JSON.stringify({ query: '{ hello }' });
    const auth = { authorization: `Bearer ${token}` };
    const gzipped = await post(api.url, '/graphql', gzipSync(query), {
      ...JSON_TYPE,
      ...auth,
      'content-encoding': 'gzip',
    });
    expect(JSON.parse(gzipped.body)).toEqual({ data: { hello: 'hello' } });
    const withQueryString = await post(api.url, '/graphql?x=1', query, { ...JSON_TYPE, ...auth });
    expect(JSON.parse(withQueryString.body)).toEqual({ data: { hello: 'hello' } });
    const latin1 = await post(api.url, '/graphql', query, {
      'content-type': 'application/json; charset=latin1',
      ...auth,
    });
    expect(latin1.status).toBe(415);
  });

  it('the lean path writes the access log line and the request metric as express did', async () => {
    const before = api.logs.length;
    await post(api.url, '/graphql', JSON.stringify({ query: '{ hello }' }), {
      ...JSON_TYPE,
      'x-correlation-id': 'logged-id',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const line = api.logs
      .slice(before)
      .find((entry) => entry['msg'] === 'request' && entry['correlationId'] === 'logged-id');
    expect(line).toMatchObject({ method: 'POST', route: '/graphql', status: 200 });
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(
      /gongkai_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/,
    );
  });
});
