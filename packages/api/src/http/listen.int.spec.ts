import express from 'express';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './listen';
import { KEEP_ALIVE_TIMEOUT_MS, listen } from './listen';

let running: RunningServer;

beforeAll(async () => {
  const app = express();
  app.get('/', (_request, response) => void response.send('ok'));
  running = await listen(app, 0, '127.0.0.1');
});

afterAll(() => running.close(100));

describe('listen', () => {
  // A client reusing an idle connection must not find it closed under its feet (ECONNRESET): the
  // server keeps idle connections longer than clients do, and says so in its Keep-Alive header.
  it('keeps an idle connection open longer than clients keep theirs', async () => {
    expect(running.server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThanOrEqual(60_000);
    expect(running.server.headersTimeout).toBeGreaterThan(running.server.keepAliveTimeout);
    const keepAlive = await new Promise<string | undefined>((resolve, reject) => {
      const outgoing = request(`${running.url}/`, { headers: { connection: 'keep-alive' } }, (response) => {
        response.resume();
        resolve(String(response.headers['keep-alive']));
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
    expect(keepAlive).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
  });
});
