import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadyReport } from './probes';
import type { TestApi } from '../testing/testApi';
import { startTestApi } from '../testing/testApi';
import { testSchema } from '../testing/testSchema';

describe('operations endpoints', () => {
  let api: TestApi;
  let readiness: ReadyReport = { ready: false, details: { projections: { catalogue: { lag: 1200 } } } };
  beforeAll(async () => {
    api = await startTestApi({ schema: testSchema, ready: () => readiness });
  });
  afterAll(() => api.close());

  it('/healthz answers while the process is up', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz reports the injected probe: 503 while not ready, 200 once ready', async () => {
    const notReady = await fetch(`${api.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      ready: false,
      details: { projections: { catalogue: { lag: 1200 } } },
    });
    readiness = { ready: true, details: { projections: { catalogue: { lag: 0 } } } };
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true });
  });

  it('/metrics exposes process, HTTP and GraphQL operation metrics', async () => {
    const token = await api.token({ sub: 'p', tenant: '230000', tier: 'province', roles: ['admin'] });
    await api.graphql('query Greeting { hello }', { token });
    await api.graphql('query Failing { boom }', { token });
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toMatch(
      /gongkai_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/,
    );
    expect(text).toContain('gongkai_graphql_operations_total{operation="Greeting",code="none"} 1');
    expect(text).toContain(
      'gongkai_graphql_operations_total{operation="Failing",code="INTERNAL_SERVER_ERROR"} 1',
    );
    expect(text).toContain('gongkai_graphql_operation_duration_seconds_bucket');
  });

  it('operation names from strangers never become labels: 230 made-up names leave the real ones labelled', async () => {
    const token = await api.token({ sub: 'p', tenant: '230000', tier: 'province', roles: ['admin'] });
    await api.graphql('query KnownBeforeFlood { hello }', { token });
    for (let n = 0; n < 230; n++) {
      const name = `Random_${n}_${Math.random().toString(36).slice(2)}`;
      await api.graphql(`query ${name} { hello }`);
      if (n % 10 === 0) await api.graphql(`query ${name}Broken { hello`, { token });
    }
    await api.graphql('query RealAfterFlood { hello }', { token });
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).not.toContain('Random_');
    expect(text).toMatch(
      /gongkai_graphql_operations_total\{operation="unauthenticated",code="[A-Za-z_]+"\} 230/,
    );
    expect(text).toContain('gongkai_graphql_operations_total{operation="KnownBeforeFlood",code="none"} 1');
    expect(text).toContain('gongkai_graphql_operations_total{operation="RealAfterFlood",code="none"} 1');
    expect(text).not.toContain('operation="other"');
  });

  it("one authenticated caller's 300 made-up names cannot push a real operation out of its label", async () => {
    const metrics = await startTestApi({ schema: testSchema });
    try {
      const token = (sub: string) =>
        metrics.token({ sub, tenant: '230000', tier: 'province', roles: ['admin'] });
      const noisy = await token('noisy');
      const clerk = await token('clerk');
      await metrics.graphql('query KnownBeforeNoise { hello }', { token: clerk });
      for (let n = 0; n < 300; n++)
        await metrics.graphql(`query Noise_${n}_${Math.random().toString(36).slice(2)} { hello }`, {
          token: noisy,
        });
      // A real operation the noisy caller happens to send too, past its own share.
      await metrics.graphql('query SharedReal { hello }', { token: noisy });
      await metrics.graphql('query SharedReal { hello }', { token: clerk });
      await metrics.graphql('query RealAfterNoise { hello }', { token: clerk });
      const text = await (await fetch(`${metrics.url}/metrics`)).text();
      const noiseLabels = text.match(/^gongkai_graphql_operations_total\{operation="Noise_/gm) ?? [];
      expect(noiseLabels.length).toBe(20);
      expect(text).toContain('gongkai_graphql_operations_total{operation="other",code="none"} 281');
      expect(text).toContain('gongkai_graphql_operations_total{operation="KnownBeforeNoise",code="none"} 1');
      expect(text).toContain('gongkai_graphql_operations_total{operation="RealAfterNoise",code="none"} 1');
      expect(text).toContain('gongkai_graphql_operations_total{operation="SharedReal",code="none"} 1');
    } finally {
      await metrics.close();
    }
  });

  it('echoes a sane x-correlation-id, replaces a bad one, and logs with it', async () => {
    const echoed = await fetch(`${api.url}/healthz`, { headers: { 'x-correlation-id': 'req-42' } });
    expect(echoed.headers.get('x-correlation-id')).toBe('req-42');
    const replaced = await fetch(`${api.url}/healthz`, {
      headers: { 'x-correlation-id': 'bad id\twith spaces' },
    });
    expect(replaced.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    const generated = await api.graphql('{ hello }');
    const id = generated.headers.get('x-correlation-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.logs).toContainEqual(
      expect.objectContaining({ correlationId: id, msg: 'request', route: '/graphql' }),
    );
  });

  it('unknown paths get a JSON 404', async () => {
    const response = await fetch(`${api.url}/wp-admin`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0]?.extensions).toEqual({
      code: 'NOT_FOUND',
    });
  });

  it('GraphiQL is served only in development', async () => {
    const production = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await production.text()).not.toContain('<html');
    const development = await startTestApi({ schema: testSchema, development: true });
    try {
      const page = await fetch(`${development.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('GraphiQL');
    } finally {
      await development.close();
    }
  });

  it('answers introspection only in development; production clients use the committed SDL', async () => {
    const token = await api.token({ sub: 'p', tenant: '230000', tier: 'province', roles: ['admin'] });
    const production = await api.graphql('{ __schema { queryType { name } } }', { token });
    expect(production.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const development = await startTestApi({ schema: testSchema, development: true });
    try {
      const answered = await development.graphql('{ __schema { queryType { name } } }', {
        token: await development.token({ sub: 'p', tenant: '230000', tier: 'province', roles: ['admin'] }),
      });
      expect(answered.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await development.close();
    }
  });
});
