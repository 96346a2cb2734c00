import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'packages', 'platform', 'src', 'cli.ts');
export const TSX = createRequire(import.meta.url).resolve('tsx');

/** A `gongkai <role>` child process, as an operator would run it. */
export interface RoleProcess {
  readonly child: ChildProcess;
  /** Resolves when the role logged that it started. */
  readonly ready: Promise<void>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<number | null>;
  /** Everything it wrote to stderr (for failures). */
  stderr(): string;
  /** Everything it logged to stdout (JSON lines). */
  stdout(): string;
  /** The first URL the role logged (`url` or `probes` of a JSON line): where it serves HTTP. */
  url(): string | undefined;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export const startRole = (
  role: string,
  env: Record<string, string>,
  startedMessage: string,
  options: { profileDir?: string } = {},
): RoleProcess => {
  const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', TSX, CLI, role], {
    cwd: ROOT,
    // PORT=0: each role serves its probes on a port of its own (two roles on 4000 cannot both start).
    env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'test', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(startedMessage)) resolve();
    });
    void exited.then((code) =>
      reject(new Error(`gongkai ${role} exited (${code}) before it started: ${errors}`)),
    );
  });
  ready.catch(() => undefined);
  return {
    child,
    ready,
    exited,
    stderr: () => errors,
    stdout: () => out,
    url: () => {
      const found = /"(?:url|probes)":"(http:\/\/[^"/]+)/.exec(out);
      return found?.[1];
    },
    kill: (signal) => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      // A role that does not stop within its grace is killed, so no test leaves a process behind.
      const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
      return exited.finally(() => clearTimeout(force));
    },
  };
};
