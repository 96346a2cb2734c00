import { describe, expect, it } from 'vitest';
import { isTopicNotFoundError } from '../errors';
import type { BusMessage } from '../port';
import type { ContractContext } from './context';
import { indexOf, numbered, uniqueName } from './fixtures';

const byKey = (messages: BusMessage[]) => {
  const groups = new Map<string | null, BusMessage[]>();
  for (const message of messages) groups.set(message.key, [...(groups.get(message.key) ?? []), message]);
  return groups;
};

const rejection = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );

export const publishContract = (ctx: ContractContext): void => {
  describe('publish and consume', () => {
    it('delivers a keyed message to a group with its key, value, headers and a timestamp', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 2);
      const before = Date.now();
      const value = Buffer.from([0, 1, 2, 255]);
      await bus.publish(topic, [{ key: 'tenant-230102', value, headers: { 'correlation-id': 'c-1' } }]);
      const handled = await ctx.consume(bus, topic, 1);
      const [message] = handled;
      expect(message).toMatchObject({ topic, key: 'tenant-230102', headers: { 'correlation-id': 'c-1' } });
      expect(Buffer.compare(message!.value, value)).toBe(0);
      expect(message!.offset).toMatch(/^\d+$/);
      expect([0, 1]).toContain(message!.partition);
      expect(message!.timestamp).toBeGreaterThanOrEqual(before - 5000);
      expect(message!.timestamp).toBeLessThanOrEqual(Date.now() + 5000);
    });

    it('sends a string value as UTF-8 and a message without headers with empty headers', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 1);
      await bus.publish(topic, [{ key: null, value: '黑龙江省人民政府办公厅' }]);
      const handled = await ctx.consume(bus, topic, 1);
      expect(handled[0]!.value.toString('utf8')).toBe('黑龙江省人民政府办公厅');
      expect(handled[0]!.headers).toEqual({});
      expect(handled[0]!.key).toBeNull();
    });

    it('puts every message of a key in one partition and keeps the publish order of the key', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 4);
      for (let round = 0; round < 3; round++)
        await bus.publish(
          topic,
          numbered(30, (index) => `tenant-${index % 7}`, round * 30),
        );
      const handled = await ctx.consume(bus, topic, 90);
      for (const [key, messages] of byKey(handled)) {
        expect(new Set(messages.map((message) => message.partition)).size, `partitions of ${key}`).toBe(1);
        const indexes = messages.map(indexOf);
        expect(indexes, `order of ${key}`).toEqual([...indexes].sort((a, b) => a - b));
      }
      expect(new Set(handled.map((message) => message.partition)).size).toBeGreaterThan(1);
    });

    it('spreads messages without a key over the partitions', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 4);
      await bus.publish(topic, numbered(40));
      const handled = await ctx.consume(bus, topic, 40);
      expect(new Set(handled.map((message) => message.partition)).size).toBeGreaterThan(1);
    });

    it('refuses to publish to or subscribe to a topic that was never created', async () => {
      const bus = await ctx.bus();
      const missing = uniqueName('missing');
      const published = await rejection(bus.publish(missing, numbered(1)));
      expect(isTopicNotFoundError(published), `expected BUS_TOPIC_NOT_FOUND, got ${String(published)}`).toBe(
        true,
      );
      const subscribed = await rejection(
        bus.subscribe({
          groupId: uniqueName('group'),
          topics: [missing],
          handleBatch: () => Promise.resolve(),
        }),
      );
      expect(
        isTopicNotFoundError(subscribed),
        `expected BUS_TOPIC_NOT_FOUND, got ${String(subscribed)}`,
      ).toBe(true);
    });
  });
};
