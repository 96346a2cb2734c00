import { acceptedOrThrow } from '@gongkai/command-handling';
import { annualReportFigures, domainTesting, officialWorkingDayCalendar as calendar } from '@gongkai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../testing/testPlatform';
import { directory, PROVINCE, startTestPlatform } from '../testing/testPlatform';
import { judgedQueue, queueFacts, twoCountyDemo } from '../testing/applicationQueue';
import type { ApplicationDocument } from './applicationsProjector';
import { APPLICATIONS } from './applicationsProjector';
import { ApplicationViewQueries } from './applicationViewQueries';

// Runs on SQLite (project int) and on MongoDB/FerretDB (project infra-mongo, MONGODB_URL).
describe('the applications projector keeps the queue’s counters true after every command', () => {
  let platform: TestPlatform;
  let views: ApplicationViewQueries;
  // The applications that go to review or to court after their answer: closed, open again, closed again.
  const contested = twoCountyDemo().filter((application) =>
    application.commands.some(({ command }) => command.type === 'FileReviewOrSuit'),
  );

  beforeAll(async () => {
    platform = await startTestPlatform({ today: '2021-06-30' });
    views = new ApplicationViewQueries({
      readModelStore: platform.readModelStore,
      eventStore: platform.eventStore,
      directory,
      calendar,
    });
  }, 120_000);
  afterAll(() => platform?.close());

  const projectedStates = async () =>
    (await platform.readModelStore.find<ApplicationDocument>(APPLICATIONS)).map((document) => ({
      tenant: document.tenant,
      state: document.state,
    }));

  /** Every date the states hold, and the day before each: where stages change. */
  const datesOf = (states: readonly { state: unknown }[]): string[] => {
    const dates = new Set<string>();
    for (const [date] of JSON.stringify(states).matchAll(/\d{4}-\d{2}-\d{2}/g)) {
      dates.add(date);
      dates.add(new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10));
    }
    return [...dates].sort();
  };

  it('a contested application, closed then open again by a review or a suit, is counted once on every day', async () => {
    expect(contested.length).toBeGreaterThanOrEqual(3);
    let message = 0;
    let checks = 0;
    // Latest first: a county's later years exist before its earlier ones arrive.
    for (const application of [...contested].reverse()) {
      for (const { command, occurredAt } of application.commands) {
        const outcome = acceptedOrThrow(
          await platform.core.handle({
            messageId: `contested-${++message}`,
            command,
            actor: domainTesting.countyAdmin(application.tenant),
            occurredAt,
            correlationId: `contested-${application.streamId}`,
          }),
        );
        await platform.runner.waitFor(outcome.position);
        const states = await projectedStates();
        for (const asOf of datesOf(states)) {
          for (const code of [application.tenant, PROVINCE]) {
            const scope = states.filter(({ tenant }) => code === PROVINCE || tenant === code);
            expect(queueFacts((await views.queue(code, { date: asOf }))!), `${code} as of ${asOf}`).toEqual(
              judgedQueue(scope, asOf, calendar),
            );
            checks++;
          }
        }
      }
    }
    expect(checks).toBeGreaterThan(100);
  });

  it('the annual figures as of every day a fact is dated (the county-year counters) equal the domain’s over the projected states', async () => {
    const states = await projectedStates();
    expect(states.length).toBe(contested.length);
    let checks = 0;
    for (const asOf of datesOf(states)) {
      const year = Number(asOf.slice(0, 4));
      if (year < 2019 || asOf.endsWith('-12-31')) continue;
      for (const code of [states[0]!.tenant, PROVINCE]) {
        const scope = states.filter(({ tenant }) => code === PROVINCE || tenant === code);
        const view = await views.annualFigures(code, year, { date: asOf });
        expect(view!.figures, `${code} as of ${asOf}`).toEqual(
          annualReportFigures(
            scope.map(({ state }) => state),
            year,
            asOf,
          ),
        );
        checks++;
      }
    }
    expect(checks).toBeGreaterThan(20);
  });
});
