import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = join('scripts', 'infra', 'kafka.sh');

/** The repository root: the nearest folder above this file holding scripts/infra/kafka.sh. */
const repositoryRoot = (): string => {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, SCRIPT))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`${SCRIPT} not found above ${fileURLToPath(import.meta.url)}`);
    folder = parent;
  }
  return folder;
};

export interface LocalKafkaBrokerOptions {
  host?: string;
  port?: number;
  /** The Kafka version kafka.sh runs (its KAFKA_VERSION); default: the script's. */
  version?: string;
}

/**
 * The broker `pnpm infra:up` started (scripts/infra/kafka.sh), for tests that take it away in the
 * middle of a run. Every method resolves once the script is done: `start` and `restart` once the
 * broker answers a metadata request again, `stop` once the process has exited.
 */
export interface LocalKafkaBroker {
  /** `host:port`, as KAFKA_BROKERS lists it. */
  readonly address: string;
  /** SIGTERM (a clean shutdown), then SIGKILL if it takes longer than KAFKA_STOP_TIMEOUT. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash: the broker recovers its log on the next start. */
  kill(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Whether kafka.sh has a running broker at this address that answers. */
  isRunning(): Promise<boolean>;
}

export const localKafkaBroker = (options: LocalKafkaBrokerOptions = {}): LocalKafkaBroker => {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 9092;
  const root = repositoryRoot();
  const env = {
    ...process.env,
    KAFKA_HOST: host,
    KAFKA_PORT: String(port),
    ...(options.version === undefined ? {} : { KAFKA_VERSION: options.version }),
  };
  const run = (command: string): Promise<void> =>
    new Promise((resolve, reject) => {
      execFile('bash', [join(root, SCRIPT), command], { env, cwd: root }, (error, _stdout, stderr) => {
        if (error)
          reject(new Error(`kafka.sh ${command} failed (${error.message.split('\n')[0]}): ${stderr}`));
        else resolve();
      });
    });
  return {
    address: `${host}:${port}`,
    stop: () => run('stop-broker'),
    kill: () => run('kill-broker'),
    start: () => run('start-broker'),
    restart: () => run('restart'),
    isRunning: () =>
      run('status').then(
        () => true,
        () => false,
      ),
  };
};
