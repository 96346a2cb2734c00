/**
 * The server of the public-pages benchmark, in a child process of its own so the load generator
 * never shares its event loop: the platform exactly as `gongkai start` runs it (`startPlatform`,
 * production mode) over a data folder seeded with the Heilongjiang pilot. It reports its URL over
 * IPC, its CPU time on `cpu`, and stops on `stop`.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { answerParent, controlChild } from './childServer';

const SCRIPT = fileURLToPath(import.meta.url);

export interface PublicServerOptions {
  dataDir: string;
  logLevel: string;
  /** Also issue a bearer token of this principal (signed with the data folder's key). */
  token?: { tenant: string; role: string[] };
}

export interface RunningPublicServer {
  url: string;
  /** The token asked for in the options. */
  token?: string;
  /** CPU time the server has used so far (user + system), µs. */
  cpuMicros(): Promise<number>;
  /** Runs `work` with the server's CPU profiler on (see `controlChild`). */
  profiled: ReturnType<typeof controlChild>['profiled'];
  stop(): Promise<void>;
}

type FromServer = { url: string; token?: string };

const serve = async (options: PublicServerOptions): Promise<void> => {
  const platform = await import('@gongkai/platform');
  const config = platform.loadConfig({
    ...process.env,
    GONGKAI_DATA_DIR: options.dataDir,
    LOG_LEVEL: options.logLevel,
    NODE_ENV: 'production',
  });
  const running = await platform.startPlatform(config, { port: 0, seed: true });
  const token = options.token
    ? await platform.issueToken(config, { ...options.token, expires: '2h' })
    : undefined;
  answerParent(() => running.close());
  process.send?.({ url: running.url, ...(token ? { token } : {}) } satisfies FromServer);
};

/** Starts the server child (seeding the data folder on first use); resolves once it listens. */
export const startPublicServer = async (options: PublicServerOptions): Promise<RunningPublicServer> => {
  const child = fork(SCRIPT, ['--options', JSON.stringify(options)], {
    env: { ...process.env, NODE_ENV: 'production' },
    // The access log (one JSON line a request, as in production) goes to /dev/null; progress to stderr.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const { url, token } = await new Promise<FromServer>((resolve, reject) => {
    child.once('message', (message: FromServer) => resolve(message));
    child.once('error', reject);
    void exited.then((code) =>
      reject(new Error(`the server child exited with ${String(code)} before listening`)),
    );
  });
  return {
    url,
    ...(token ? { token } : {}),
    ...controlChild(child, exited),
  };
};

if (process.argv[1] === SCRIPT && process.send !== undefined) {
  const { values } = parseArgs({ options: { options: { type: 'string' } } });
  await serve(JSON.parse(values.options ?? '{}') as PublicServerOptions);
}
