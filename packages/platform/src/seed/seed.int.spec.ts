import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WriteCore } from '@gongkai/command-handling';
import type { CatalogueItemState, DomainEvent, MilestoneCompletion, PilotUnitState } from '@gongkai/domain';
import {
  categoryOfStream,
  disclosureTimeliness,
  foldCatalogueItem,
  foldPilotUnit,
  heilongjiangMilestones,
  officialWorkingDayCalendar,
  overdueMilestones,
  parseCommand,
  passedAcceptance,
  standardCompleteness,
  tenantOfStream,
  upcastEvent,
} from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import { heilongjiangSeedCommands, seedDirectory, seedPlatform, summarizeSeed } from './index';
import type { SeedResult } from './index';

let store: EventStore;
let core: WriteCore;
let first: SeedResult;
const streams = new Map<string, DomainEvent[]>();

const pilots = (): Map<string, PilotUnitState> =>
  new Map(
    [...streams]
      .filter(([streamId]) => categoryOfStream(streamId) === 'pilotUnit')
      .map(([streamId, events]) => [tenantOfStream(streamId), foldPilotUnit(events)]),
  );

const items = (): CatalogueItemState[] =>
  [...streams]
    .filter(([streamId]) => categoryOfStream(streamId) === 'catalogueItem')
    .map(([, events]) => foldCatalogueItem(events));

const itemsByUnit = (): Map<string, CatalogueItemState[]> => {
  const byUnit = new Map<string, CatalogueItemState[]>();
  for (const [streamId, events] of streams) {
    if (categoryOfStream(streamId) !== 'catalogueItem') continue;
    const unit = tenantOfStream(streamId);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), foldCatalogueItem(events)]);
  }
  return byUnit;
};

beforeAll(async () => {
  store = openSqliteEventStore({ fileName: ':memory:' });
  core = new WriteCore({
    eventStore: store,
    directory: seedDirectory,
    calendar: officialWorkingDayCalendar,
  });
  first = await seedPlatform(core);
  for await (const recorded of store.readAll()) {
    const events = streams.get(recorded.streamId) ?? [];
    events.push(upcastEvent(recorded.type, recorded.schemaVersion, recorded.data));
    streams.set(recorded.streamId, events);
  }
});

afterAll(async () => {
  await store.close();
});

