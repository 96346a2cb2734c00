import type { ApplicationState, DemoApplication, WorkingDayCalendar } from '@gongkai/domain';
import {
  APPLICATION_STREAM_CATEGORY,
  applicationClock,
  demoApplications,
  officialWorkingDayCalendar,
} from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { createApplicationsProjector } from '../applications/applicationsProjector';
import type { ApplicationQueueView } from '../applications/applicationViews';
import { ApplicationViews } from '../applications/applicationViews';
import { applicationStages, stageOf } from '../applications/applicationStage';
import { projectionContextFor } from '../projectors/context';
import { replayAsOf } from '../timeTravel/replayAsOf';
import { DAOLI, directory, SUIFENHE } from './testPlatform';

/**
 * The reference of the application views as of a position in tests: every application stream
 * replayed up to it through a fresh projector into a throwaway store, read by the same view code.
 */
export const readReplayedApplications = async <T>(
  eventStore: EventStore,
  position: number,
  read: (views: ApplicationViews) => Promise<T>,
  calendar: WorkingDayCalendar = officialWorkingDayCalendar,
): Promise<T> => {
  const context = projectionContextFor(directory);
  const replay = await replayAsOf({
    eventStore,
    context,
    asOf: { position },
    scope: { streamPrefixes: [`${APPLICATION_STREAM_CATEGORY}-`] },
    createProjectors: (projectionContext) => [createApplicationsProjector(projectionContext, calendar)],
  });
  try {
    return await read(new ApplicationViews(replay.store, context, calendar));
  } finally {
    await replay.dispose();
  }
};

/** The demo applications the application tests send: 道里区 and 绥芬河市, 2019–2020 (both regulations). */
export const twoCountyDemo = (): DemoApplication[] =>
  demoApplications({
    seed: 17,
    counties: [DAOLI, SUIFENHE],
    fromYear: 2019,
    toYear: 2020,
    directory,
    calendar: officialWorkingDayCalendar,
  });

/** What the queue tests compare: the stage counts, the offices, and each open application's stage and clock. */
export const queueFacts = (queue: ApplicationQueueView) => ({
  byStage: queue.byStage,
  offices: queue.offices.map((row) => row.tenant),
  open: queue.open.map((entry) => `${entry.applicationId}:${entry.stage}:${entry.clock.status}`).sort(),
  counts: queue.counts,
});

/**
 * The queue as of `asOf` judged application by application from their states, the way the queue
 * was first computed (a scan): what the read model's counters must always equal.
 */
export const judgedQueue = (
  applications: readonly { tenant: string; state: ApplicationState }[],
  asOf: string,
  calendar: WorkingDayCalendar,
): ReturnType<typeof queueFacts> => {
  const judged = applications
    .filter(({ state }) => state.receivedOn !== null && state.receivedOn <= asOf)
    .map(({ tenant, state }) => {
      const clock = applicationClock(state, asOf, calendar);
      return { tenant, state, clock, stage: stageOf(state, clock, asOf) };
    });
  const open = judged.filter(({ clock }) => clock.status !== 'decided');
  return {
    byStage: applicationStages.map((stage) => ({
      stage,
      count: judged.filter((one) => one.stage === stage).length,
    })),
    offices: [...new Set(judged.map(({ tenant }) => tenant))].sort(),
    open: open.map(({ state, stage, clock }) => `${state.applicationId}:${stage}:${clock.status}`).sort(),
    counts: {
      open: open.length,
      dueSoon: open.filter(
        ({ clock }) =>
          clock.status === 'running' &&
          clock.dueOn !== null &&
          calendar.workingDaysBetween(asOf, clock.dueOn) <= 5,
      ).length,
      overdue: open.filter(({ clock }) => clock.status === 'overdue').length,
      paused: open.filter(({ clock }) => clock.status === 'paused').length,
      awaitingCorrection: open.filter(({ clock }) => clock.status === 'awaiting-correction').length,
    },
  };
};
