import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicCloudEvent } from '@gongkai/bridge';
import { PUBLIC_EVENTS_TOPIC, REFERENCE_ITEMS_TOPIC, referenceItemId } from '@gongkai/bridge';
import { collect } from '@gongkai/testkit';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import { readTopic } from '../support/topicReader';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({ seed: true });
});
afterAll(() => platform.close());

describe('the platform’s bridge to the provincial data-sharing bus', () => {
  it('publishes every public event of the seed as a CloudEvent whose id is the event id, and nothing else', async () => {
    const published = (await collect(platform.stack.eventStore.readAll())).filter(
      (event) => event.type === 'CatalogueItemPublished',
    );
    const reader = await readTopic(platform.bus, PUBLIC_EVENTS_TOPIC);
    await reader.until((messages) => messages.length >= published.length);
    const events = reader.json<PublicCloudEvent>();
    const ids = new Set(events.map((event) => event.id));
    expect(published.every((event) => ids.has(event.eventId))).toBe(true);
    expect(events.every((event) => event.specversion === '1.0')).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/"actor"|PublicFeedbackRecorded|CommandRejected/);
    await reader.stop();
  });

  it('turns a reference item of a pilot county’s list into a catalogue item draft, once', async () => {
    const item = {
      specVersion: 1,
      listKind: 'public-service-list',
      tenant: '230102',
      listCode: 'GGFW-2018-0042',
      name: '义务教育阶段学生转学',
      category: '学生管理',
      area: '义务教育',
    };
    await platform.bus.publish(REFERENCE_ITEMS_TOPIC, [
      { key: '230102', value: JSON.stringify(item) },
      { key: '230102', value: JSON.stringify({ ...item, name: '义务教育阶段学生转学（新版）' }) },
    ]);
    const itemId = referenceItemId({
      tenant: '230102',
      listKind: 'public-service-list',
      listCode: 'GGFW-2018-0042',
    });
    const streamId = `catalogueItem-230102-${itemId}`;
    let events: Awaited<ReturnType<typeof collect>> = [];
    for (let tries = 0; events.length === 0 && tries < 200; tries++) {
      events = await collect(platform.stack.eventStore.readStream(streamId));
      if (events.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = await collect(platform.stack.eventStore.readStream(streamId));
    expect(stored.map((event) => event.type)).toEqual(['CatalogueItemDrafted']);
    expect(stored[0]!.data).toMatchObject({ source: 'public-service-list' });
  });
});
