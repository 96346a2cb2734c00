import type { IHeaders, KafkaMessage } from 'kafkajs';
import type { BusMessage } from '../port';

const EMPTY = Buffer.alloc(0);

const headersOf = (headers: IHeaders | undefined): Record<string, string> => {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result[name] = first.toString();
  }
  return result;
};

export const busMessageOf = (topic: string, partition: number, message: KafkaMessage): BusMessage => ({
  topic,
  partition,
  offset: message.offset,
  key: message.key === null ? null : message.key.toString('utf8'),
  value: message.value ?? EMPTY,
  headers: headersOf(message.headers),
  timestamp: Number(message.timestamp),
});
