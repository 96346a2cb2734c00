export type { CommandGateway, MessageStatus } from './commandGateway';
export { createCoreGateway } from './coreGateway';
export { IntakePendingError, isIntakePendingError } from './intakePendingError';
