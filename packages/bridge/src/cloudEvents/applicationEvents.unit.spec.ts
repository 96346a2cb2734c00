import {
  createTenantDirectory,
  demoApplications,
  heilongjiangSeed,
  officialWorkingDayCalendar as calendar,
} from '@gongkai/domain';
import { describe, expect, it } from 'vitest';
import { recordedEvent } from '../testing/recordedEvent';
import { toCloudEvent } from './toCloudEvent';

const directory = createTenantDirectory(heilongjiangSeed);
const demo = demoApplications({
  seed: 5,
  counties: ['230102'],
  fromYear: 2019,
  toYear: 2021,
  directory,
  calendar,
});
const events = demo.flatMap((application) =>
  application.events.map((event) => ({ event, streamId: application.streamId })),
);

/** Every string value under a `personal` field, and the tracking codes: none may cross the bridge. */
const secretsOf = (value: unknown, inPersonal = false): string[] => {
  if (typeof value === 'string') return inPersonal ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => secretsOf(item, inPersonal));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'trackingCode' && typeof inner === 'string'
      ? [inner]
      : secretsOf(inner, inPersonal || key === 'personal'),
  );
};

describe('application events on the public bus', () => {
  it('every event of the demo applications goes out with no personal value, tracking code, position or fee units', () => {
    const types = new Set<string>();
    for (const { event, streamId } of events) {
      const cloudEvent = toCloudEvent(recordedEvent(event.type, event.data, { streamId }));
      expect(cloudEvent, event.type).toBeDefined();
      types.add(event.type);
      const data = cloudEvent!.data;
      expect(data).not.toHaveProperty('personal');
      expect(data).not.toHaveProperty('trackingCode');
      expect(data).not.toHaveProperty('position');
      expect(data).not.toHaveProperty('units');
      const json = JSON.stringify(cloudEvent);
      for (const secret of secretsOf(event.data))
        expect(json, `${event.type}: ${secret}`).not.toContain(secret);
      expect(data['applicationId']).toBe((event.data as { applicationId: string }).applicationId);
    }
    // The demo covers the lifecycle: receipt, correction, consultation, decision, delivery, review.
    for (const type of [
      'ApplicationReceived',
      'CorrectionRequested',
      'ThirdPartyReplied',
      'ApplicationDecided',
      'DecisionDelivered',
      'ReviewOrSuitFiled',
      'ProcessingFeeNotified',
    ])
      expect(types, type).toContain(type);
  });
});
