/**
 * A V8 CPU profile of a benchmark's server, summed by stage of a request: which layer the CPU went
 * to (node's HTTP, Yoga and the fetch API, graphql-js, our plugins, auth, logging and metrics, the
 * write core, the event store, projections, ...). Self time of native frames (JSON.parse, a socket
 * write) and of the SQLite driver counts for the nearest JavaScript caller's stage. `tsx test/bench/cpuProfileStages.ts <file>`
 * prints the table of a saved `.cpuprofile`.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// First match wins: more specific paths before the packages that contain them.
const STAGES: readonly [string, RegExp][] = [
  ['api: POST /graphql, correlation, access log', /packages\/api\/src\/http\//],
  ['api: auth (token cache, jose)', /packages\/api\/src\/auth\/|\/jose\//],
  ['api: GraphQL plugins, selection plans', /packages\/api\/src\/graphql\//],
  ['api: resolvers, views, read-your-writes', /packages\/api\/src\//],
  ['Yoga, fetch API, envelop', /graphql-yoga|@whatwg-node|@envelop|lru-cache/],
  ['graphql-js executor', /\/graphql@|@graphql-tools|\/graphql\//],
  [
    'express (other routes)',
    /\/express@|\/router@|body-parser|raw-body|parseurl|on-finished|type-is|path-to-regexp/,
  ],
  ['logging and metrics (pino, prom-client)', /pino|sonic-boom|prom-client/],
  ['write core and domain', /packages\/(command-handling|domain)\//],
  ['intake, bus, HMAC', /packages\/(ingest|messaging|platform)\/|node:crypto|node:internal\/crypto/],
  ['event store (SQLite)', /packages\/event-store\//],
  ['projections', /packages\/projections\//],
  ['relay', /packages\/bridge\//],
  ['zod', /\/zod@/],
  ['module loading (start-up)', /^node:internal\/modules|\/tsx@|esbuild/],
  ['node: HTTP, sockets, streams, timers', /^node:/],
];

// Native code and the SQLite driver count for their caller: a relay's checkpoint write (an fsync)
// is the relay's, a projection's commit the projection's.
const TRANSPARENT = /better-sqlite3/;

const stageOfUrl = (url: string): string | undefined =>
  url === '' || TRANSPARENT.test(url)
    ? undefined
    : (STAGES.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other JavaScript');

const UNATTRIBUTED = 'V8 and native, unattributed';
// A socket write is a syscall: on a busy machine the sampler also charges it the time the process
// was preempted when the write woke the client, so it is shown apart.
const SPECIAL = new Map([
  ['(garbage collector)', 'garbage collection'],
  ['(program)', UNATTRIBUTED],
  ['(root)', UNATTRIBUTED],
  ['runMicrotasks', UNATTRIBUTED],
  ['writev', 'socket writes (syscalls)'],
  ['writeUtf8String', 'socket writes (syscalls)'],
  ['writeBuffer', 'socket writes (syscalls)'],
  ['writeString', 'socket writes (syscalls)'],
]);

/** Milliseconds of CPU (idle excluded) per stage, largest first. */
export const stagesOf = (profile: CpuProfile): { stage: string; ms: number }[] => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stageOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const parent = parentOf.get(id);
    const stage =
      SPECIAL.get(node.callFrame.functionName) ??
      stageOfUrl(node.callFrame.url) ??
      (parent === undefined ? UNATTRIBUTED : resolve(parent));
    stageOf.set(id, stage);
    return stage;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    const stage = resolve(id);
    totals.set(stage, (totals.get(stage) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals].map(([stage, ms]) => ({ stage, ms })).sort((a, b) => b.ms - a.ms);
};

/** The table of `stagesOf`, in µs per request when `requests` is given. */
export const printStages = (title: string, profile: CpuProfile, requests: number): void => {
  const stages = stagesOf(profile);
  const total = stages.reduce((sum, { ms }) => sum + ms, 0);
  console.log(`\n${title}: ${Math.round((total * 1000) / requests)} µs of profiled CPU per request`);
  console.log('stage | µs/request | share');
  for (const { stage, ms } of stages)
    console.log(`${stage} | ${Math.round((ms * 1000) / requests)} | ${((100 * ms) / total).toFixed(1)}%`);
};

if (process.argv[1]?.endsWith('cpuProfileStages.ts') && process.argv[2] !== undefined) {
  const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as CpuProfile;
  printStages(process.argv[2], profile, 1);
}
