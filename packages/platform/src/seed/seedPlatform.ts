import type { CommandEnvelope } from '@gongkai/command-handling';
import { WriteCore } from '@gongkai/command-handling';
import { officialWorkingDayCalendar } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { countSeedCommands, heilongjiangSeedCommands } from './commands';
import type { SeedOptions } from './commands';
import { seedDirectory } from './units';

export interface SeedRejection {
  messageId: string;
  code: string;
  message: string;
}

export interface SeedResult {
  /** Commands sent (including those already stored by an earlier run). */
  commands: number;
  /** Events appended by this run: 0 when the platform already holds the seed. */
  events: number;
  /** Commands the domain refused. A correct seed has none. */
  rejected: SeedRejection[];
}

export interface SeedProgressOptions {
  /** Called after every batch; `total` is the number of commands the seed sends. */
  onProgress?: (done: number, total: number) => void;
}

/** Commands decided and stored together: one commit each (the seed's speed comes from here). */
const SEED_BATCH = 1000;

/**
 * Fills a platform with the Heilongjiang pilot through the write core, in batches: every event is
 * decided by the domain exactly as for any other sender. Idempotent: a second run appends nothing.
 */
export const seedPlatform = (
  core: Pick<WriteCore, 'handleBatch'>,
  options: SeedOptions & SeedProgressOptions = {},
): Promise<SeedResult> => {
  const { onProgress, ...seedOptions } = options;
  const total = onProgress ? countSeedCommands(seedOptions) : 0;
  // The seed builds its commands typed and valid (a test parses every one and gets it back
  // unchanged), so the core does not validate them again.
  return sendSeedBatches(core, heilongjiangSeedCommands(seedOptions), { parsed: true, total, onProgress });
};

/**
 * Sends seed commands through the write core in batches and tallies the outcomes. A batch appends
 * its events in the order of its commands, so the store holds exactly what one command at a time
 * would store.
 */
export const sendSeedBatches = async (
  core: Pick<WriteCore, 'handleBatch'>,
  envelopes: Iterable<CommandEnvelope>,
  options: SeedProgressOptions & { parsed: boolean; total: number },
): Promise<SeedResult> => {
  const result: SeedResult = { commands: 0, events: 0, rejected: [] };
  const send = async (batch: CommandEnvelope[]) => {
    const outcomes = await core.handleBatch(batch, { recordOutcomes: false });
    outcomes.forEach((outcome, index) => {
      if (outcome.status === 'rejected')
        result.rejected.push({
          messageId: batch[index]!.messageId,
          code: outcome.code,
          message: outcome.reason,
        });
      else if (!outcome.duplicate) result.events += outcome.events.length;
    });
    result.commands += batch.length;
    options.onProgress?.(result.commands, options.total);
  };
  let batch: CommandEnvelope[] = [];
  for (const envelope of envelopes) {
    if (batch.length >= SEED_BATCH) {
      await send(batch);
      batch = [];
    }
    batch.push(options.parsed ? { ...envelope, parsed: true } : envelope);
  }
  await send(batch);
  return result;
};

/** The seed into an event store, through a write core on the seed's directory and the official calendar. */
export const seedEventStore = (
  store: EventStore,
  options: SeedOptions & SeedProgressOptions = {},
): Promise<SeedResult> =>
  seedPlatform(
    new WriteCore({ eventStore: store, directory: seedDirectory, calendar: officialWorkingDayCalendar }),
    options,
  );
