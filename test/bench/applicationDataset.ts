/**
 * The application read models the on-request disclosure benchmarks read: the seeded demo
 * applications of the 15 pilot counties (2017–2021, about 8,700 applications and 26,600 events a
 * copy, the volume of `gongkai seed`), generated again with other seeds (ids suffixed) for more, and
 * projected straight into a SQLite read-model store: the projector alone, no event store (what the
 * benchmarks measure is the read side, not the write path).
 */
import type { Projector } from '@gongkai/projections';

export interface ApplicationDatasetLimit {
  /** Stop once this many events are in (the last copy is projected whole). */
  events?: number;
  /** Stop after this many copies of the seed's applications. */
  copies?: number;
}

export interface ApplicationDataset {
  events: number;
  applications: number;
  copies: number;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

type ProjectedBatch = Parameters<Projector['project']>[0][number][];

/** Projects generated applications into a SQLite read-model store at `target` until the limit. */
export const buildApplicationReadModels = async (
  target: string,
  limit: ApplicationDatasetLimit,
): Promise<ApplicationDataset> => {
  const domain = await import('@gongkai/domain');
  const projections = await import('@gongkai/projections');
  const directory = domain.createTenantDirectory(domain.heilongjiangSeed);
  const counties = directory
    .all()
    .filter((unit) => unit.tier === 'county' && unit.pilotLevel !== null)
    .map((unit) => unit.code);
  const store = await projections.createSqliteReadModelStore({ path: target });
  const projector = projections.createApplicationsProjector(projections.projectionContextFor(directory));
  projector.startEmpty();
  let position = 0;
  let applications = 0;
  let seed = 0;
  while (position < (limit.events ?? Infinity) && seed < (limit.copies ?? Infinity)) {
    seed++;
    const demo = domain.demoApplications({
      seed,
      counties,
      fromYear: 2017,
      toYear: 2021,
      directory,
      calendar: domain.officialWorkingDayCalendar,
    });
    const batch: ProjectedBatch = [];
    for (const application of demo) {
      applications++;
      const streamId = `${application.streamId}-s${seed}`;
      application.events.forEach((event, revision) => {
        const data = { ...event.data, applicationId: `${application.applicationId}-s${seed}` };
        position++;
        batch.push({
          recorded: {
            eventId: `bench-${position}`,
            type: event.type,
            schemaVersion: 1,
            data,
            metadata: {
              tenant: application.tenant,
              actor: { id: 'bench', tier: 'county', tenant: application.tenant },
              correlationId: streamId,
              causationId: null,
              occurredAt: '2022-01-01T09:00:00+08:00',
            },
            streamId,
            revision,
            position,
            recordedAt: '2022-01-01T01:00:00.000Z',
          },
          event: { type: event.type, data } as never,
          position,
          tenant: application.tenant,
        });
      });
    }
    for (let from = 0; from < batch.length; from += 10_000) {
      const chunk = batch.slice(from, from + 10_000);
      await store.transaction(projector.name, async (unit) => {
        await projector.project(chunk, unit);
        unit.setCheckpoint(chunk.at(-1)!.position);
      });
    }
    log(`  ${position.toLocaleString('en')} events, ${applications.toLocaleString('en')} applications`);
  }
  // Indexes after the bare collections are filled: built once, not grown row by row.
  for (const [collection, indexes] of Object.entries(projector.collections))
    await store.ensureIndexes(collection, indexes);
  await store.close();
  return { events: position, applications, copies: seed };
};
