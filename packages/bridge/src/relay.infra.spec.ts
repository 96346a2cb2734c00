import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '@gongkai/event-store';
import { createKafkaBus } from '@gongkai/messaging';
import { kafkaBrokersForTests } from '@gongkai/messaging/contract';
import { temporaryDirectory } from '@gongkai/testkit';
import type { PublicCloudEvent } from './cloudEvents';
import { dedupeById, parsePublicEvent } from './cloudEvents';
import { openSqliteCheckpoint } from './relay';
import { appendPublicHistory } from './testing/publicHistory';

// KAFKA_BROKERS, else a Kafka container; else one skip line, or a failure under CI=true.
const brokers = await kafkaBrokersForTests('Bridge relay infra test');
const relayProcess = fileURLToPath(new URL('./testing/relayProcess.ts', import.meta.url));

interface RelayChild {
  child: ChildProcess;
  /** Resolves with the first checkpoint the child reports that satisfies `reached`. */
  position: (reached: (position: number) => boolean, timeoutMs?: number) => Promise<number>;
  exited: Promise<number | null>;
}

/** The relay in a child process (tsx), reporting its checkpoint after every page on stdout. */
const startRelayProcess = (args: string[], env: Record<string, string>): RelayChild => {
  const child = spawn(process.execPath, ['--import', 'tsx', relayProcess, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KAFKA_BROKERS: brokers!.join(','), ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const positions: number[] = [];
  const listeners = new Set<() => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    positions.push((JSON.parse(line) as { position: number }).position);
    for (const listener of listeners) listener();
  });
  const position = (reached: (position: number) => boolean, timeoutMs = 120_000) =>
    new Promise<number>((resolve, reject) => {
      const check = () => {
        const found = positions.find(reached);
        if (found === undefined) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(
        () => reject(new Error(`relay never got there; stderr: ${stderr}`)),
        timeoutMs,
      );
      void exited.then((code) => reject(new Error(`relay exited (${code}) early; stderr: ${stderr}`)));
      listeners.add(check);
      check();
    });
  return { child, position, exited };
};

const eventually = async (condition: () => boolean, timeoutMs: number, what: string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe.runIf(brokers !== undefined)('the relay against a real Kafka broker', () => {
  it('SIGKILLed mid-run and restarted, publishes every public event at least once; dedupe by id gives each once', async () => {
    const directory = temporaryDirectory('gongkai-relay-infra-');
    const eventsFile = join(directory.path, 'events.sqlite');
    const checkpointFile = join(directory.path, 'relay.sqlite');
    const store = openSqliteEventStore({ fileName: eventsFile });
    const history = await appendPublicHistory(store, { items: 800, disclosures: 2 });
    await store.close();

    const topic = `gongkai.public.events.v1.infra-${randomUUID()}`;
    const kafka = createKafkaBus({ brokers: brokers!, clientId: `bridge-infra-${randomUUID()}` });
    await kafka.ensureTopics([{ topic, partitions: 3 }]);
    const received: PublicCloudEvent[] = [];
    const subscription = await kafka.subscribe({
      groupId: `bridge-infra-${randomUUID()}`,
      topics: [topic],
      fromBeginning: true,
      handleBatch: (batch) => {
        for (const message of batch) received.push(parsePublicEvent(message));
        return Promise.resolve();
      },
    });
    try {
      const args = [eventsFile, checkpointFile, topic];
      const slow = { RELAY_PAGE_SIZE: '100', RELAY_PUBLISH_DELAY_MS: '40' };

      const killed = startRelayProcess(args, slow);
      await killed.position((position) => position > 0);
      // At a random moment of a later page: before, during or after its publish.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 60));
      killed.child.kill('SIGKILL');
      await killed.exited;
      const checkpoint = openSqliteCheckpoint({ fileName: checkpointFile });
      const killedAt = await checkpoint.load();
      await checkpoint.close();
      expect(killedAt).toBeGreaterThan(0);
      expect(killedAt).toBeLessThan(history.head);

      const restarted = startRelayProcess(args, { RELAY_PAGE_SIZE: '500' });
      await restarted.position((position) => position >= history.head);
      restarted.child.kill('SIGTERM');
      expect(await restarted.exited).toBe(0);

      const expected = new Set(history.publicIds);
      await eventually(
        () => new Set(received.map((event) => event.id)).size >= expected.size,
        120_000,
        `${expected.size} public events on ${topic}`,
      );
      const once = dedupeById()(received);
      expect(once.map((event) => event.id).sort()).toEqual([...history.publicIds].sort());
      expect(received.filter((event) => history.internalIds.includes(event.id))).toEqual([]);
      console.info(
        `relay infra: ${history.head} events, ${expected.size} public; killed at ${killedAt}; ` +
          `${received.length} messages received, ${received.length - once.length} republished after the kill`,
      );
    } finally {
      await subscription.stop();
      await kafka.close();
      directory.remove();
    }
  });
});
