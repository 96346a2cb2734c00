import { writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend } from '../port';
import { metadataOf } from './fixtures';

/** One line on the appender's stdout per acknowledged append. */
export interface CrashAck {
  streamId: string;
  eventIds: string[];
  position: number;
  nextExpectedRevision: number;
}

export const CRASH_STREAMS = 8;
export const CRASH_EVENT_TYPE = 'CrashProbeAppended';

/** Data of every crash-probe event: enough to check afterwards that no append was kept in part. */
export interface CrashProbeData {
  batchId: string;
  index: number;
  size: number;
  text: string;
}

const largeText = '基层政务公开标准化规范化试点'.repeat(2400);

const batchOf = (size: number, large: boolean): EventToAppend[] => {
  const batchId = randomUUID();
  return Array.from({ length: size }, (_, index) => ({
    eventId: randomUUID(),
    type: CRASH_EVENT_TYPE,
    schemaVersion: 1,
    data: {
      batchId,
      index,
      size,
      text: large && index === 0 ? largeText : '公开标准',
    } satisfies CrashProbeData,
    metadata: metadataOf(),
  }));
};

/**
 * The loop a crash-test child process runs: append batches of 1–5 events (some ~100 KB, spanning
 * many pages) to a few streams with exact expected revisions, forever, writing an ack line only after
 * each append resolved. The parent kills it with SIGKILL at an arbitrary moment.
 */
export const runCrashAppender = async (
  store: EventStore,
  ack: (line: string) => void = (line) => writeSync(1, `${line}\n`),
): Promise<never> => {
  const revisions = new Map<string, number>();
  ack('ready');
  for (let n = 0; ; n++) {
    const streamId = `crash-${n % CRASH_STREAMS}`;
    const revision = revisions.get(streamId);
    const events = batchOf(1 + (n % 5), n % 16 === 7);
    const result = await store.append(streamId, events, { expectedRevision: revision ?? 'no-stream' });
    revisions.set(streamId, result.nextExpectedRevision);
    ack(JSON.stringify(result satisfies CrashAck));
  }
};
