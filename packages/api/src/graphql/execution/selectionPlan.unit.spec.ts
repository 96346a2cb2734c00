import type { FieldNode, FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { AuthenticatedPrincipal } from '../../auth/principal';
import { testHierarchy } from '../../testing/hierarchy';
import { Kind, execute, parse } from '../graphqlJs';
import { createGongkaiSchema } from '../schema';
import { createTenantScope } from '../scope/tenantScope';
import { Unplanned, complete, planSelection } from './selectionPlan';

const schema = createGongkaiSchema({
  typeDefs: /* GraphQL */ `
    enum Level {
      NATIONAL
      PROVINCIAL
    }
    type Row {
      tenant: TenantCode!
      name: String
      score: Float
      level: Level
    }
    type Holder {
      tenant: TenantCode!
      rows: [Row!]!
      tags: [String]
      "A page of the rows: a field with arguments and a resolver (as a connection's first and after)."
      page(first: Int = 1, after: String): [Row!]!
    }
    type Query {
      holder(code: TenantCode!): Holder
    }
  `,
  resolvers: {
    Level: { NATIONAL: 'national', PROVINCIAL: 'provincial' },
    Holder: {
      page: (
        holder: { rows: { name: string }[] },
        { first, after }: { first: number; after?: string | null },
      ) => {
        const start = after == null ? 0 : holder.rows.findIndex((row) => row.name === after) + 1;
        return holder.rows.slice(start, start + first);
      },
    },
  },
});

const principal = (tenant: string): AuthenticatedPrincipal => ({
  authenticated: true,
  id: `admin-${tenant}`,
  tenant,
  tier: 'prefecture',
  roles: ['admin'],
});
const contextOf = (tenant: string) => ({
  principal: principal(tenant),
  scope: createTenantScope(principal(tenant), testHierarchy()),
});

const HOLDER = {
  tenant: '230100',
  rows: [
    { tenant: '230102', name: '道里区', score: 91.5, level: 'national' },
    { tenant: '230103', name: '南岗区', score: null, level: 'provincial' },
  ],
  tags: ['a', null],
};

const QUERY = /* GraphQL */ `
  query {
    holder(code: "230100") {
      __typename
      tenant
      first: rows {
        ...RowFields
      }
      rows {
        name
        ... on Row {
          level
        }
      }
      tags
    }
  }
  fragment RowFields on Row {
    name
    score
  }
`;

const planned = (query: string) => {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((definition) => [definition.name.value, definition]),
  );
  const node = operation.selectionSet.selections[0] as FieldNode;
  const field = schema.getQueryType()?.getFields()['holder'];
  if (!field) throw new Error('no holder field');
  return { document, plan: planSelection(schema, fragments, field.type, [node]) };
};

describe('a view selection compiled once answers as graphql-js does', () => {
  it('aliases, fragments, __typename, enums, nulls and lists, in graphql-js’s order', async () => {
    const { document, plan } = planned(QUERY);
    if (plan === undefined) throw new Error('the selection was not planned');
    const context = contextOf('230100');
    const standard = await execute({
      schema,
      document,
      contextValue: context,
      rootValue: { holder: HOLDER },
    });
    expect(standard.errors).toBeUndefined();
    const holder = complete(plan, HOLDER, context);
    expect(JSON.stringify({ holder })).toBe(JSON.stringify(standard.data));
  });

  it('a field with arguments: its default, a literal and a variable, as graphql-js coerces them', async () => {
    const query = /* GraphQL */ `
      query ($after: String) {
        holder(code: "230100") {
          byDefault: page {
            name
          }
          two: page(first: 2) {
            name
          }
          rest: page(first: 5, after: $after) {
            name
            score
          }
        }
      }
    `;
    const { document, plan } = planned(query);
    if (plan === undefined) throw new Error('the selection was not planned');
    const context = contextOf('230100');
    const variables = { after: '道里区' };
    const standard = await execute({
      schema,
      document,
      contextValue: context,
      rootValue: { holder: HOLDER },
      variableValues: variables,
    });
    expect(standard.errors).toBeUndefined();
    const holder = complete(plan, HOLDER, context, variables);
    expect(JSON.stringify({ holder })).toBe(JSON.stringify(standard.data));
  });

  it('runs every object’s tenancy guard: a row of a tenant the caller may not read is not answered', () => {
    const { plan } = planned(QUERY);
    if (plan === undefined) throw new Error('the selection was not planned');
    const foreign = { ...HOLDER, rows: [...HOLDER.rows, { tenant: '231002', name: '东安区' }] };
    expect(() => complete(plan, foreign, contextOf('230100'))).toThrow(
      /may access tenant 230100 and the units that report to it/,
    );
  });

  it('leaves a null in a non-null position to the standard executor', () => {
    const { plan } = planned(QUERY);
    if (plan === undefined) throw new Error('the selection was not planned');
    expect(() => complete(plan, { ...HOLDER, rows: [null] }, contextOf('230100'))).toThrow(Unplanned);
  });

  it('refuses to plan directives, which depend on variables', () => {
    const { plan } = planned('query { holder(code: "230100") { tenant @include(if: true) } }');
    expect(plan).toBeUndefined();
  });
});
