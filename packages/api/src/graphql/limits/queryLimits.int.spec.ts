import { getIntrospectionQuery } from '../graphqlJs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../testing/testApi';
import { startTestApi } from '../../testing/testApi';
import { testSchema } from '../../testing/testSchema';

const PROVINCE = { sub: 'hlj-admin', tenant: '230000', tier: 'province', roles: ['admin'] } as const;

const nested = (depth: number): string =>
  `{ root { ${'child { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;

describe('query limits', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi({ schema: testSchema });
    token = await api.token(PROVINCE);
  });
  afterAll(() => api.close());

  it('a query as deep as the limit runs; one level more is QUERY_TOO_DEEP', async () => {
    const { maxDepth } = api.app.limits;
    expect((await api.graphql(nested(maxDepth), { token })).body.errors).toBeUndefined();
    const refused = await api.graphql(nested(maxDepth + 1), { token });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_DEEP',
      limit: 'depth',
      actual: maxDepth + 1,
      max: maxDepth,
    });
  });

  it('depth hidden in fragments is counted', async () => {
    const query = `query { root { ...A } } fragment A on Node { child { ...B } } fragment B on Node { ${'child { '.repeat(12)}name${' }'.repeat(12)} }`;
    expect((await api.graphql(query, { token })).body.errors?.[0]?.extensions?.['code']).toBe(
      'QUERY_TOO_DEEP',
    );
  });

  it('a page of nested lists is priced by its page sizes: QUERY_TOO_COSTLY', async () => {
    const cheap = '{ nodes(first: 10) { name children(first: 5) { name } } }';
    expect((await api.graphql(cheap, { token })).body.errors).toBeUndefined();
    const query =
      'query ($n: Int) { nodes(first: $n) { children(first: 100) { children(first: 100) { name } } } }';
    const refused = await api.graphql(query, { token, variables: { n: 50 } });
    expect(refused.status).toBe(400);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      max: api.app.limits.maxCost,
    });
  });

  it('a document priced once for one page size is priced again for another: the cost cache keys on the page-size variables', async () => {
    const query =
      'query ($n: Int, $named: Boolean!) { nodes(first: $n) { children(first: 30) { children(first: 30) { name @include(if: $named) } } } }';
    const small = { n: 1, named: true };
    expect((await api.graphql(query, { token, variables: small })).body.errors).toBeUndefined();
    const refused = await api.graphql(query, { token, variables: { n: 50, named: true } });
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COSTLY');
    // Another value of a variable the cost does not read is priced as the cached one.
    expect(
      (await api.graphql(query, { token, variables: { ...small, named: false } })).body.errors,
    ).toBeUndefined();
    const again = await api.graphql(query, { token, variables: { n: 50, named: false } });
    expect(again.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COSTLY');
  });

  it('list fields without a page size count the default page size', async () => {
    const query = `{ nodes { children { children { children { name } } } } }`;
    expect((await api.graphql(query, { token })).body.errors?.[0]?.extensions?.['code']).toBe(
      'QUERY_TOO_COSTLY',
    );
  });

  it('too many aliases are refused with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: api.app.limits.maxAliases + 1 }, (_, i) => `a${i}: hello`).join(' ');
    const refused = await api.graphql(`{ ${aliases} }`, { token });
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_ALIASES');
  });

  it('a document with too many tokens is refused before parsing: QUERY_TOO_LARGE', async () => {
    const refused = await api.graphql(`{ ${'hello '.repeat(api.app.limits.maxTokens)} }`, { token });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_LARGE');
  });

  it('the standard introspection query (GraphiQL, codegen) passes the limits in development', async () => {
    const development = await startTestApi({ schema: testSchema, development: true });
    try {
      const result = await development.graphql(getIntrospectionQuery(), {
        token: await development.token(PROVINCE),
      });
      expect(result.body.errors).toBeUndefined();
    } finally {
      await development.close();
    }
  });

  it('a syntax error has GRAPHQL_PARSE_FAILED and a validation error GRAPHQL_VALIDATION_FAILED', async () => {
    expect((await api.graphql('{ hello', { token })).body.errors?.[0]?.extensions?.['code']).toBe(
      'GRAPHQL_PARSE_FAILED',
    );
    expect((await api.graphql('{ nope }', { token })).body.errors?.[0]?.extensions?.['code']).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('variables nested 20,000 deep get HTTP 400 VARIABLES_TOO_DEEP, logged without an error or a stack', async () => {
    const body = `{"query":"query ($v: Int) { hello }","variables":{"v":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`;
    const logged = api.logs.length;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: { extensions: unknown }[] };
    expect(errors[0]?.extensions).toEqual({
      code: 'VARIABLES_TOO_DEEP',
      limit: 'variableDepth',
      actual: null,
      max: api.app.limits.maxVariableDepth,
    });
    const lines = api.logs.slice(logged);
    expect(lines.filter((line) => (line['level'] as number) >= 50)).toEqual([]);
    expect(JSON.stringify(lines)).not.toContain('Maximum call stack');
  });

  it('variables as deep as the limit still run', async () => {
    let deep: unknown = 1;
    for (let level = 0; level < api.app.limits.maxVariableDepth; level++) deep = { level: deep };
    const result = await api.graphql('query ($v: Int) { hello }', { token, variables: { v: 1, deep } });
    expect(result.body.errors?.[0]?.extensions?.['code']).not.toBe('VARIABLES_TOO_DEEP');
  });

  it('a 2 MB body gets HTTP 413 with a JSON error', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: expect.stringContaining('100000 bytes') as unknown,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  it('a large body of another content type is bounded too', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/graphql' },
      body: `{ ${'hello '.repeat(400_000)} }`,
    });
    expect(response.status).toBe(413);
  });

  it('a body that is not JSON gets HTTP 400 BAD_REQUEST', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0]?.extensions).toEqual({
      code: 'BAD_REQUEST',
    });
  });
});
