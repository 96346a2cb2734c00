import { createHash } from 'node:crypto';
import { jsonEvent, NO_STREAM, type KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { OutcomeRecord, StoredOutcomeRecord } from '../port';
import { isStreamNotFound, isWrongExpectedVersion } from './errors';

const OUTCOME_TYPE = 'gongkai.OutcomeRecorded';
/** How long the server keeps an outcome stream ($maxAge, seconds): 30 days, as the SQLite adapter. */
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Outcome records on KurrentDB: one stream per key, `$gongkai-outcome-<sha256(namespace, key)>`,
 * written with `no-stream` (the first record stands) and `$maxAge` metadata so the server scavenges
 * it. System-prefixed, so `readAll` and subscriptions never see it. Not in the events' transaction:
 * KurrentDB has none across streams; the record is written right after the events.
 */
export class KurrentOutcomes {
  constructor(
    private readonly client: KurrentDBClient,
    private readonly namespace: string,
  ) {}

  #streamOf(key: string): string {
    const digest = createHash('sha256')
      .update(JSON.stringify([this.namespace, key]))
      .digest('hex');
    return `$gongkai-outcome-${digest}`;
  }

  async record(records: readonly OutcomeRecord[]): Promise<void> {
    for (const record of records) {
      const stream = this.#streamOf(record.key);
      try {
        await this.client.appendToStream(stream, jsonEvent({ type: OUTCOME_TYPE, data: { ...record } }), {
          streamState: NO_STREAM,
        });
        await this.client.setStreamMetadata(stream, { maxAge: MAX_AGE_SECONDS });
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw error;
      }
    }
  }

  async read(keys: readonly string[]): Promise<Map<string, StoredOutcomeRecord>> {
    const found = new Map<string, StoredOutcomeRecord>();
    for (const key of keys) {
      try {
        for await (const resolved of this.client.readStream(this.#streamOf(key), { maxCount: 1 })) {
          const event = resolved.event;
          if (event?.type !== OUTCOME_TYPE) continue;
          const data = event.data as unknown as OutcomeRecord;
          found.set(key, {
            key,
            fingerprint: data.fingerprint,
            outcome: data.outcome,
            recordedAt: new Date(event.created).toISOString(),
          });
        }
      } catch (error) {
        if (!isStreamNotFound(error)) throw error;
      }
    }
    return found;
  }
}
