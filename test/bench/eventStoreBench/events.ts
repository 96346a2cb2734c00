import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@gongkai/event-store';

/** The tenants the events belong to: Harbin's districts, as in the seed data. */
const TENANTS = ['230102', '230103', '230104', '230108', '230109'];

/**
 * V8 builds `randomUUID()` and template literals as rope (cons) strings, flattened on first read. An
 * event decoded from a message (the real caller) holds flat strings: flatten here, off the clock.
 */
const flat = (text: string): string => {
  void text.charCodeAt(0);
  return text;
};

/**
 * A realistic catalogue event: ~320 bytes of JSON, mostly Chinese text, and the metadata the port
 * asks for. Ids are random UUIDs, like the platform's UUIDv5 ids derived from message ids.
 */
export const benchEvent = (n: number): EventToAppend => {
  const tenant = TENANTS[n % TENANTS.length]!;
  return {
    eventId: flat(randomUUID()),
    type: n % 3 === 0 ? 'CatalogueItemDrafted' : 'StandardRevised',
    schemaVersion: 1,
    data: {
      itemId: flat(`catalogueItem-${tenant}-${n}`),
      name: '行政许可事项办理结果公开',
      area: '行政许可',
      basis: '《中华人民共和国政府信息公开条例》第二十条',
      subject: '哈尔滨市道里区人民政府办公室',
      timeLimitDays: 20,
      channels: ['政府网站', '政务新媒体', '政务服务中心'],
      proactive: true,
      revision: n % 7,
    },
    metadata: {
      tenant,
      actor: { id: flat(`user-${tenant}-admin`), tier: 'county', tenant },
      correlationId: flat(randomUUID()),
      causationId: flat(randomUUID()),
      occurredAt: '2018-05-14T09:30:00.000Z',
    },
  };
};

export const benchEvents = (count: number, from = 0): EventToAppend[] =>
  Array.from({ length: count }, (_, i) => benchEvent(from + i));

/** Single-event appends go round-robin over this many streams, each with its exact revision. */
export const SINGLE_STREAMS = 1000;

export const singleStreamId = (n: number): string => flat(`catalogueItem-230102-${n % SINGLE_STREAMS}`);
export const batchStreamId = (n: number): string => flat(`import-230102-${n}`);
