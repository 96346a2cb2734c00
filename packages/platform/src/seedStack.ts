import type { PlatformStack } from './stack';
import { progressBar } from './progress';
import { countSeedCommands, seedPlatform } from './seed';

/** Seeds the Heilongjiang pilot through the write core; idempotent (fixed message ids). */
export const seedStack = async (stack: PlatformStack): Promise<{ commands: number; events: number }> => {
  const bar = progressBar('seeding the Heilongjiang pilot');
  const total = countSeedCommands();
  try {
    const result = await seedPlatform(stack.writeCore, {
      onProgress: (done) => bar.update(done, total),
    });
    if (result.rejected.length > 0) {
      const first = result.rejected[0]!;
      throw new Error(
        `the seed was rejected ${result.rejected.length} times, first ${first.messageId}: [${first.code}] ${first.message}`,
      );
    }
    return result;
  } finally {
    bar.stop();
  }
};
