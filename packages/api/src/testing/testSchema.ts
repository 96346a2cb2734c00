import type { GongkaiContext } from '../graphql/context';
import type { GongkaiSchemaDefinition } from '../graphql/schema';

export const SECRET_PREFIX = 'SECRET-OF-';

const thing = (tenant: string) => ({
  tenant,
  name: `thing of ${tenant}`,
  secret: `${SECRET_PREFIX}${tenant}`,
});

interface Node {
  name: string;
  child: Node;
  children: Node[];
}

const node = (depth = 0): Node => ({
  name: `node ${depth}`,
  get child() {
    return node(depth + 1);
  },
  get children() {
    return [node(depth + 1), node(depth + 1)];
  },
});

/** A tiny schema exercising every guard; stands in for the domain schema in the infrastructure tests. */
export const testSchema: GongkaiSchemaDefinition<GongkaiContext> = {
  typeDefs: /* GraphQL */ `
    type CountyThing {
      tenant: TenantCode!
      name: String!
      secret: String!
    }

    type PublicNotice @public {
      tenant: TenantCode!
      title: String!
    }

    type Me {
      id: String!
      tenant: TenantCode!
      tier: String!
      roles: [String!]!
    }

    type Node {
      name: String!
      child: Node!
      children(first: Int): [Node!]!
    }

    input ThingFilter {
      tenants: [TenantCode!]!
    }

    type Query {
      countyThing(code: TenantCode!): CountyThing
      thingsIn(filter: ThingFilter!): [CountyThing!]!
      "Forgets the tenant filter on purpose: the owner check must still hold."
      allThings: [CountyThing!]!
      readableThings: [CountyThing!]!
      me: Me!
      hello: String @public
      notice(code: TenantCode! @public): PublicNotice @public
      adminOnly: String
      root: Node!
      nodes(first: Int): [Node!]!
      boom: String
      systemFailure: String
      domainFailure: String
    }
  `,
  resolvers: {
    Query: {
      countyThing: (_: unknown, { code }: { code: string }) => thing(code),
      thingsIn: (_: unknown, { filter }: { filter: { tenants: string[] } }) => filter.tenants.map(thing),
      allThings: () => ['230102', '230103', '231002'].map(thing),
      readableThings: (_: unknown, __: unknown, context: GongkaiContext) => {
        const filter = context.scope.readableFilter();
        const documents = ['230102', '230103', '231002'].map((tenant) => ({
          ...thing(tenant),
          ancestors: ['000000', '230000', tenant.startsWith('2301') ? '230100' : '231000'],
        }));
        return documents.filter((document) =>
          filter.anyOf.some((clause) =>
            'tenant' in clause
              ? clause.tenant === document.tenant
              : document.ancestors.includes(clause.ancestorsContain),
          ),
        );
      },
      me: (_: unknown, __: unknown, context: GongkaiContext) => context.scope.requireAuthenticated(),
      hello: () => 'hello',
      notice: (_: unknown, { code }: { code: string }) => ({ tenant: code, title: `notice of ${code}` }),
      adminOnly: (_: unknown, __: unknown, context: GongkaiContext) => {
        context.scope.requireRole('admin');
        return 'admin';
      },
      root: () => node(),
      nodes: (_: unknown, { first }: { first?: number }) =>
        Array.from({ length: Math.min(first ?? 20, 50) }, () => node()),
      boom: () => {
        throw new Error('connection to 10.0.0.7:5432 refused for user gongkai_admin');
      },
      systemFailure: () => {
        throw Object.assign(new Error("ENOENT: no such file or directory, open '/srv/gongkai/secret.db'"), {
          code: 'ENOENT',
          errno: -2,
          syscall: 'open',
        });
      },
      domainFailure: () => {
        throw Object.assign(
          new Error('The standard of item 2301-07 lacks its time limit (时限); add it and publish again.'),
          {
            code: 'STANDARD_INCOMPLETE',
          },
        );
      },
    },
  },
};
