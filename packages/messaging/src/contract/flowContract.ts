import { describe, expect, it } from 'vitest';
import { isBusClosedError } from '../errors';
import type { ContractContext } from './context';
import { eventually, indexOf, numbered, range, recorder, sleep, uniqueName } from './fixtures';

export const flowContract = (ctx: ContractContext): void => {
  describe('flow control and shutdown', () => {
    it('delivers nothing while paused and continues where it was on resume', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 2);
      const { handled, handleBatch, indexes } = recorder();
      const subscription = await ctx.subscribe(bus, {
        groupId: uniqueName('group'),
        topics: [topic],
        fromBeginning: true,
        handleBatch,
      });
      await bus.publish(
        topic,
        numbered(10, (index) => `k${index % 2}`),
      );
      await eventually(() => handled.length === 10, ctx.timeoutMs, 'the first 10 messages');
      subscription.pause();
      await sleep(ctx.quietMs / 4);
      await bus.publish(
        topic,
        numbered(10, (index) => `k${index % 2}`, 10),
      );
      await sleep(ctx.quietMs);
      expect(handled).toHaveLength(10);
      subscription.resume();
      await eventually(() => handled.length === 20, ctx.timeoutMs, 'the 10 messages published while paused');
      expect(indexes().sort((x, y) => x - y)).toEqual(range(0, 20));
    });

    it('stop() waits for the batch in flight, commits it, and delivers nothing more', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 1);
      const groupId = uniqueName('group');
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      const handled: number[] = [];
      let started = false;
      const subscription = await ctx.subscribe(bus, {
        groupId,
        topics: [topic],
        fromBeginning: true,
        handleBatch: async (batch) => {
          started = true;
          await gate;
          handled.push(...batch.map(indexOf));
        },
      });
      await bus.publish(
        topic,
        numbered(5, () => 'k'),
      );
      await eventually(() => started, ctx.timeoutMs, 'the batch to start');
      let stopped = false;
      const stopping = subscription.stop().then(() => (stopped = true));
      await sleep(100);
      expect(stopped).toBe(false);
      release();
      await stopping;
      const inFlight = handled.length;
      expect(inFlight).toBeGreaterThan(0);
      await bus.publish(topic, [{ key: 'k', value: '5' }]);
      await sleep(ctx.quietMs / 2);
      expect(handled).toHaveLength(inFlight);
      const next = recorder();
      await ctx.subscribe(bus, {
        groupId,
        topics: [topic],
        fromBeginning: true,
        handleBatch: next.handleBatch,
      });
      await eventually(() => next.indexes().includes(5), ctx.timeoutMs, 'the rest after the committed batch');
      expect([...handled, ...next.indexes()]).toEqual(range(0, 6));
    });

    it('refuses work once closed, and close() stops its subscriptions', async () => {
      const bus = await ctx.bus();
      const topic = await ctx.topic(bus, 1);
      const { handled, handleBatch } = recorder();
      await bus.subscribe({
        groupId: uniqueName('group'),
        topics: [topic],
        fromBeginning: true,
        handleBatch,
      });
      await bus.close();
      const error = await bus.publish(topic, numbered(1)).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(isBusClosedError(error), `expected BUS_CLOSED, got ${String(error)}`).toBe(true);
      expect(handled).toHaveLength(0);
      await bus.close();
    });
  });
};
