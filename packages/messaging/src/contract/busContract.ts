import { describe } from 'vitest';
import { contractContext } from './context';
import { failureContract } from './failureContract';
import { flowContract } from './flowContract';
import { groupContract } from './groupContract';
import type { BusContractOptions } from './options';
import { publishContract } from './publishContract';

/**
 * The behaviour every Bus adapter must have. Call it from an adapter's test file:
 * `runBusContract('in-process', { create: async () => createInProcessBus() })`.
 * It only uses the port, so the Kafka adapter runs the very same tests.
 */
export const runBusContract = (name: string, options: BusContractOptions): void => {
  describe(`Bus contract: ${name}`, () => {
    const ctx = contractContext(options);
    publishContract(ctx);
    groupContract(ctx);
    failureContract(ctx);
    flowContract(ctx);
  });
};
