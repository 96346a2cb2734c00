export type { CommandGateway } from './commandGateway';
export { createHandlerGateway } from './handlerGateway';
