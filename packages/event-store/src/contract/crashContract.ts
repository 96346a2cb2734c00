import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../port';
import type { ContractContext } from './context';
import { CRASH_EVENT_TYPE, type CrashAck, type CrashProbeData } from './crashAppender';
import { collect } from './fixtures';

const MIN_ACKS = 150;
const MAX_WAIT_MS = 20_000;

/** Collects the child's ack lines; resolves when `MIN_ACKS` arrived, rejects if it exits first. */
const watchAcks = (child: ChildProcess) => {
  const acks: CrashAck[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const closed = once(lines, 'close');
  const enough = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`only ${acks.length} acks in ${MAX_WAIT_MS} ms: ${stderr}`)),
      MAX_WAIT_MS,
    );
    child.once('exit', (code) => reject(new Error(`the appender exited early (${code}): ${stderr}`)));
    lines.on('line', (line) => {
      if (line === 'ready') return;
      acks.push(JSON.parse(line) as CrashAck);
      if (acks.length >= MIN_ACKS) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { acks, enough, closed };
};

const expectConsistent = (all: RecordedEvent[]) => {
  for (let i = 1; i < all.length; i++) expect(all[i]!.position).toBeGreaterThan(all[i - 1]!.position);
  const revisions = new Map<string, number>();
  const batches = new Map<string, { size: number; seen: number[] }>();
  for (const event of all) {
    const expected = (revisions.get(event.streamId) ?? -1) + 1;
    expect(event.revision, `revision of ${event.streamId}`).toBe(expected);
    revisions.set(event.streamId, expected);
    const data = event.data as CrashProbeData;
    const batch = batches.get(data.batchId) ?? { size: data.size, seen: [] };
    batch.seen.push(data.index);
    batches.set(data.batchId, batch);
  }
  for (const [batchId, batch] of batches) {
    expect(batch.seen, `batch ${batchId} is whole`).toEqual(Array.from({ length: batch.size }, (_, i) => i));
  }
  return revisions;
};

export const crashContract = (ctx: ContractContext): void => {
  const hook = ctx.options.crashRecovery;
  describe.runIf(hook !== undefined)('crash recovery', () => {
    it('keeps every acknowledged append, and no part of any other, when the writer is killed mid-write', async () => {
      const { child, reopen } = await hook!.start();
      const { acks, enough, closed } = watchAcks(child);
      try {
        await enough;
      } finally {
        child.kill('SIGKILL');
      }
      await closed;
      const store = await reopen();
      try {
        const all = await collect(store.readAll());
        expect(all.every((event) => event.type === CRASH_EVENT_TYPE)).toBe(true);
        const byId = new Map(all.map((event) => [event.eventId, event]));
        for (const ack of acks) {
          const last = byId.get(ack.eventIds.at(-1)!);
          expect(last, `acknowledged append ending at ${ack.position}`).toMatchObject({
            streamId: ack.streamId,
            position: ack.position,
            revision: ack.nextExpectedRevision,
          });
          for (const id of ack.eventIds) expect(byId.has(id)).toBe(true);
        }
        const revisions = expectConsistent(all);
        expect(await store.headPosition()).toBe(all.at(-1)!.position);
        const [streamId, revision] = [...revisions][0]!;
        const after = await store.append(streamId, [{ ...all[0]!, eventId: randomUUID() }], {
          expectedRevision: revision,
        });
        expect(after.nextExpectedRevision).toBe(revision + 1);
      } finally {
        await store.close();
      }
    });
  });
};
