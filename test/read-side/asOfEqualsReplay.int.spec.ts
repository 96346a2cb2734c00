import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DivisionCode } from '@gongkai/domain';
import { heilongjiangMilestones, occurredOn, publicActor } from '@gongkai/domain';
import type { AsOf, ViewBasis } from '@gongkai/projections';
import { createProjectors, HistoryReadModels, ReadModelViews, replayAsOf } from '@gongkai/projections';
import { seededRandom } from '@gongkai/testkit';
import type { TestPlatform } from '@gongkai/projections/testing';
import {
  context,
  DAOLI,
  HARBIN,
  PROVINCE,
  readReplayed,
  startTestPlatform,
  SUIFENHE,
} from '@gongkai/projections/testing';
import { seedCommandsForReadModelTests } from '../support/seedCommands';

let platform: TestPlatform;
let head = 0;
let dates: string[] = [];
let lateEvents = 0;

/** A small deterministic generator: the same cases on every run, printed on failure. */
const random = seededRandom;

/** One catalogue item in six is worked on late: its commands (dated as in the seed) come after all others. */
const deferred = (messageId: string): boolean => {
  const [, tenant = '', item = 'pilot'] = messageId.split(':');
  if (item === 'pilot') return false;
  let hash = 0;
  for (const char of `${tenant}:${item}`) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return Math.abs(hash) % 6 === 0;
};

const pilotFeedback = (feedbackId: string, on: string) => ({
  type: 'RecordPilotFeedback' as const,
  data: {
    tenant: DAOLI,
    feedbackId,
    kind: 'social-evaluation' as const,
    evaluator: '公众（试点工作专题网上评价）',
    satisfaction: 4,
    sampleSize: 1,
    comment: '专题信息全面',
    recordedOn: on,
  },
});

// The seed, with back-dated work: a sixth of the items recorded after every other command (their
// events are older than the county's latest), then feedback on 道里区's pilot dated months back.
beforeAll(async () => {
  platform = await startTestPlatform();
  const seed = seedCommandsForReadModelTests();
  const late = seed.filter((envelope) => deferred(envelope.messageId));
  for (const envelope of [...seed.filter((envelope) => !deferred(envelope.messageId)), ...late]) {
    // A refusal is an outcome (the seed's commands are all accepted); only a fault throws.
    await platform.core.handle(envelope);
  }
  const visitor = publicActor({ code: DAOLI, tier: 'county' });
  await platform.send(pilotFeedback('late-1', '2018-03-01'), visitor, '2018-03-01');
  await platform.send(pilotFeedback('late-2', '2017-12-01'), visitor, '2017-12-01');
  head = await platform.eventStore.headPosition();
  await platform.runner.waitFor(head);
  const seen = new Set<string>();
  const latest = new Map<string, string>();
  for await (const event of platform.eventStore.readAll()) {
    const on = occurredOn(event.metadata);
    seen.add(on);
    const before = latest.get(event.metadata.tenant);
    if (before !== undefined && on < before) lateEvents++;
    if (before === undefined || on > before) latest.set(event.metadata.tenant, on);
  }
  dates = [...seen].sort();
}, 180_000);
afterAll(async () => platform?.close());

type ViewName = 'county' | 'directCounty' | 'prefecture' | 'province' | 'national' | 'milestones';

const read = (views: ReadModelViews, name: ViewName, basis: ViewBasis) => {
  const codes: Record<ViewName, DivisionCode> = {
    county: DAOLI,
    directCounty: SUIFENHE,
    prefecture: HARBIN,
    province: PROVINCE,
    national: '000000',
    milestones: PROVINCE,
  };
  const code = codes[name];
  switch (name) {
    case 'county':
    case 'directCounty':
      return views.county(code, basis);
    case 'prefecture':
      return views.prefecture(code, basis);
    case 'province':
      return views.province(code, basis);
    case 'national':
      return views.national(basis);
    case 'milestones':
      return views.milestonesOf(code, basis);
  }
};

const fromHistory = (name: ViewName, asOf: AsOf) => {
  const views = platform.views;
  switch (name) {
    case 'county':
      return views.countyView(DAOLI, asOf);
    case 'directCounty':
      return views.countyView(SUIFENHE, asOf);
    case 'prefecture':
      return views.prefectureView(HARBIN, asOf);
    case 'province':
      return views.provinceView(PROVINCE, asOf);
    case 'national':
      return views.nationalRollup(asOf);
    case 'milestones':
      return views.milestones(PROVINCE, asOf);
  }
};

/** The reference: every event the rule includes, replayed through fresh projectors into a new store. */
const fromReplay = (name: ViewName, asOf: AsOf, basis: ViewBasis) =>
  readReplayed<unknown>(platform.eventStore, asOf, (views) => read(views, name, basis));

const cases = (seed: number, count: number): AsOf[] => {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const position = Math.floor(next() * (head + 1));
    const date = pick(dates);
    if (index % 3 === 0) return { position };
    if (index % 3 === 1) return { date };
    return { position, date };
  });
};

describe('a view as of a date or a position, from the history', () => {
  it('has a seed with events on many business dates, many of them back-dated', () => {
    // The whole seed, or its first 1,500 commands on MongoDB (test/support/seedCommands.ts).
    const commands = seedCommandsForReadModelTests().length;
    expect(dates.length).toBeGreaterThan(20);
    expect(head).toBeGreaterThanOrEqual(commands);
    expect(lateEvents).toBeGreaterThan(commands / 100);
  });

  const views: ViewName[] = ['county', 'directCounty', 'prefecture', 'province', 'national', 'milestones'];
  it.each(views)(
    'equals a full replay for the %s view at random dates and positions of the seed',
    async (name) => {
      for (const asOf of cases(views.indexOf(name) + 16, 8)) {
        const actual = await fromHistory(name, asOf);
        expect(actual, JSON.stringify(asOf)).not.toBeNull();
        const basis = (actual as { basis: ViewBasis }).basis;
        const expected = await fromReplay(name, asOf, basis);
        expect(actual, JSON.stringify(asOf)).toEqual(expected);
      }
    },
    300_000,
  );

  it('gives the latest business date as of a position as a replay does (a report compiled at a position)', async () => {
    for (const { position = head } of cases(99, 6).filter((asOf) => asOf.date === undefined)) {
      const history = new HistoryReadModels({
        live: platform.readModelStore,
        eventStore: platform.eventStore,
        context,
        position,
        checkpoint: head,
      });
      const replay = await replayAsOf({
        eventStore: platform.eventStore,
        context,
        asOf: { position },
        createProjectors: (projectionContext) => createProjectors(projectionContext),
      });
      try {
        const expected = await new ReadModelViews(
          replay.store,
          context,
          heilongjiangMilestones,
        ).latestBusinessDate();
        const actual = await new ReadModelViews(
          history,
          context,
          heilongjiangMilestones,
        ).latestBusinessDate();
        expect(actual, String(position)).toEqual(expected);
      } finally {
        await replay.dispose();
      }
    }
  }, 120_000);
});
