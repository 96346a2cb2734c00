export { commandMutations, commandOfMutation, commandTypeDefs, inputExtensions } from './commandMutations';
export type { CommandMutation, InputExtension } from './commandMutations';
export { graphqlNames } from './graphqlNames';
export type { GraphqlName } from './graphqlNames';
