// Test-only entry point (`@gongkai/messaging/contract`): it imports vitest.
export { runBusContract } from './busContract';
export type { BusContractOptions } from './options';
export { eventually, numbered, recorder, uniqueName, sleep } from './fixtures';
export { kafkaBrokersForTests } from './kafkaBrokers';
