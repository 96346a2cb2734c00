import { afterEach, beforeEach, describe } from 'vitest';
import type { ReadModelStore } from '../port';
import { documentsContract } from './documentsContract';
import type { ContractContext } from './fixtures';
import type { ReadModelStorage } from './lifecycleContract';
import { lifecycleContract } from './lifecycleContract';
import { paginationContract } from './paginationContract';
import { queriesContract } from './queriesContract';
import { resetContract } from './resetContract';
import { tenancyContract } from './tenancyContract';
import { unitOfWorkContract } from './unitOfWorkContract';

export interface ReadModelStoreContractOptions {
  /** A fresh, empty store for each test (a new file, a new Mongo database). It is closed after the test. */
  create: () => Promise<ReadModelStore>;
  /** A new, empty place to open stores on, twice or more (the restart test); the spec cleans it up. */
  storage: () => ReadModelStorage;
  /**
   * Documents of the large-collection pagination test (default 20,000; a multiple of 4). A second
   * run of the suite on the same adapter in another mode may take fewer: the first ran them all.
   */
  largeCollection?: number;
}

/** The behaviour every ReadModelStore adapter must show; call it from the adapter's spec. */
export const runReadModelStoreContract = (name: string, options: ReadModelStoreContractOptions): void => {
  describe(`ReadModelStore contract: ${name}`, () => {
    let current: ReadModelStore | undefined;
    const context: ContractContext = {
      ...(options.largeCollection === undefined ? {} : { largeCollection: options.largeCollection }),
      get store(): ReadModelStore {
        if (current === undefined) throw new Error('The store is created before each test.');
        return current;
      },
    };

    beforeEach(async () => {
      current = await options.create();
    });

    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    documentsContract(context);
    unitOfWorkContract(context);
    queriesContract(context);
    paginationContract(context);
    tenancyContract(context);
    resetContract(context);
    lifecycleContract(context, options.storage);
  });
};
