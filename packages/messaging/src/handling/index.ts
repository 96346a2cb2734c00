export { handleWithRedelivery } from './handleWithRedelivery';
export { redeliveryDelay } from './backoff';
export { validatePublish, validateSubscribe, validateTopics, toBuffer } from './validate';
export { attempt } from './attempt';
export { Signal } from './signal';
