import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { runEventStoreContract } from '../contract';
import { openKurrentDbEventStore } from './index';
import { kurrentDbForTests } from './testing/kurrentDbForTests';

const SUITE = 'EventStore contract: KurrentDB';
const server = await kurrentDbForTests(SUITE);

/** Each store its own namespace on the shared server; equal lengths keep namespaces prefix-free. */
const freshNamespace = () => `gk${randomUUID().replaceAll('-', '').slice(0, 16)}-`;

const crashChild = fileURLToPath(new URL('./testing/crashAppenderProcess.ts', import.meta.url));

if (server === undefined) {
  describe.skip(SUITE, () => {
    it('needs KURRENTDB_URL or a container runtime', () => undefined);
  });
} else {
  const { connectionString } = server;
  afterAll(() => server.stop());
  runEventStoreContract('KurrentDB', {
    create: () => openKurrentDbEventStore({ connectionString, namespace: freshNamespace() }),
    liveTimeoutMs: 10_000,
    crashRecovery: {
      start: () => {
        const namespace = freshNamespace();
        const child = spawn(process.execPath, ['--import', 'tsx', crashChild, connectionString, namespace], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        return Promise.resolve({
          child,
          reopen: () => openKurrentDbEventStore({ connectionString, namespace }),
        });
      },
    },
  });
}
