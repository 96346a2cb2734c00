export type { CommandGateway, GatewayStatus } from './commandGateway';
export { createHandlerGateway } from './handlerGateway';
export { IntakePendingError, isIntakePendingError } from './intakePendingError';
