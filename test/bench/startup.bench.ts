/**
 * Start-up benchmark: the CLI run from its TypeScript through tsx (how every process ran before
 * the build) beside the built JavaScript (packages/platform/dist, `node scripts/build.mjs`), in the
 * same run so the machine's load weighs on both alike. Prints the median wall time of:
 *   `gongkai --help`; `gongkai report` (the August report of the seed, DOCX, on a seeded data
 *   folder); `gongkai api` from spawn to the first 200 of /readyz (needs KAFKA_BROKERS).
 *
 *   pnpm bench startup [--rounds 5]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HELP = `Start-up benchmark: tsx from source vs the built CLI (--help, report, api start-to-ready).

Usage: pnpm bench startup [options]

  --rounds <n>   runs of each measurement (default 5; the report 3)
  --help         this text

Build first (node scripts/build.mjs); KAFKA_BROKERS for the api figure.
Target: the built CLI well under the tsx figures (--help < 0.5 s).`;

const ROOT = join(fileURLToPath(import.meta.url), '../../..');
const BUILT = join(ROOT, 'packages/platform/dist/cli.mjs');
const MODES = {
  'tsx (source)': [join(ROOT, 'node_modules/.bin/tsx'), join(ROOT, 'packages/platform/src/cli.ts')],
  'node (built)': [process.execPath, BUILT],
} as const;

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, help: { type: 'boolean', default: false } },
});

const median = (samples: number[]): number =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

const run = (argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${argv.join(' ')}: ${stderr}`)),
    );
  });

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const untilReady = async (argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> => {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(argv[0]!, [...argv.slice(1), 'api'], {
    env: { ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`gongkai api exited with ${child.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ready) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const main = async () => {
  if (values.help) return void console.log(HELP);
  if (!existsSync(BUILT)) throw new Error('no build: run node scripts/build.mjs first');
  const rounds = Number(values.rounds);
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-startup-'));
  const env = {
    ...process.env,
    GONGKAI_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    GONGKAI_TOPIC_PREFIX: 'bench-startup.',
  };
  const report = [
    'report',
    '--province',
    '230000',
    '--as-of',
    '2018-08-31',
    '--format',
    'docx',
    '--out',
    join(dataDir, 'r.docx'),
  ];
  try {
    console.log('seeding the data folder once (the first report seeds it) ...');
    await run([...MODES['node (built)'], ...report], env);
    const rows: string[][] = [];
    for (const [mode, argv] of Object.entries(MODES)) {
      const help: number[] = [];
      const reports: number[] = [];
      const ready: number[] = [];
      for (let i = 0; i < rounds; i++) help.push(await run([...argv, '--help'], env));
      for (let i = 0; i < Math.min(rounds, 3); i++) reports.push(await run([...argv, ...report], env));
      if (process.env['KAFKA_BROKERS'])
        for (let i = 0; i < Math.min(rounds, 3); i++) ready.push(await untilReady(argv, env));
      rows.push([
        mode,
        seconds(median(help)),
        seconds(median(reports)),
        ready.length ? seconds(median(ready)) : 'no KAFKA_BROKERS',
      ]);
    }
    console.log(`\nmedian wall time (${rounds} runs; report and api ${Math.min(rounds, 3)})`);
    console.log(
      ['', '--help', 'report (seed, DOCX)', 'api start-to-ready'].map((cell) => cell.padEnd(20)).join(''),
    );
    for (const row of rows) console.log(row.map((cell) => cell.padEnd(20)).join(''));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
