import type { Producer, ProducerBatch } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { Publisher } from './publisher';
import type { TopicRegistry } from './topics';

const topics = {
  partitionsOf: (topic: string) =>
    topic === 'gone' ? Promise.reject(new Error(`no topic ${topic}`)) : Promise.resolve(4),
} as unknown as TopicRegistry;

/** A producer whose sends wait until released, recording what each carried (topic: values). */
const heldProducer = (refuse: (value: string) => boolean = () => false) => {
  const sends: string[][] = [];
  const pending: (() => void)[] = [];
  const producer = {
    sendBatch: (batch: ProducerBatch) => {
      const values = batch.topicMessages!.flatMap(({ topic, messages }) =>
        messages.map((message) => `${topic}:${String(message.value)}`),
      );
      sends.push(values);
      return new Promise((resolve, reject) =>
        pending.push(() =>
          values.some((value) => refuse(value))
            ? reject(Object.assign(new Error('too large'), { type: 'MESSAGE_TOO_LARGE' }))
            : resolve([]),
        ),
      );
    },
  } as unknown as Producer;
  const releaseAll = async () => {
    while (pending.length > 0) {
      pending.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { producer, sends, releaseAll };
};

const message = (value: string) => ({ key: 'tenant', value });

describe('the Kafka publisher', () => {
  it('sends the publishes made while one is in flight together, in one request, in their order', async () => {
    const { producer, sends, releaseAll } = heldProducer();
    const publisher = new Publisher(topics);
    const connect = () => Promise.resolve(producer);
    const first = publisher.publish(connect, 'a', [message('1')]);
    await new Promise((resolve) => setImmediate(resolve));
    const second = publisher.publish(connect, 'b', [message('2')]);
    const third = publisher.publish(connect, 'a', [message('3'), message('4')]);
    await releaseAll();
    await Promise.all([first, second, third]);
    // Grouped by topic; within a topic (and so within a key) in the order published.
    expect(sends).toEqual([['a:1'], ['b:2', 'a:3', 'a:4']]);
  });

  it("answers each publish of a shared request for its own records when the broker refuses one's", async () => {
    const { producer, sends, releaseAll } = heldProducer((value) => value === 'a:big');
    const publisher = new Publisher(topics);
    const connect = () => Promise.resolve(producer);
    const first = publisher.publish(connect, 'a', [message('1')]);
    await new Promise((resolve) => setImmediate(resolve));
    const refused = publisher.publish(connect, 'a', [message('big')]);
    const fine = publisher.publish(connect, 'b', [message('2')]);
    const missing = publisher.publish(connect, 'gone', [message('3')]);
    refused.catch(() => undefined);
    missing.catch(() => undefined);
    await releaseAll();
    await first;
    await expect(refused).rejects.toMatchObject({ type: 'MESSAGE_TOO_LARGE' });
    await expect(fine).resolves.toBeUndefined();
    await expect(missing).rejects.toThrow('no topic gone');
    expect(sends).toEqual([['a:1'], ['a:big', 'b:2'], ['a:big'], ['b:2']]);
  });
});
