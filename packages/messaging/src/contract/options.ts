import type { Bus } from '../port';

export interface BusContractOptions {
  /** A new bus. Called by every test; the suite closes what it creates. */
  create: () => Promise<Bus>;
  /** How long a message may take to reach a subscription, group join included, in ms. Default 30000. */
  timeoutMs?: number;
  /** How long to watch for a message that must not arrive (pause, stop), in ms. Default 1000. */
  quietMs?: number;
}
