import { publicActor } from '@gongkai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../../testing/testPlatform';
import { DAOLI, HARBIN, registerDaoli, startTestPlatform } from '../../testing/testPlatform';

let platform: TestPlatform;

const pilotFeedback = (feedbackId: string, satisfaction: number, on: string) => ({
  type: 'RecordPilotFeedback' as const,
  data: {
    tenant: DAOLI,
    feedbackId,
    kind: 'social-evaluation' as const,
    evaluator: '公众（试点工作专题网上评价）',
    satisfaction,
    sampleSize: 1,
    comment: '专题信息全面',
    recordedOn: on,
  },
});

beforeAll(async () => {
  platform = await startTestPlatform();
  const { send } = platform;
  await registerDaoli(send);
  const visitor = publicActor({ code: DAOLI, tier: 'county' });
  await send(pilotFeedback('web-1', 5, '2018-05-01'), visitor, '2018-05-01');
  await send(pilotFeedback('web-2', 2, '2018-05-02'), visitor, '2018-05-02');
});
afterAll(() => platform.close());

describe('feedback on a pilot as a whole (its special-topic home)', () => {
  it('counts in the county’s social evaluation, in no area', async () => {
    const view = await platform.views.countyView(DAOLI);
    expect(view?.totals.feedback).toMatchObject({ count: 2, averageSatisfaction: 3.5, sampleSize: 2 });
    expect(view?.byArea.map((area) => area.feedback.count)).toEqual([0]);
  });

  it('rolls up to the prefecture and the province like item feedback', async () => {
    const prefecture = await platform.views.prefectureView(HARBIN);
    expect(prefecture?.rollup.totals.feedback.count).toBe(2);
    expect(prefecture?.counties.find((row) => row.tenant === DAOLI)?.feedbackCount).toBe(2);
  });

  it('is in the view as of a past date only from the day it was recorded', async () => {
    const view = await platform.views.countyView(DAOLI, { date: '2018-05-01' });
    expect(view?.totals.feedback.count).toBe(1);
  });
});
