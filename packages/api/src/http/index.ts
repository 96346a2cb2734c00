export { buildApp } from './buildApp';
export { createProbeApp } from './probeApp';
export type { BuildAppOptions, GongkaiApp } from './buildApp';
export { CORRELATION_HEADER, requestScopeOf } from './correlation';
export { listen } from './listen';
export type { RunningServer } from './listen';
export { createApiMetrics } from './metrics';
export type { ApiMetrics } from './metrics';
export type { ReadyProbe, ReadyReport } from './probes';
