import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { temporaryDirectory } from '@gongkai/testkit';
import { startRole } from '../support/roleProcess';

/** Holds a port as another process would. */
const holdPort = () =>
  new Promise<{ port: number; close(): Promise<void> }>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });

describe('a role whose probe port is taken', () => {
  // Issue 13: `gongkai ingest` started beside a `gongkai project` on port 4000 stayed alive, listened
  // on nothing and never said it started.
  it.each(['ingest', 'project', 'relay'])(
    'gongkai %s exits non-zero at once, saying which port and what to set',
    async (role) => {
      const taken = await holdPort();
      const folder = temporaryDirectory('gongkai-probe-port-');
      try {
        // No broker listens on port 9 (discard): the role must fail on the port before it tries one.
        const child = startRole(
          role,
          { PORT: String(taken.port), KAFKA_BROKERS: '127.0.0.1:9', GONGKAI_DATA_DIR: folder.path },
          `${role} started`,
        );
        const code = await Promise.race([
          child.exited,
          new Promise<string>((resolve) => setTimeout(() => resolve('still running after 30 s'), 30_000)),
        ]);
        if (code === 'still running after 30 s') await child.kill('SIGKILL');
        expect(code).toBe(1);
        expect(child.stderr()).toContain('[PROBE_PORT_UNAVAILABLE]');
        expect(child.stderr()).toContain(`127.0.0.1:${taken.port} (EADDRINUSE)`);
        expect(child.stderr()).toContain('set PORT to a free port');
      } finally {
        await taken.close();
        folder.remove();
      }
    },
  );
});
