import type { BusMessage } from '@gongkai/messaging';
import { REFERENCE_ITEMS_TOPIC } from '../topics';

let offset = 0;

/** A message of the reference topic as a subscriber receives it. */
export const referenceMessage = (value: unknown): BusMessage => ({
  topic: REFERENCE_ITEMS_TOPIC,
  partition: 0,
  offset: String(offset++),
  key: null,
  value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
  headers: {},
  timestamp: Date.now(),
});
