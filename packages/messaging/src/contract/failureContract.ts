import { describe, expect, it } from 'vitest';
import type { BusMessage, HandlerFailure, SubscribeOptions } from '../port';
import type { ContractContext } from './context';
import { eventually, indexOf, numbered, quickRedelivery, range, recorder, uniqueName } from './fixtures';

/** A handler that throws on every batch holding message `poison` while `failing()` holds. */
const failingOn = (poison: number, failing: () => boolean) => {
  const delivered: number[][] = [];
  const succeeded: number[] = [];
  const handleBatch: SubscribeOptions['handleBatch'] = (batch: BusMessage[]) => {
    const indexes = batch.map(indexOf);
    delivered.push(indexes);
    if (indexes.includes(poison) && failing())
      return Promise.reject(new Error(`cannot handle message ${poison}`));
    succeeded.push(...indexes);
    return Promise.resolve();
  };
  return { delivered, succeeded, handleBatch };
};

export const failureContract = (ctx: ContractContext): void => {
  describe('a handler that throws', () => {
    it('gets the same messages again, and the partition goes on in order once it succeeds', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 1);
      await bus.publish(
        topic,
        numbered(10, () => 'tenant-230102'),
      );
      let failures = 0;
      const reported: HandlerFailure[] = [];
      const handler = failingOn(5, () => failures++ < 2);
      await ctx.subscribe(bus, {
        groupId: uniqueName('group'),
        topics: [topic],
        fromBeginning: true,
        redelivery: quickRedelivery,
        onHandlerError: (failure) => reported.push(failure),
        handleBatch: handler.handleBatch,
      });
      await eventually(() => handler.succeeded.length >= 10, ctx.timeoutMs, 'every message handled');
      expect(handler.succeeded).toEqual(range(0, 10));
      expect(handler.delivered.filter((indexes) => indexes.includes(5)).length).toBe(3);
      expect(reported).toHaveLength(2);
      expect(reported.map((failure) => failure.attempt)).toEqual([1, 2]);
      expect(reported[0]).toMatchObject({ topic, partition: 0 });
      expect((reported[0]!.error as Error).message).toBe('cannot handle message 5');
    });

    it('leaves the failed batch and all after it uncommitted, so the next subscription of the group gets them', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 1);
      const groupId = uniqueName('group');
      await bus.publish(
        topic,
        numbered(10, () => 'tenant-230102'),
      );
      let failures = 0;
      const broken = failingOn(5, () => true);
      const first = await ctx.subscribe(bus, {
        groupId,
        topics: [topic],
        fromBeginning: true,
        redelivery: quickRedelivery,
        onHandlerError: () => failures++,
        handleBatch: broken.handleBatch,
      });
      await eventually(() => failures >= 2, ctx.timeoutMs, 'two failures');
      await first.stop();
      expect(broken.succeeded).not.toContain(5);
      const fixed = recorder();
      await ctx.subscribe(bus, {
        groupId,
        topics: [topic],
        fromBeginning: true,
        handleBatch: fixed.handleBatch,
      });
      await eventually(() => fixed.indexes().includes(9), ctx.timeoutMs, 'the rest of the partition');
      const again = fixed.indexes();
      expect(again[0]).toBeLessThanOrEqual(5);
      expect(again).toEqual(range(again[0]!, 10));
      expect([...broken.succeeded, ...again].sort((x, y) => x - y)).toEqual(range(0, 10));
    });
  });
};
