import { describe, expect, it } from 'vitest';
import type { Subscription } from '../port';
import type { ContractContext } from './context';
import { eventually, numbered, range, recorder, uniqueName } from './fixtures';

const partitionsOf = (subscription: Subscription) =>
  subscription.assignment().flatMap((assignment) => assignment.partitions);

/** Both hold partitions, none twice, and together all of them: the group has settled. */
const settled = (a: Subscription, b: Subscription, partitions: number) => {
  const [ofA, ofB] = [partitionsOf(a), partitionsOf(b)];
  const all = new Set([...ofA, ...ofB]);
  return (
    ofA.length > 0 && ofB.length > 0 && all.size === partitions && ofA.length + ofB.length === partitions
  );
};

export const groupContract = (ctx: ContractContext): void => {
  describe('consumer groups', () => {
    it('splits the partitions between two subscriptions of a group, which together handle each message once', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 4);
      const groupId = uniqueName('group');
      const [first, second] = [recorder(), recorder()];
      const a = await ctx.subscribe(bus, {
        groupId,
        topics: [topic],
        fromBeginning: true,
        handleBatch: first.handleBatch,
      });
      const b = await ctx.subscribe(bus, {
        groupId,
        topics: [topic],
        fromBeginning: true,
        handleBatch: second.handleBatch,
      });
      await eventually(() => settled(a, b, 4), ctx.timeoutMs, 'both subscriptions to hold partitions');
      await bus.publish(
        topic,
        numbered(200, (index) => `tenant-${index % 20}`),
      );
      const total = () => first.handled.length + second.handled.length;
      await eventually(() => total() >= 200, ctx.timeoutMs, '200 messages');
      expect([...first.indexes(), ...second.indexes()].sort((x, y) => x - y)).toEqual(range(0, 200));
      const partitionsOfA = new Set(first.handled.map((message) => message.partition));
      for (const message of second.handled) expect(partitionsOfA.has(message.partition)).toBe(false);
      expect(first.handled.length).toBeGreaterThan(0);
      expect(second.handled.length).toBeGreaterThan(0);
    });

    it('resumes a group after its last handled message when it subscribes again', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 2);
      const groupId = uniqueName('group');
      await bus.publish(
        topic,
        numbered(20, (index) => `k${index % 4}`),
      );
      const before = recorder();
      const first = await ctx.subscribe(bus, {
        groupId,
        topics: [topic],
        fromBeginning: true,
        handleBatch: before.handleBatch,
      });
      await eventually(() => before.handled.length === 20, ctx.timeoutMs, 'the first 20 messages');
      await first.stop();
      await bus.publish(
        topic,
        numbered(10, (index) => `k${index % 4}`, 20),
      );
      const after = recorder();
      await ctx.subscribe(bus, {
        groupId,
        topics: [topic],
        fromBeginning: true,
        handleBatch: after.handleBatch,
      });
      await eventually(() => after.handled.length >= 10, ctx.timeoutMs, 'the 10 new messages');
      expect(after.indexes().sort((x, y) => x - y)).toEqual(range(20, 30));
    });

    it('gives each group every message, whatever another group has handled', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 2);
      await bus.publish(
        topic,
        numbered(30, (index) => `k${index % 3}`),
      );
      const [one, two] = [recorder(), recorder()];
      await ctx.subscribe(bus, {
        groupId: uniqueName('group'),
        topics: [topic],
        fromBeginning: true,
        handleBatch: one.handleBatch,
      });
      await ctx.subscribe(bus, {
        groupId: uniqueName('group'),
        topics: [topic],
        fromBeginning: true,
        handleBatch: two.handleBatch,
      });
      await eventually(
        () => one.handled.length === 30 && two.handled.length === 30,
        ctx.timeoutMs,
        'both groups',
      );
      expect(one.indexes().sort((x, y) => x - y)).toEqual(range(0, 30));
      expect(two.indexes().sort((x, y) => x - y)).toEqual(range(0, 30));
    });
  });
};
