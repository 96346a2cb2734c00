import type { Counter, Histogram } from 'prom-client';
import client from 'prom-client';
import type { OperationObservation } from '../graphql/observability';

export interface ApiMetrics {
  readonly registry: client.Registry;
  observeRequest(labels: { method: string; route: string; status: number }, seconds: number): void;
  observeOperation(observation: OperationObservation): void;
}

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const LABEL = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_DISTINCT_LABELS = 200;

/** Client-chosen label values (operation names, codes) are sanitized and capped: no unbounded series. */
const boundedLabel =
  (seen: Set<string>) =>
  (value: string): string => {
    if (!LABEL.test(value)) return 'invalid';
    if (seen.has(value)) return value;
    if (seen.size >= MAX_DISTINCT_LABELS) return 'other';
    seen.add(value);
    return value;
  };

// Several apps may share one registry (the embedded platform runs everything in one process).
const metric = <T>(registry: client.Registry, name: string, create: () => T): T =>
  (registry.getSingleMetric(name) as T | undefined) ?? create();

/**
 * The API's Prometheus metrics. Without a registry, creates one with the default process metrics;
 * with one, registers into it (the caller decides about default metrics).
 */
export const createApiMetrics = (shared?: client.Registry): ApiMetrics => {
  const registry = shared ?? new client.Registry();
  if (shared === undefined) client.collectDefaultMetrics({ register: registry });
  const requests: Histogram<'method' | 'route' | 'status'> = metric(
    registry,
    'gongkai_http_request_duration_seconds',
    () =>
      new client.Histogram({
        name: 'gongkai_http_request_duration_seconds',
        help: 'HTTP request duration by route and status.',
        labelNames: ['method', 'route', 'status'] as const,
        buckets: DURATION_BUCKETS,
        registers: [registry],
      }),
  );
  const operations: Counter<'operation' | 'code'> = metric(
    registry,
    'gongkai_graphql_operations_total',
    () =>
      new client.Counter({
        name: 'gongkai_graphql_operations_total',
        help: 'GraphQL operations by operation name and first error code (none: no error).',
        labelNames: ['operation', 'code'] as const,
        registers: [registry],
      }),
  );
  const operationDurations: Histogram<'operation' | 'code'> = metric(
    registry,
    'gongkai_graphql_operation_duration_seconds',
    () =>
      new client.Histogram({
        name: 'gongkai_graphql_operation_duration_seconds',
        help: 'GraphQL operation duration by operation name and first error code.',
        labelNames: ['operation', 'code'] as const,
        buckets: DURATION_BUCKETS,
        registers: [registry],
      }),
  );
  const operationLabel = boundedLabel(new Set());
  const codeLabel = boundedLabel(new Set());
  return {
    registry,
    observeRequest: ({ method, route, status }, seconds) =>
      requests.observe({ method, route, status: String(status) }, seconds),
    observeOperation: ({ operation, code, seconds }) => {
      const labels = { operation: operationLabel(operation), code: codeLabel(code) };
      operations.inc(labels);
      operationDurations.observe(labels, seconds);
    },
  };
};
