import type { PlatformStack } from './stack';
import { progressBar } from './progress';
import { countSeedCommands, seedApplications, seedPlatform } from './seed';

/** Seeds the Heilongjiang pilot through the write core; idempotent (fixed message ids). */
export const seedStack = async (stack: PlatformStack): Promise<{ commands: number; events: number }> => {
  const bar = progressBar('seeding the Heilongjiang pilot');
  const total = countSeedCommands();
  let result;
  try {
    result = await seedPlatform(stack.writeCore, {
      onProgress: (done) => bar.update(done, total),
    });
    if (result.rejected.length > 0) {
      const first = result.rejected[0]!;
      throw new Error(
        `the seed was rejected ${result.rejected.length} times, first ${first.messageId}: [${first.code}] ${first.message}`,
      );
    }
  } finally {
    bar.stop();
  }
  const applications = await seedApplicationsStep(stack);
  return { commands: result.commands + applications.commands, events: result.events + applications.events };
};

/** The on-request disclosure applications of the pilot counties, 2017–2021 (one step: see seed/applications.ts). */
const seedApplicationsStep = async (stack: PlatformStack): Promise<{ commands: number; events: number }> => {
  const bar = progressBar('seeding on-request disclosure applications');
  try {
    const result = await seedApplications(stack.writeCore, {
      onProgress: (done, total) => bar.update(done, total),
    });
    if (result.rejected.length > 0) {
      const first = result.rejected[0]!;
      throw new Error(
        `the applications seed was rejected ${result.rejected.length} times, first ${first.messageId}: [${first.code}] ${first.message}`,
      );
    }
    return result;
  } finally {
    bar.stop();
  }
};
