import { describe } from 'vitest';
import { appendContract } from './appendContract';
import { appendManyContract } from './appendManyContract';
import { contractContext } from './context';
import { crashContract } from './crashContract';
import { idempotencyContract } from './idempotencyContract';
import { outcomeContract } from './outcomeContract';
import type { EventStoreContractOptions } from './options';
import { payloadContract } from './payloadContract';
import { readContract } from './readContract';
import { subscriptionContract } from './subscriptionContract';

/**
 * The behaviour every EventStore adapter must have. Call it from an adapter's test file:
 * `runEventStoreContract('SQLite', { create: async () => openSqliteEventStore(...) })`.
 * It only uses the port, so a KurrentDB adapter runs the very same tests.
 */
export const runEventStoreContract = (name: string, options: EventStoreContractOptions): void => {
  describe(`EventStore contract: ${name}`, () => {
    const ctx = contractContext(options);
    appendContract(ctx);
    appendManyContract(ctx);
    idempotencyContract(ctx);
    outcomeContract(ctx);
    readContract(ctx);
    subscriptionContract(ctx);
    payloadContract(ctx);
    crashContract(ctx);
  });
};
