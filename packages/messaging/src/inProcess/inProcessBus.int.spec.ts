import { describe, expect, it } from 'vitest';
import { runBusContract } from '../contract';
import { eventually, recorder } from '../contract/fixtures';
import { createInProcessBus } from './inProcessBus';

runBusContract('in-process', {
  create: () => Promise.resolve(createInProcessBus()),
  timeoutMs: 5000,
  quietMs: 200,
});

describe('in-process bus', () => {
  it('knows the topics it was created with, and hands out at most maxBatchSize messages at a time', async () => {
    const bus = createInProcessBus({
      topics: ['intake', { topic: 'public', partitions: 2 }],
      partitions: 3,
      maxBatchSize: 7,
    });
    await bus.publish(
      'intake',
      Array.from({ length: 30 }, (_, index) => ({ key: 'k', value: String(index) })),
    );
    const sizes: number[] = [];
    const { handled, handleBatch } = recorder();
    const subscription = await bus.subscribe({
      groupId: 'g',
      topics: ['intake'],
      fromBeginning: true,
      handleBatch: async (batch, control) => {
        sizes.push(batch.length);
        await handleBatch(batch, control);
      },
    });
    await eventually(() => handled.length === 30, 2000, '30 messages');
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
    expect(subscription.assignment()).toEqual([{ topic: 'intake', partitions: [0, 1, 2] }]);
    await bus.close();
  });

  it('starts a new group at the end of the log unless told fromBeginning', async () => {
    const bus = createInProcessBus({ topics: [{ topic: 't', partitions: 1 }] });
    await bus.publish('t', [{ key: null, value: 'old' }]);
    const { handled, handleBatch } = recorder();
    await bus.subscribe({ groupId: 'late', topics: ['t'], handleBatch });
    await bus.publish('t', [{ key: null, value: 'new' }]);
    await eventually(() => handled.length === 1, 2000, 'the new message');
    expect(handled[0]!.value.toString()).toBe('new');
    await bus.close();
  });

  it('messages sent by separate callbacks of one turn of the event loop are handled together (group commit)', async () => {
    const bus = createInProcessBus({ topics: [{ topic: 't', partitions: 1 }] });
    const sizes: number[] = [];
    const { handled, handleBatch } = recorder();
    await bus.subscribe({
      groupId: 'g',
      topics: ['t'],
      handleBatch: async (batch, control) => {
        sizes.push(batch.length);
        await handleBatch(batch, control);
      },
    });
    // As 20 requests read in one poll of the sockets: each its own callback, microtasks run between them.
    for (let n = 0; n < 20; n++)
      setTimeout(() => void bus.publish('t', [{ key: null, value: String(n) }]), 0);
    await eventually(() => handled.length === 20, 2000, '20 messages');
    expect(handled.map((message) => message.value.toString())).toEqual(
      Array.from({ length: 20 }, (_, n) => String(n)),
    );
    expect(sizes).toEqual([20]);
    await bus.close();
  });
});
