// Test-only: imports vitest. Never export this folder from the package root.
export { runReadModelStoreContract } from './readModelStoreContract';
export type { ReadModelStoreContractOptions } from './readModelStoreContract';
export type { ReadModelStorage } from './lifecycleContract';
