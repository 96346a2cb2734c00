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
/** New operation labels one principal may introduce on its own (a name two principals sent needs none). */
const LABELS_PER_PRINCIPAL = 20;
/** Names waiting for a second principal, least recently sent dropped first. */
const MAX_CANDIDATES = 1024;
/** The observability plugin's own names: always labels. */
const FIXED_OPERATIONS = ['anonymous', 'unauthenticated', 'unvalidated', 'invalid', 'other'];

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

/**
 * Operation names are chosen by authenticated callers, so one caller must not fill the labels with
 * made-up names and leave the real operations under `other`. A name becomes a label when a second
 * principal sends it, or while its first principal has introduced fewer than LABELS_PER_PRINCIPAL
 * labels; a label, once given, is never taken back.
 */
const operationLabels = () => {
  const labels = new Set(FIXED_OPERATIONS);
  const introducedBy = new Map<string, number>(); // at most MAX_DISTINCT_LABELS entries
  const firstSender = new Map<string, string>(); // name → principal, in order of last use
  return (name: string, principal: string | undefined): string => {
    if (!LABEL.test(name)) return 'invalid';
    if (labels.has(name)) return name;
    if (principal === undefined || labels.size >= MAX_DISTINCT_LABELS + FIXED_OPERATIONS.length)
      return 'other';
    const first = firstSender.get(name);
    firstSender.delete(name);
    const introduced = introducedBy.get(principal) ?? 0;
    if (first !== undefined && first !== principal) {
      labels.add(name);
      return name;
    }
    if (introduced < LABELS_PER_PRINCIPAL) {
      introducedBy.set(principal, introduced + 1);
      labels.add(name);
      return name;
    }
    firstSender.set(name, principal);
    if (firstSender.size > MAX_CANDIDATES) firstSender.delete(firstSender.keys().next().value as string);
    return 'other';
  };
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
  const operationLabel = operationLabels();
  const codeLabel = boundedLabel(new Set());
  return {
    registry,
    observeRequest: ({ method, route, status }, seconds) =>
      requests.observe({ method, route, status: String(status) }, seconds),
    observeOperation: ({ operation, principal, code, seconds }) => {
      const labels = { operation: operationLabel(operation, principal), code: codeLabel(code) };
      operations.inc(labels);
      operationDurations.observe(labels, seconds);
    },
  };
};
