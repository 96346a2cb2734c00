export { localKafkaBroker, type LocalKafkaBroker, type LocalKafkaBrokerOptions } from './localKafkaBroker';
