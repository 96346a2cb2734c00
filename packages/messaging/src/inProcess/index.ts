export { InProcessBus, createInProcessBus, type InProcessBusOptions } from './inProcessBus';
