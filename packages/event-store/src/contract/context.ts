import { afterEach } from 'vitest';
import type { EventStore } from '../port';
import type { EventStoreContractOptions } from './options';

export interface ContractContext {
  /** A fresh store, closed after the test. */
  store: () => Promise<EventStore>;
  liveTimeoutMs: number;
  options: EventStoreContractOptions;
}

export const contractContext = (options: EventStoreContractOptions): ContractContext => {
  const open: EventStore[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });
  return {
    options,
    liveTimeoutMs: options.liveTimeoutMs ?? 5000,
    store: async () => {
      const store = await options.create();
      open.push(store);
      return store;
    },
  };
};
