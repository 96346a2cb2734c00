import type { CommandEnvelope, CommandHandler } from '@gongkai/command-handling';
import { isDomainError } from '@gongkai/domain';
import { countSeedCommands, heilongjiangSeedCommands } from './commands';
import type { SeedOptions } from './commands';

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
  /** Called every few commands and at the end; `total` is the number of commands the seed sends. */
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 50;

/** Sends each seed command and tallies the outcome; anything but a domain rejection is thrown. */
export const sendSeedCommands = async (
  envelopes: Iterable<CommandEnvelope>,
  send: (envelope: CommandEnvelope) => Promise<number>,
  onProgress?: (done: number) => void,
): Promise<SeedResult> => {
  const result: SeedResult = { commands: 0, events: 0, rejected: [] };
  for (const envelope of envelopes) {
    try {
      result.events += await send(envelope);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      result.rejected.push({ messageId: envelope.messageId, code: error.code, message: error.message });
    }
    result.commands++;
    if (result.commands % PROGRESS_EVERY === 0) onProgress?.(result.commands);
  }
  onProgress?.(result.commands);
  return result;
};

/**
 * Fills an empty platform with the Heilongjiang pilot through the command handler, one command at a
 * time: every event is decided by the domain exactly as for any other sender. Idempotent: a second
 * run appends nothing.
 */
export const seedPlatform = async (
  handler: CommandHandler,
  options: SeedOptions & SeedProgressOptions = {},
): Promise<SeedResult> => {
  const { onProgress, ...seedOptions } = options;
  const total = onProgress ? countSeedCommands(seedOptions) : 0;
  return sendSeedCommands(
    heilongjiangSeedCommands(seedOptions),
    async (envelope) => {
      const outcome = await handler.handle(envelope);
      return outcome.duplicate ? 0 : outcome.events.length;
    },
    onProgress && ((done) => onProgress(done, total)),
  );
};
