import type { GraphQLSchema } from 'graphql';
import type { GongkaiSchemaDefinition } from '../graphql/schema';
import { createGongkaiSchema } from '../graphql/schema';
import type { GongkaiApiContext } from './context';
import { gongkaiResolvers } from './resolvers';
import { gongkaiTypeDefs } from './typeDefs';

/**
 * The Gongkai schema as SDL and resolvers. Resolvers reach their services through the context
 * (`context.gongkai`), so the schema itself holds no state and can be printed without a store.
 */
export const gongkaiSchemaDefinition: GongkaiSchemaDefinition<GongkaiApiContext> = {
  typeDefs: [...gongkaiTypeDefs],
  resolvers: gongkaiResolvers,
};

/** The executable, guarded Gongkai schema (for printing the SDL; `createGongkaiApi` serves it). */
export const buildGongkaiSchema = (): GraphQLSchema => createGongkaiSchema(gongkaiSchemaDefinition);
