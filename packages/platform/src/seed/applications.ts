import type { CommandEnvelope, WriteCore } from '@gongkai/command-handling';
import type { WorkingDayCalendar } from '@gongkai/domain';
import { demoApplications, officialWorkingDayCalendar } from '@gongkai/domain';
import type { SeedProgressOptions, SeedResult } from './seedPlatform';
import { sendSeedBatches } from './seedPlatform';
import { SEED_MESSAGE_PREFIX } from './steps';
import { seedDirectory, seedUnits } from './units';

/** The years the seed's applications (依申请公开) span: both regulations and both report formats. */
export const SEED_APPLICATION_YEARS = { fromYear: 2017, toYear: 2021 } as const;
const SEED_APPLICATIONS_RANDOM = 20170809;

/**
 * The demo applications of the 15 pilot counties, 2017–2021, as command envelopes from each county's
 * disclosure office (its case system): fixed message ids (`seed:application:<stream>:<n>`), so
 * seeding twice stores everything once.
 */
export function* seedApplicationCommands(
  calendar: WorkingDayCalendar = officialWorkingDayCalendar,
): Generator<CommandEnvelope> {
  const units = seedUnits();
  const demo = demoApplications({
    seed: SEED_APPLICATIONS_RANDOM,
    counties: units.map((unit) => unit.code),
    ...SEED_APPLICATION_YEARS,
    directory: seedDirectory,
    calendar,
  });
  const actors = new Map(units.map((unit) => [unit.code, unit.county]));
  for (const application of demo) {
    const actor = actors.get(application.tenant)!;
    let index = 0;
    for (const { command, occurredAt } of application.commands) {
      yield {
        messageId: `${SEED_MESSAGE_PREFIX}application:${application.streamId}:${++index}`,
        command,
        actor,
        occurredAt,
        correlationId: `${SEED_MESSAGE_PREFIX}${application.streamId}`,
      };
    }
  }
}

/**
 * SEED STEP "applications": sends the demo applications through the write core, in batches, after
 * the pilot seed (their commands are validated: the generator builds them as a case system would).
 */
export const seedApplications = (
  core: Pick<WriteCore, 'handleBatch'>,
  options: SeedProgressOptions = {},
): Promise<SeedResult> => {
  const envelopes = [...seedApplicationCommands()];
  return sendSeedBatches(core, envelopes, {
    parsed: false,
    total: envelopes.length,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
};
