import type { GraphQLSchema } from 'graphql';
import { createSchema } from 'graphql-yoga';
import type { GongkaiContext } from './context';
import { applyAccessGuards } from './scope/accessGuards';
import { TenantCodeScalar, accessTypeDefs } from './scope/tenantCode';

type ExecutableSchemaDefinition<TContext> = Parameters<typeof createSchema<TContext>>[0];

export type GongkaiTypeDefs = ExecutableSchemaDefinition<GongkaiContext>['typeDefs'];
export type GongkaiResolvers<TContext = GongkaiContext> = NonNullable<
  ExecutableSchemaDefinition<TContext>['resolvers']
>;

export interface GongkaiSchemaDefinition<TContext = GongkaiContext> {
  /** SDL; `scalar TenantCode` and `directive @public` are added for you (see `accessTypeDefs`). */
  typeDefs: GongkaiTypeDefs;
  resolvers?: GongkaiResolvers<TContext>;
}

/** An executable schema with the Gongkai access vocabulary (TenantCode, @public) and its guards. */
export const createGongkaiSchema = <TContext = GongkaiContext>(
  definition: GongkaiSchemaDefinition<TContext>,
): GraphQLSchema => {
  const resolvers = definition.resolvers === undefined ? [] : [definition.resolvers].flat();
  return applyAccessGuards(
    createSchema<TContext>({
      typeDefs: [accessTypeDefs, definition.typeDefs],
      resolvers: [{ TenantCode: TenantCodeScalar }, ...resolvers],
    }),
  );
};
