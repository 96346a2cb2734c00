export type {
  BatchControl,
  Bus,
  BusMessage,
  HandlerFailure,
  OutgoingMessage,
  PartitionAssignment,
  RedeliveryOptions,
  SubscribeOptions,
  Subscription,
  TopicSpec,
} from './port';
export * from './errors';
export { partitionOfKey } from './partitioning';
export { createInProcessBus, InProcessBus, type InProcessBusOptions } from './inProcess';
export {
  createKafkaBus,
  KafkaBus,
  kafkaBrokersFrom,
  type KafkaBusLogEntry,
  type KafkaBusLogLevel,
  type KafkaBusOptions,
} from './kafka';
// The contract suite imports vitest, so it has its own entry point for test files:
// `import { runBusContract } from '@gongkai/messaging/contract'`.
export type { BusContractOptions } from './contract/options';
// Test support: stop and start the broker scripts/infra/kafka.sh runs.
export { localKafkaBroker, type LocalKafkaBroker, type LocalKafkaBrokerOptions } from './testing';
