import { eventDescriptions } from '@gongkai/domain';
import { z } from 'zod';
import type { PublicEventType } from './allowList';
import { publicEventRules } from './allowList';
import { cloudEventTypeOf } from './cloudEventType';
import { publicDataSchemas } from './publicDataSchemas';

const DIVISION_CODE = /^\d{6}$/;
const RFC3339 = z.iso.datetime({ offset: true });

/** The context attributes every public CloudEvent carries (structured mode, JSON event format). */
const attributes = {
  specversion: z.literal('1.0'),
  id: z.guid().describe('the event id in the Gongkai event store: the same on every redelivery'),
  source: z
    .string()
    .regex(/^\/gongkai\/tenants\/\d{6}$/)
    .describe('/gongkai/tenants/<tenant>: the tenant whose event this is'),
  subject: z
    .string()
    .min(1)
    .describe('the stream id, e.g. catalogueItem-230102-<itemId> or pilotUnit-230102'),
  time: RFC3339.describe('business time (occurredAt) of the command that recorded the event'),
  datacontenttype: z.literal('application/json'),
  tenant: z.string().regex(DIVISION_CODE).describe('extension: the tenant (GB/T 2260 code)'),
  partitionkey: z
    .string()
    .regex(DIVISION_CODE)
    .describe('extension (Partitioning): the Kafka key, the tenant'),
  position: z
    .string()
    .regex(/^[1-9]\d*$/)
    .describe('extension: global event-store position, decimal (orders the events of a tenant)'),
  recordedat: RFC3339.describe('extension: store time (recordedAt)'),
};

const cloudEventOf = (type: PublicEventType) =>
  z
    .object({
      ...attributes,
      type: z.literal(cloudEventTypeOf(type)),
      data: publicDataSchemas[type],
    })
    .describe(eventDescriptions[type]);

const [first, ...rest] = (Object.keys(publicEventRules) as PublicEventType[]).map(cloudEventOf);

/** Every message on the public topic: a CloudEvents 1.0 JSON event, one variant per public event type. */
export const PublicCloudEventSchema = z.discriminatedUnion('type', [first!, ...rest]);

export interface PublicCloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  tenant: string;
  partitionkey: string;
  position: string;
  recordedat: string;
  data: Record<string, unknown>;
}
