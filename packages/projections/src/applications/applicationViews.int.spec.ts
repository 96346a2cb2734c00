import { acceptedOrThrow } from '@gongkai/command-handling';
import type { ApplicationState, DemoApplication } from '@gongkai/domain';
import {
  annualReportFigures,
  applicationClock,
  applicationTableIssues,
  domainTesting,
  evolveApplication,
  initialApplicationState,
  officialWorkingDayCalendar as calendar,
} from '@gongkai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../testing/testPlatform';
import { DAOLI, directory, HARBIN, PROVINCE, startTestPlatform, SUIFENHE } from '../testing/testPlatform';
import { ApplicationViewQueries } from './applicationViewQueries';
import {
  judgedQueue,
  queueFacts,
  readReplayedApplications,
  twoCountyDemo,
} from '../testing/applicationQueue';
import type { HistoryRow } from '../history/documentHistory';
import { historyCollection } from '../history/documentHistory';
import { APPLICATIONS } from './applicationsProjector';

const foldDemo = (application: DemoApplication): ApplicationState =>
  application.events.reduce(evolveApplication, initialApplicationState());

describe('the on-request disclosure views (projected from commands the handler decided)', () => {
  let platform: TestPlatform;
  let views: ApplicationViewQueries;
  const demo = twoCountyDemo();
  const names = demo.flatMap((application) => {
    const received = application.events.find((event) => event.type === 'ApplicationReceived');
    return received?.type === 'ApplicationReceived' ? [received.data.personal.applicantName] : [];
  });
  const statesOf = (tenant?: string) =>
    demo.filter((application) => tenant === undefined || application.tenant === tenant).map(foldDemo);

  beforeAll(async () => {
    platform = await startTestPlatform({ today: '2021-06-30' });
    let position = 0;
    let message = 0;
    for (const application of demo) {
      for (const { command, occurredAt } of application.commands) {
        const outcome = acceptedOrThrow(
          await platform.core.handle({
            messageId: `demo-${++message}`,
            command,
            actor: domainTesting.countyAdmin(application.tenant),
            occurredAt,
            correlationId: `demo-${application.streamId}`,
          }),
        );
        position = Math.max(position, outcome.position);
      }
    }
    await platform.runner.waitFor(position);
    views = new ApplicationViewQueries({
      readModelStore: platform.readModelStore,
      eventStore: platform.eventStore,
      directory,
      calendar,
      clock: () => new Date('2021-06-30T12:00:00+08:00'),
    });
  }, 120_000);
  afterAll(() => platform?.close());

  it('a county’s annual figures equal the domain’s figures over its applications, and the table adds up', async () => {
    for (const year of [2019, 2020]) {
      const view = await views.annualFigures(DAOLI, year);
      expect(view!.figures).toEqual(annualReportFigures(statesOf(DAOLI), year));
      expect(applicationTableIssues(view!.figures.applications)).toEqual([]);
      expect(view!.figures.applications.rows[0]!.values.total).toBeGreaterThan(0);
    }
  });

  it('the province’s figures are the sum of its counties’, and equal the domain’s over every application', async () => {
    const province = await views.annualFigures(PROVINCE, 2020);
    expect(province!.counties.map((county) => county.tenant)).toEqual([DAOLI, SUIFENHE]);
    expect(province!.figures).toEqual(annualReportFigures(statesOf(), 2020));
    const prefecture = await views.annualFigures(HARBIN, 2020);
    expect(prefecture!.counties.map((county) => county.tenant)).toEqual([DAOLI]);
    expect(prefecture!.figures).toEqual(annualReportFigures(statesOf(DAOLI), 2020));
  });

  it('figures as of a day within the year leave out what is dated after it; a day of another year is the domain’s refusal', async () => {
    const midYear = await views.annualFigures(DAOLI, 2020, { date: '2020-06-30' });
    expect(midYear!.figures).toEqual(annualReportFigures(statesOf(DAOLI), 2020, '2020-06-30'));
    await expect(views.annualFigures(DAOLI, 2020, { date: '2019-12-31' })).rejects.toMatchObject({
      code: 'REPORT_DATE_OUTSIDE_YEAR',
    });
  });

  it('the figures as of every tenth day of 2019 and 2020 (county-year counters plus the open applications) equal the domain’s, county, prefecture and province', async () => {
    const below: Record<string, string | undefined> = {
      [DAOLI]: DAOLI,
      [HARBIN]: DAOLI,
      [PROVINCE]: undefined,
    };
    let compared = 0;
    for (let day = Date.parse('2019-01-01'); day < Date.parse('2020-12-31'); day += 10 * 86_400_000) {
      const asOf = new Date(day).toISOString().slice(0, 10);
      const year = Number(asOf.slice(0, 4));
      for (const code of [DAOLI, HARBIN, PROVINCE]) {
        const view = await views.annualFigures(code, year, { date: asOf });
        const expected = annualReportFigures(statesOf(below[code]), year, asOf);
        expect(view!.figures, `${code} as of ${asOf}`).toEqual(expected);
        expect(applicationTableIssues(view!.figures.applications)).toEqual([]);
        compared += expected.applications.rows[0]!.values.total;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('the queue: every received application in one stage; the open ones counted by clock state', async () => {
    const asOf = '2019-05-24';
    const queue = await views.queue(DAOLI, { date: asOf });
    const received = statesOf(DAOLI).filter((state) => state.receivedOn! <= asOf);
    expect(queue!.byStage.reduce((sum, stage) => sum + stage.count, 0)).toBe(received.length);
    const open = received.filter((state) => applicationClock(state, asOf, calendar).status !== 'decided');
    expect(queue!.open.map((entry) => entry.applicationId).sort()).toEqual(
      open.map((state) => state.applicationId).sort(),
    );
    expect(queue!.counts.open).toBe(open.length);
    expect(queue!.counts.overdue).toBe(
      open.filter((state) => applicationClock(state, asOf, calendar).status === 'overdue').length,
    );
    // Both regulations' clocks are open around the 2019-05-15 switch.
    expect(new Set(queue!.open.map((entry) => entry.clock.regulation))).toEqual(
      new Set(['ogi-2007', 'ogi-2019']),
    );
    const rolledUp = await views.queue(PROVINCE, { date: asOf });
    const suifenhe = await views.queue(SUIFENHE, { date: asOf });
    expect(rolledUp!.counts.open).toBe(queue!.counts.open + suifenhe!.counts.open);
    expect(rolledUp!.offices.map((row) => row.tenant)).toEqual([DAOLI, SUIFENHE]);
  });

  it('the queue read from per-county counters equals the queue judged application by application, on every tenth day of 2019 to mid-2021', async () => {
    const below: Record<string, readonly string[]> = {
      [DAOLI]: [DAOLI],
      [HARBIN]: [DAOLI],
      [PROVINCE]: [DAOLI, SUIFENHE],
    };
    let compared = 0;
    for (let day = Date.parse('2019-01-02'); day <= Date.parse('2021-06-30'); day += 10 * 86_400_000) {
      const asOf = new Date(day).toISOString().slice(0, 10);
      for (const code of [DAOLI, HARBIN, PROVINCE]) {
        const applications = demo
          .filter((application) => below[code]!.includes(application.tenant))
          .map((application) => ({ tenant: application.tenant, state: foldDemo(application) }));
        const expected = judgedQueue(applications, asOf, calendar);
        expect(queueFacts((await views.queue(code, { date: asOf }))!)).toEqual(expected);
        compared += expected.open.length;
      }
    }
    // The comparison met open applications, not only empty queues.
    expect(compared).toBeGreaterThan(50);
  });

  it('a queue as of a date asked again before the next application event is answered without reading its documents again', async () => {
    let finds = 0;
    const store = platform.readModelStore;
    const counting = new Proxy(store, {
      get: (target, property, receiver) =>
        property === 'find'
          ? (...args: Parameters<typeof store.find>) => (finds++, store.find(...args))
          : (Reflect.get(target, property, receiver) as unknown),
    });
    const kept = new ApplicationViewQueries({
      readModelStore: counting,
      eventStore: platform.eventStore,
      directory,
      calendar,
    });
    const first = await kept.queue(PROVINCE, { date: '2020-03-10' });
    const read = finds;
    expect(read).toBeGreaterThan(0);
    expect(await kept.queue(PROVINCE, { date: '2020-03-10' })).toBe(first);
    expect(finds).toBe(read);
    await kept.queue(PROVINCE, { date: '2020-03-11' });
    expect(finds).toBe(2 * read);
    // (The projector test asks the same views after every command: a kept queue never outlives its checkpoint.)
  });

  it('a queue as of a day reads one month of each county’s stage counters, not a year of days', async () => {
    const days: string[] = [];
    let counterDocuments = 0;
    const store = platform.readModelStore;
    const recording = new Proxy(store, {
      get: (target, property, receiver) =>
        property === 'find'
          ? async (...args: Parameters<typeof store.find>) => {
              const found = await store.find(...args);
              for (const document of found as { days?: { on?: unknown }[] }[]) {
                if (!Array.isArray(document.days)) continue;
                counterDocuments++;
                days.push(...document.days.map((day) => String(day.on)));
              }
              return found;
            }
          : (Reflect.get(target, property, receiver) as unknown),
    });
    const fresh = new ApplicationViewQueries({
      readModelStore: recording,
      eventStore: platform.eventStore,
      directory,
      calendar,
    });
    await fresh.queue(PROVINCE, { date: '2020-03-10' });
    expect(counterDocuments).toBeLessThanOrEqual(2);
    expect(days.length).toBeGreaterThan(0);
    expect(days.filter((day) => !day.startsWith('2020-03'))).toEqual([]);
  });

  it('the views as of a position equal a replay of the application streams up to it, at random positions, without replaying', async () => {
    const head = await platform.eventStore.headPosition();
    // A seeded draw (the same positions every run), and the head. (FerretDB answers a province's
    // history slowly: few positions, two tiers.)
    let seed = 17;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const positions = [head, ...Array.from({ length: 4 }, () => 1 + Math.floor(random() * head))];
    const eventReads: string[] = [];
    const eventStore = platform.eventStore;
    const watched = Object.create(eventStore) as typeof eventStore;
    watched.readAll = (options) => (
      eventReads.push(JSON.stringify(options ?? {})),
      eventStore.readAll(options)
    );
    watched.readStream = (...args) => (eventReads.push(args[0]), eventStore.readStream(...args));
    const fromHistory = new ApplicationViewQueries({
      readModelStore: platform.readModelStore,
      eventStore: watched,
      directory,
      calendar,
      clock: () => new Date('2021-06-30T12:00:00+08:00'),
    });
    const daoli = demo.find((application) => application.tenant === DAOLI)!;
    for (const position of positions) {
      const asOf = { position };
      const [queues, figures, application] = await readReplayedApplications(
        platform.eventStore,
        position,
        async (replayed) =>
          [
            await Promise.all([PROVINCE, DAOLI].map((code) => replayed.queue(code, '2021-06-30'))),
            await Promise.all([2019, 2021].map((year) => replayed.annualFigures(PROVINCE, year))),
            await replayed.application(DAOLI, daoli.applicationId, '2021-06-30', DAOLI),
          ] as const,
      );
      expect(await Promise.all([PROVINCE, DAOLI].map((code) => fromHistory.queue(code, asOf)))).toEqual(
        queues,
      );
      expect(
        await Promise.all([2019, 2021].map((year) => fromHistory.annualFigures(PROVINCE, year, asOf))),
      ).toEqual(figures);
      expect(await fromHistory.application(DAOLI, daoli.applicationId, DAOLI, asOf)).toEqual(application);
      // Judged on another day too: the states as of the position, the clocks as of the date.
      const judgedOn = { position, date: '2020-03-10' };
      expect(await fromHistory.queue(PROVINCE, judgedOn)).toEqual(
        await readReplayedApplications(platform.eventStore, position, (replayed) =>
          replayed.queue(PROVINCE, '2020-03-10'),
        ),
      );
    }
    // The history answers every position: no event was read, no stream replayed.
    expect(eventReads).toEqual([]);
  });

  it('a queue as of a position reads one history row for each application changed after it, and no other', async () => {
    const head = await platform.eventStore.headPosition();
    const position = Math.floor(head / 2);
    const store = platform.readModelStore;
    let rowsRead = 0;
    const counting = new Proxy(store, {
      get: (target, property, receiver) =>
        property === 'find'
          ? async (...args: Parameters<typeof store.find>) => {
              const found = await store.find(...args);
              if (args[0] === historyCollection(APPLICATIONS)) rowsRead += found.length;
              return found;
            }
          : (Reflect.get(target, property, receiver) as unknown),
    });
    const changed = await store.find(APPLICATIONS, { filter: { _position: { $gt: position } } });
    const queries = new ApplicationViewQueries({
      readModelStore: counting,
      eventStore: platform.eventStore,
      directory,
      calendar,
    });
    await queries.queue(PROVINCE, { position });
    expect(changed.length).toBeGreaterThan(10);
    expect(rowsRead).toBe(changed.length);
  });

  it('every application keeps its history: the state before each of its events, keyed by position', async () => {
    const rows = await platform.readModelStore.find<HistoryRow>(historyCollection(APPLICATIONS), {
      filter: { doc: demo[0]!.streamId },
    });
    expect(rows.length).toBe(demo[0]!.events.length);
    expect(rows.map((row) => row.position).sort((a, b) => a - b)[0]).toBe(0);
  });

  it('personal data: the office’s own tenant sees it; the prefecture, the province and the tracking page never do', async () => {
    const application = demo.find((candidate) => candidate.tenant === DAOLI)!;
    const own = await views.application(DAOLI, application.applicationId, DAOLI);
    expect(own!.personal!.applicant!.applicantName).toBeTruthy();
    for (const viewer of [HARBIN, PROVINCE, SUIFENHE, null]) {
      const other = await views.application(DAOLI, application.applicationId, viewer);
      expect(other!.personal).toBeNull();
      expect(other!.stage).toBe(own!.stage);
    }
    const tracked = await views.tracked(foldDemo(application).trackingCode!);
    expect(tracked!.applicationId).toBe(application.applicationId);
    const rolledUp = JSON.stringify([
      tracked,
      await views.queue(PROVINCE),
      await views.queue(HARBIN),
      await views.annualFigures(PROVINCE, 2020),
    ]);
    for (const name of new Set(names)) expect(rolledUp).not.toContain(name);
    expect(rolledUp).not.toContain('"personal":{');
  });
});
