import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { temporaryDirectory } from '@gongkai/testkit';
import { afterAll, describe, expect, it } from 'vitest';

// pnpm infra:up / infra:down as a developer runs them, on a broker port of this test's own and a
// Kafka cache of its own (the jars shared when fetched already), so that `down` without KAFKA_PORT,
// which stops every broker of its cache, cannot touch the brokers other tests use.

const ROOT = join(import.meta.dirname, '../..');
const VERSION = '4.4.0';
const PORT = 19_392;
const cache = temporaryDirectory('gongkai-kafka-cache-');
const fetched = join(ROOT, '.cache/kafka', VERSION, 'lib');
if (existsSync(join(fetched, '.complete'))) {
  mkdirSync(join(cache.path, VERSION), { recursive: true });
  symlinkSync(fetched, join(cache.path, VERSION, 'lib'));
}

const run = async (script: string, args: string[], env: Record<string, string> = {}) => {
  const { KAFKA_PORT: _port, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'bash',
      [join(ROOT, 'scripts/infra', script), ...args],
      {
        cwd: ROOT,
        env: { ...inherited, KAFKA_CACHE: cache.path, KAFKA_VERSION: VERSION, ...env },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
};

const answers = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => resolve(socket.end() && true));
    socket.on('error', () => resolve(false));
  });

afterAll(async () => {
  await run('kafka.sh', ['down'], { KAFKA_PORT: String(PORT) });
  cache.remove();
});

describe('pnpm infra:up / infra:down', () => {
  it('infra:up kafka starts the broker alone: no FerretDB build', async () => {
    const up = await run('up.sh', ['kafka'], { KAFKA_PORT: String(PORT) });
    expect(up.output).not.toMatch(/ferretdb/i);
    expect(up.code).toBe(0);
    expect(up.output).toContain(`infra up: KAFKA_BROKERS=127.0.0.1:${PORT}`);
    expect(await answers(PORT)).toBe(true);
  });

  it('infra:down without KAFKA_PORT stops a broker started on another port', async () => {
    const down = await run('down.sh', ['kafka']);
    expect(down.code).toBe(0);
    expect(down.output).toContain('stopped');
    expect(await answers(PORT)).toBe(false);
  });

  it('an unknown server name is refused, saying which ones exist', async () => {
    const refused = await run('up.sh', ['redis']);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain("unknown server 'redis': use kafka or mongo");
  });
});