describe('the Heilongjiang seed', () => {
  it('builds every command exactly as parseCommand returns it, so the core need not validate them again', () => {
    const changed = [...heilongjiangSeedCommands()]
      .filter(({ command }) => !isDeepStrictEqual(parseCommand(command), command))
      .map(({ messageId }) => messageId);
    expect(changed).toEqual([]);
  });

  it('is accepted by the domain without a single rejection', () => {
    expect(first.rejected).toEqual([]);
    expect(first.events).toBe(first.commands);
  });

  it('registers exactly the 15 pilot units, 7 national and 8 provincial, with the areas of the directory', () => {
    const units = pilots();
    expect(units.size).toBe(15);
    const levels = [...units.values()].map((unit) => unit.pilotLevel);
    expect(levels.filter((level) => level === 'national')).toHaveLength(7);
    expect(levels.filter((level) => level === 'provincial')).toHaveLength(8);
    for (const [code, unit] of units) {
      expect(unit.pilotLevel).toBe(seedDirectory.get(code)?.pilotLevel);
      expect([...unit.areas]).toEqual(seedDirectory.assignedAreas(code)?.areaCodes);
    }
  });

  it('gives every pilot unit published items in each of its areas', () => {
    const byUnit = itemsByUnit();
    for (const [code, unit] of pilots()) {
      const published = new Set(
        (byUnit.get(code) ?? []).filter((item) => item.status === 'published').map((item) => item.areaCode),
      );
      expect([...published].sort()).toEqual([...unit.areas].sort());
    }
  });

  it('leaves some standards incomplete, and none of those items is published', () => {
    const incomplete = items().filter(
      (item) => item.standard && !standardCompleteness(item.standard).complete,
    );
    expect(incomplete.length).toBeGreaterThan(10);
    expect(incomplete.every((item) => item.publishedOn === null)).toBe(true);
  });

  it('revises some standards with a reason, before and after publication (dynamic adjustment)', () => {
    const revised = items().filter((item) => item.revisions.length > 0);
    expect(revised.every((item) => item.revisions.every((revision) => revision.reason.length > 0))).toBe(
      true,
    );
    const afterPublication = revised.filter(
      (item) => item.publishedOn && item.revisions[0]!.revisedOn > item.publishedOn,
    );
    expect(afterPublication.length).toBeGreaterThan(10);
    expect(revised.length - afterPublication.length).toBeGreaterThan(10);
  });

  it('retires a few items', () => {
    const retired = items().filter((item) => item.status === 'retired');
    expect(retired.length).toBeGreaterThan(5);
    expect(retired.length).toBeLessThan(items().length / 10);
  });

  it('discloses some items on time and some late against their time limit in working days', () => {
    let onTime = 0;
    let late = 0;
    for (const item of items()) {
      for (const disclosure of Object.values(item.disclosures)) {
        const timeliness = disclosureTimeliness(
          item.standard!.timeLimit,
          disclosure.formedOn,
          disclosure.publishedOn,
          officialWorkingDayCalendar,
        );
        expect(timeliness).toEqual(disclosure.timeliness);
        if (timeliness?.onTime === true) onTime++;
        if (timeliness?.onTime === false) late++;
      }
    }
    expect(late).toBeGreaterThan(50);
    expect(onTime).toBeGreaterThan(late * 3);
  });

  it('interprets and responds only where the standard covers it, and records public feedback rated 1–5', () => {
    const all = items();
    const interpreted = all.filter((item) => Object.keys(item.interpretations).length > 0);
    const responded = all.filter((item) => Object.keys(item.responses).length > 0);
    expect(interpreted.length).toBeGreaterThan(50);
    expect(responded.length).toBeGreaterThan(50);
    expect(interpreted.every((item) => item.standard!.chainStages.includes('interpretation'))).toBe(true);
    expect(responded.every((item) => item.standard!.chainStages.includes('response'))).toBe(true);
    const ratings = all.flatMap((item) => Object.values(item.feedback));
    expect(new Set(ratings.map((feedback) => feedback.kind))).toEqual(
      new Set(['social-evaluation', 'third-party-assessment']),
    );
    expect(ratings.every((feedback) => feedback.satisfaction >= 1 && feedback.satisfaction <= 5)).toBe(true);
  });

  it('takes units through acceptance at both stages, most passing at once, and completes every pilot', () => {
    const units = [...pilots().values()];
    const throughPrefecture = units.filter((unit) => passedAcceptance(unit, 'prefecture'));
    expect(throughPrefecture.length).toBe(13);
    expect(units.every((unit) => passedAcceptance(unit, 'province'))).toBe(true);
    expect(units.every((unit) => unit.completedOn !== null)).toBe(true);
    const passedAtOnce = units.filter((unit) => unit.acceptances.every((acceptance) => acceptance.passed));
    expect(passedAtOnce.length).toBeGreaterThanOrEqual(12);
  });

  it('sends a failed unit to rectification at each stage before it passes', () => {
    const rectified = [...pilots().values()].filter((unit) => unit.rectifications.length > 0);
    expect(
      new Set(rectified.flatMap((unit) => unit.rectifications.map((rectification) => rectification.stage))),
    ).toEqual(new Set(['prefecture', 'province']));
    for (const unit of rectified) expect(unit.openRectification).toBeNull();
  });

  it('leaves milestones overdue for a late unit as of the day after their due date', () => {
    const completions = (unit: string): MilestoneCompletion[] =>
      (streams.get(`pilotUnit-${unit}`) ?? []).flatMap((event) => {
        const dates: [string, unknown][] = Object.entries(event.data);
        const on = dates.find(([key]) => key.endsWith('On'))?.[1];
        return typeof on === 'string' ? [{ eventType: event.type, on }] : [];
      });
    const humaLate = overdueMilestones({
      milestones: heilongjiangMilestones,
      unit: '232721',
      completions: completions('232721'),
      asOf: '2018-11-01',
    });
    expect(humaLate.overdue.map((status) => status.milestone.id)).toContain('M-12');
    const zhaodong = overdueMilestones({
      milestones: heilongjiangMilestones,
      unit: '231282',
      completions: completions('231282'),
      asOf: '2018-07-11',
    });
    expect(zhaodong.overdue.map((status) => status.milestone.id)).toContain('O-07-N');
  });

  it('summarizes what it stored', async () => {
    const summary = await summarizeSeed(store);
    expect(summary.pilotUnits).toEqual({ national: 7, provincial: 8 });
    expect(summary.events).toBe(first.events);
    expect(summary.disclosures.late).toBeGreaterThan(0);
  });

  it('appends nothing when it is seeded a second time', async () => {
    const head = await store.headPosition();
    const again = await seedPlatform(core);
    expect(again).toEqual({ commands: first.commands, events: 0, rejected: [] });
    expect(await store.headPosition()).toBe(head);
  });

  it('sends the same commands on every run, and other ones for another random seed', () => {
    const firstCommands = (random?: number) => {
      const sent: string[] = [];
      for (const envelope of heilongjiangSeedCommands(random === undefined ? {} : { random })) {
        sent.push(JSON.stringify([envelope.messageId, envelope.occurredAt, envelope.command]));
        if (sent.length === 2_000) break;
      }
      return sent;
    };
    const once = firstCommands();
    expect(firstCommands()).toEqual(once);
    expect(firstCommands(7)).not.toEqual(once);
  });
});
