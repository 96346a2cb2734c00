export { KafkaBus, createKafkaBus } from './kafkaBus';
export type { KafkaBusLogEntry, KafkaBusLogLevel, KafkaBusOptions } from './options';
export { kafkaBrokersFrom } from './config';
