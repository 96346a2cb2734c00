import { describe, expect, it } from 'vitest';
import { Kind, buildSchema, parse } from '../graphqlJs';
import { computeQueryCost, costVariablesOf, measureQuery } from './cost';
import { measureDepth } from './depthLimit';
import { fragmentsOf } from './fragments';

const schema = buildSchema(/* GraphQL */ `
  type Item {
    name: String!
    revisions: [Revision!]!
  }
  type Revision {
    number: Int!
  }
  type Edge {
    node: Item!
  }
  type Connection {
    edges: [Edge!]!
    total: Int!
  }
  type Query {
    item: Item
    items(first: Int): [Item!]!
    connection(first: Int): Connection!
  }
`);

const cost = (query: string, variables?: Record<string, unknown>) =>
  computeQueryCost({ schema, document: parse(query), variables }, { defaultListSize: 20 });

describe('query cost', () => {
  it('counts one per field', () => {
    expect(cost('{ item { name } }')).toBe(2);
    expect(cost('{ __typename item { __typename name } }')).toBe(2);
  });

  it('multiplies a list by its page size, or by the default page size', () => {
    expect(cost('{ items(first: 5) { name } }')).toBe(1 + 5 * 1);
    expect(cost('{ item { revisions { number } } }')).toBe(1 + (1 + 20 * 1));
  });

  it('reads page sizes from variables and their defaults', () => {
    expect(cost('query ($n: Int) { items(first: $n) { name } }', { n: 7 })).toBe(8);
    expect(cost('query ($n: Int = 3) { items(first: $n) { name } }')).toBe(4);
    expect(cost('query ($n: Int) { items(first: $n) { name } }')).toBe(21);
  });

  it("does not count a connection's edges twice", () => {
    expect(cost('{ connection(first: 10) { total edges { node { name } } } }')).toBe(
      1 + 10 * (1 + 1 + 1 * (1 + 1)),
    );
  });

  it('expands fragments once each', () => {
    const query = '{ items(first: 2) { ...F ...F } } fragment F on Item { name }';
    expect(cost(query)).toBe(1 + 2 * 2);
  });
});

describe('query depth', () => {
  const depth = (query: string) => {
    const document = parse(query);
    const operation = document.definitions[0];
    if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
    return measureDepth(operation.selectionSet, fragmentsOf(document));
  };

  it('counts nesting through fragments and ignores introspection', () => {
    expect(depth('{ item { name } }')).toBe(2);
    expect(depth('{ item { ...F } } fragment F on Item { revisions { number } }')).toBe(3);
    expect(depth('{ __schema { types { fields { name } } } }')).toBe(0);
  });

  it('survives fragment cycles (reported by graphql-js itself)', () => {
    expect(
      depth('{ item { ...A } } fragment A on Item { revisions { ...B } } fragment B on Revision { ...A }'),
    ).toBe(2);
  });

  it('prices a field asked as of a position apart from one asked as of a date, where the table says so', () => {
    const asOfSchema = buildSchema(/* GraphQL */ `
      input AsOf {
        date: String
        position: Int
      }
      type Query {
        replayed(asOf: AsOf): Int
        historic(asOf: AsOf): Int
      }
    `);
    const fieldCosts = {
      'Query.replayed': { cost: 10, asOf: 20, asOfPosition: 30_000 },
      'Query.historic': { cost: 10, asOf: 20 },
    };
    const priced = (query: string, variables?: Record<string, unknown>) =>
      computeQueryCost(
        { schema: asOfSchema, document: parse(query), variables },
        { defaultListSize: 20, fieldCosts },
      );
    expect(priced('{ replayed }')).toBe(10);
    expect(priced('{ replayed(asOf: { date: "2021-06-30" }) }')).toBe(20);
    expect(priced('{ replayed(asOf: { position: 5 }) }')).toBe(30_000);
    expect(priced('{ replayed(asOf: { date: "2021-06-30", position: null }) }')).toBe(20);
    const query = 'query ($at: AsOf) { replayed(asOf: $at) }';
    expect(priced(query, { at: { position: 5, date: '2021-06-30' } })).toBe(30_000);
    expect(priced(query, { at: { date: '2021-06-30' } })).toBe(20);
    expect(priced(query, {})).toBe(10);
    expect(priced('{ historic(asOf: { position: 5 }) }')).toBe(20);
  });

  it('counts the fields asked as of: every alias and fragment spread, not a null asOf', () => {
    const asOfSchema = buildSchema(/* GraphQL */ `
      input AsOf {
        date: String
        position: Int
      }
      type View {
        name: String
      }
      type Query {
        view(asOf: AsOf): View
      }
    `);
    const asOfFields = (query: string, variables?: Record<string, unknown>) =>
      measureQuery(
        { schema: asOfSchema, document: parse(query), variables },
        { defaultListSize: 20, fieldCosts: { 'Query.view': { cost: 5, asOf: 50 } } },
      ).asOfFields;
    expect(asOfFields('{ view { name } }')).toBe(0);
    expect(
      asOfFields(
        '{ a: view(asOf: { date: "2021-06-30" }) { name } b: view(asOf: { position: 3 }) { name } }',
      ),
    ).toBe(2);
    expect(asOfFields('{ view(asOf: null) { name } }')).toBe(0);
    const spread = '{ ...F ...F ...F } fragment F on Query { view(asOf: { position: 1 }) { name } }';
    expect(asOfFields(spread)).toBe(3);
    const query = 'query ($at: AsOf) { view(asOf: $at) { name } }';
    expect(asOfFields(query, { at: { date: '2021-06-30' } })).toBe(1);
    expect(asOfFields(query, {})).toBe(0);
  });
});

describe('the variables a cost depends on', () => {
  it('are those given as a page size or as asOf, in fragments too; none for a mutation input', () => {
    const paged = parse(
      'query ($n: Int, $m: Int, $at: AsOf, $x: String) { items(first: $n) { name } ...F view(asOf: $at, note: $x) } fragment F on Query { connection(first: $m) { total } }',
    );
    expect(costVariablesOf(paged)).toEqual(['at', 'm', 'n']);
    const mutation = parse(
      'mutation ($input: DraftInput!, $messageId: String) { draft(input: $input, messageId: $messageId) { ok } }',
    );
    expect(costVariablesOf(mutation)).toEqual([]);
  });
});
