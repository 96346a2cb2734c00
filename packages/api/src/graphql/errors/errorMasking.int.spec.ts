import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../testing/testApi';
import { startTestApi } from '../../testing/testApi';
import { testSchema } from '../../testing/testSchema';

const PROVINCE = { sub: 'hlj-admin', tenant: '230000', tier: 'province', roles: ['admin'] } as const;

describe('error masking', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi({ schema: testSchema });
    token = await api.token(PROVINCE);
  });
  afterAll(() => api.close());

  it('an unexpected exception reaches the client as INTERNAL_SERVER_ERROR, without internals', async () => {
    const result = await api.graphql('{ hello boom }', { token, headers: { 'x-correlation-id': 'boom-1' } });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      data: { hello: 'hello', boom: null },
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 9 }],
          path: ['boom'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(result.text).not.toMatch(/10\.0\.0\.7|gongkai_admin|stack|at .*\.ts/);
  });

  it('the real error is logged with the request correlation id', async () => {
    await api.graphql('query Exploding { boom }', { token, headers: { 'x-correlation-id': 'boom-2' } });
    const line = api.logs.find((entry) => entry['correlationId'] === 'boom-2' && entry['level'] === 50);
    expect(line).toMatchObject({
      operation: 'Exploding',
      path: ['boom'],
      msg: 'GraphQL operation failed unexpectedly',
    });
    expect(JSON.stringify(line?.['err'])).toContain('10.0.0.7:5432');
  });

  it('system errors with codes (ENOENT) stay masked', async () => {
    const result = await api.graphql('{ systemFailure }', { token });
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(result.text).not.toContain('/srv/gongkai');
  });

  it('domain errors keep their code and their message, which is written for clients', async () => {
    const result = await api.graphql('{ domainFailure }', { token });
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'The standard of item 2301-07 lacks its time limit (时限); add it and publish again.',
      extensions: { code: 'STANDARD_INCOMPLETE' },
    });
  });

  it('an unexpected failure before execution is masked with HTTP 500', async () => {
    const failing = await startTestApi({
      schema: testSchema,
      context: () => {
        throw new Error('read model pool exhausted at mongodb://admin:pw@10.0.0.9');
      },
    });
    try {
      const result = await failing.graphql('{ hello }', { token: await failing.token(PROVINCE) });
      expect(result.status).toBe(500);
      expect(result.body.errors).toEqual([
        { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(result.text).not.toContain('mongodb');
    } finally {
      await failing.close();
    }
  });
});
