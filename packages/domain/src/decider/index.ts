export { commandContextAsIs, defineDecider, upcastStep } from './decider';
export type {
  CommandSpec,
  Decider,
  DeciderDefinition,
  DeciderRoute,
  EventModule,
  EventSpec,
  AnyMessage,
  EventUpcast,
  GraphqlMutationSpec,
} from './decider';
