import { describe, expect, it } from 'vitest';
import { domainTesting } from '@gongkai/domain';
import { isInvalidPublicEventError } from '../errors';
import { recordedEvent } from '../testing/recordedEvent';
import { dedupeById } from './dedupeById';
import { parsePublicEvent } from './parsePublicEvent';
import { PublicCloudEventSchema } from './publicCloudEventSchema';
import { toBusMessage, toCloudEvent } from './toCloudEvent';

const { itemEvents, pilotEvents, completeStandard } = domainTesting;
const EVENT_ID = '0b7f1f52-3c1e-5d0a-9a57-4f3e2b1c0d9e';

const disclosure = () => {
  const { type, data } = itemEvents().disclosed;
  return recordedEvent(type, data);
};

describe('a recorded event as a public CloudEvent', () => {
  it('a disclosure becomes a CloudEvents 1.0 event: id = event id, source and key by tenant, subject = stream', () => {
    expect(toCloudEvent(disclosure())).toEqual({
      specversion: '1.0',
      id: EVENT_ID,
      source: '/gongkai/tenants/230102',
      type: 'cn.gov.gongkai.DisclosurePublished.v2',
      subject: 'catalogueItem-230102-edu-enrolment-scope',
      time: '2017-09-25T09:30:00+08:00',
      datacontenttype: 'application/json',
      tenant: '230102',
      partitionkey: '230102',
      position: '42',
      recordedat: '2026-11-28T04:00:00.000Z',
      data: itemEvents().disclosed.data,
    });
  });

  it('what it publishes is valid under the exported schema', () => {
    const events = [
      disclosure(),
      recordedEvent('StandardDefined', itemEvents().standardDefined(completeStandard()).data),
      recordedEvent('CatalogueItemPublished', itemEvents().published.data),
      recordedEvent('AcceptanceConducted', pilotEvents().prefectureFailed.data, {
        streamId: 'pilotUnit-230102',
      }),
      recordedEvent('PilotCompleted', pilotEvents().completed.data, { streamId: 'pilotUnit-230102' }),
    ];
    for (const event of events) {
      expect(PublicCloudEventSchema.safeParse(toCloudEvent(event)).error).toBeUndefined();
    }
  });

  it('an acceptance goes out with its score and result, without the inspectors’ findings', () => {
    const accepted = toCloudEvent(
      recordedEvent('AcceptanceConducted', pilotEvents().prefectureFailed.data, {
        streamId: 'pilotUnit-230102',
      }),
    );
    expect(accepted?.data).toEqual({
      unit: '230102',
      stage: 'prefecture',
      conductedBy: '230100',
      score: 55,
      passed: false,
      conductedOn: '2018-06-28',
    });
  });

  it('a retirement goes out without its reason', () => {
    expect(toCloudEvent(recordedEvent('CatalogueItemRetired', itemEvents().retired.data))?.data).toEqual({
      itemId: 'edu-enrolment-scope',
      retiredOn: '2018-03-01',
    });
  });

  it('an event stored at an older schema version is upcast: type and data at the current version', () => {
    const v1 = recordedEvent(
      'DisclosurePublished',
      {
        itemId: 'edu-enrolment-scope',
        disclosureId: 'd-2017-001',
        title: '2017年秋季义务教育招生范围',
        channel: '区政府门户网站',
        reference: 'http://www.hrbdl.gov.cn/zwgk/1.html',
        formedOn: '2017-09-20',
        publishedOn: '2017-09-25',
      },
      { schemaVersion: 1 },
    );
    expect(toCloudEvent(v1)).toMatchObject({
      type: 'cn.gov.gongkai.DisclosurePublished.v2',
      data: { channel: 'government-website', url: 'http://www.hrbdl.gov.cn/zwgk/1.html', reference: null },
    });
  });

  it('time is the business time; without an offset it is normalised, unreadable it is the store time', () => {
    const at = (occurredAt: string) =>
      toCloudEvent(
        recordedEvent('CatalogueItemPublished', itemEvents().published.data, {
          metadata: { ...disclosure().metadata, occurredAt },
        }),
      )?.time;
    expect(at('2017-09-15T09:00:00Z')).toBe('2017-09-15T09:00:00Z');
    expect(at('2017-09-15T09:00:00')).toMatch(/^2017-09-15T\d{2}:00:00\.000Z$/);
    expect(at('yesterday')).toBe('2026-11-28T04:00:00.000Z');
  });

  it('goes on the bus in structured mode: keyed by tenant, content-type of the JSON event format', () => {
    const event = toCloudEvent(disclosure())!;
    const message = toBusMessage(event);
    expect(message.key).toBe('230102');
    expect(message.headers).toEqual({ 'content-type': 'application/cloudevents+json; charset=UTF-8' });
    expect(parsePublicEvent(message)).toEqual(event);
  });
});

describe('a subscriber of the public topic', () => {
  it('refuses what is not one of our CloudEvents, with PUBLIC_EVENT_INVALID', () => {
    const refused = (value: string) => {
      try {
        parsePublicEvent({ value });
      } catch (error) {
        return isInvalidPublicEventError(error) ? error.issues : ['not PUBLIC_EVENT_INVALID'];
      }
      return [];
    };
    expect(refused('{')).toHaveLength(1);
    expect(refused(JSON.stringify({ ...toCloudEvent(disclosure()), specversion: '0.3' }))).toEqual([
      'specversion: Invalid input: expected "1.0"',
    ]);
    expect(
      refused(JSON.stringify({ ...toCloudEvent(disclosure()), type: 'cn.gov.gongkai.Unknown.v1' })),
    ).not.toEqual([]);
  });

  it('sees each event once with dedupeById, however often and in whatever batches it arrives', () => {
    const dedupe = dedupeById();
    const a = { id: 'a' };
    const b = { id: 'b' };
    const c = { id: 'c' };
    expect(dedupe([a, b, a])).toEqual([a, b]);
    expect(dedupe([b, c])).toEqual([c]);
    expect(dedupe([a, b, c])).toEqual([]);
    expect(dedupe.size).toBe(3);
  });
});
