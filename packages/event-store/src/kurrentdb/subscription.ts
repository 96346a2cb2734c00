import type { AllStreamSubscription, KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { RecordedEvent, SubscribeOptions, Subscription } from '../port';
import { isCancelled, toPortError } from './errors';
import { accepts, matchesNothing, serverFilterOf } from './filters';
import { positionOf, readPositionAfter } from './positions';
import { assertRising, type KurrentReader } from './reader';
import type { StreamNames } from './streamNames';

type Handler = (event: RecordedEvent) => Promise<void> | void;

/**
 * A catch-up subscription to $all: the server sends the stored events, then live ones, on one call,
 * in $all order, so there is no switch for the adapter to stitch. The client's stream is iterated
 * with `for await`, which awaits the handler before taking the next event.
 */
export const subscribeToAll = (
  client: KurrentDBClient,
  names: StreamNames,
  reader: KurrentReader,
  handler: Handler,
  options: SubscribeOptions = {},
): Subscription => {
  const { filter } = options;
  const from = options.fromPosition ?? 0;
  let closed = false;
  let wake: () => void = () => undefined;
  const closedSignal = new Promise<void>((resolve) => (wake = resolve));
  const source: AllStreamSubscription | undefined = matchesNothing(filter)
    ? undefined
    : client.subscribeToAll({
        fromPosition: readPositionAfter(from),
        filter: serverFilterOf(names.namespace, filter),
      });

  // The handler's own error ends the subscription as it is, never mapped as a store error.
  let failure: { error: unknown } | undefined;
  const call = async (event: RecordedEvent): Promise<void> => {
    try {
      await handler(event);
    } catch (error) {
      failure = { error };
      throw error;
    }
  };

  const deliver = async (subscription: AllStreamSubscription): Promise<void> => {
    let previous = from;
    for await (const resolved of subscription) {
      if (closed) return;
      if (resolved.event === undefined) continue;
      const position = positionOf(resolved.event.position);
      if (position <= from) continue;
      assertRising(previous, position);
      previous = position;
      const event = reader.fromAll(resolved.event, position);
      if (event !== undefined && accepts(event, filter)) await call(event);
    }
  };

  const run = async (): Promise<void> => {
    if (source === undefined) return closedSignal;
    try {
      await deliver(source);
    } catch (error) {
      if (failure !== undefined) throw failure.error;
      if (closed && isCancelled(error)) return;
      throw toPortError(error, { operation: 'subscribeToAll' });
    } finally {
      await source.unsubscribe().catch(() => undefined);
    }
  };

  const done = run();
  // `done` is the caller's to observe; this keeps an unobserved failure from being an unhandled rejection.
  done.catch(() => undefined);
  return {
    done,
    close: async () => {
      closed = true;
      wake();
      await source?.unsubscribe().catch(() => undefined);
      await done.catch(() => undefined);
    },
  };
};
