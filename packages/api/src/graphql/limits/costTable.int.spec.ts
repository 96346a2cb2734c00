import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { buildSchema, getNamedType, isCompositeType, isObjectType, parse } from '../graphqlJs';
import { computeQueryCost } from './cost';
import { FIELD_COSTS } from './costTable';

// The committed SDL (a drift test keeps it equal to the served schema).
const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../../schema.graphql', import.meta.url)), 'utf8'),
);
const DEFAULT_MAX_COST = 20_000; // GONGKAI_MAX_QUERY_COST's default
const cost = (query: string) => computeQueryCost({ schema, document: parse(query) }, { defaultListSize: 20 });
const queryType = schema.getQueryType()!;

/** Every field of a type, nested objects expanded, as a selection set (arguments left out). */
const everyField = (type: GraphQLObjectType, depth = 0): string => {
  const fields = Object.values(type.getFields()).filter(
    (field) => !field.args.some((arg) => arg.type.toString().endsWith('!')),
  );
  return `{ ${fields
    .map((field) => {
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) return field.name;
      if (!isObjectType(named) || depth > 8) return '';
      return `${field.name} ${everyField(named, depth + 1)}`;
    })
    .join(' ')} }`;
};

const viewOf = (name: string): GraphQLField<unknown, unknown> => queryType.getFields()[name]!;
const whole: Record<string, string> = {
  countyView: `countyView(code: "230102") ${everyField(getNamedType(viewOf('countyView').type) as GraphQLObjectType)}`,
  prefectureView: `prefectureView(code: "230100") ${everyField(getNamedType(viewOf('prefectureView').type) as GraphQLObjectType)}`,
  provinceView: `provinceView(code: "230000") ${everyField(getNamedType(viewOf('provinceView').type) as GraphQLObjectType)}`,
  nationalRollup: `nationalRollup ${everyField(getNamedType(viewOf('nationalRollup').type) as GraphQLObjectType)}`,
};
const asOf = (view: string) =>
  view.replace(
    /^(\w+)(\((.*?)\))?/,
    (_, name: string, __, args?: string) => `${name}(${args ? `${args}, ` : ''}asOf: { date: "2018-06-30" })`,
  );

describe('the cost table', () => {
  it('names fields of the schema only', () => {
    for (const key of Object.keys(FIELD_COSTS)) {
      const [type = '', field = ''] = key.split('.');
      const owner = schema.getType(type);
      expect(isObjectType(owner) && owner.getFields()[field] !== undefined, key).toBe(true);
    }
  });

  it('prices every query field that takes asOf, asOf included', () => {
    const withAsOf = Object.values(queryType.getFields()).filter((field) =>
      field.args.some((arg) => arg.name === 'asOf'),
    );
    for (const field of withAsOf) {
      if (field.name === 'auditTrail') continue; // a page of one stream: priced by its page size
      expect(FIELD_COSTS[`Query.${field.name}`]?.asOf, field.name).toBeGreaterThan(0);
    }
  });

  it.each(Object.keys(whole))('fits a whole %s, every field, live and asOf, in the default limit', (name) => {
    const query = whole[name]!;
    expect(cost(`{ ${query} }`)).toBeLessThanOrEqual(DEFAULT_MAX_COST);
    expect(cost(`{ ${asOf(query)} }`)).toBeLessThanOrEqual(DEFAULT_MAX_COST);
  });

  it('refuses the abusive shapes: aliases × asOf, fan-out fragments, deep pages', () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `p${i}: provinceView(code: "230000", asOf: { position: ${i} }) { name }`,
    );
    expect(cost(`{ ${aliases.join(' ')} }`)).toBeGreaterThan(DEFAULT_MAX_COST);
    const spreads = Array.from({ length: 30 }, () => '...F').join(' ');
    expect(
      cost(
        `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: nationalRollup(asOf: { date: "2018-01-0${(i % 9) + 1}" }) { ...G }`).join(' ')} } fragment G on NationalRollup { ${spreads} } fragment F on NationalRollup { tenant }`,
      ),
    ).toBeGreaterThan(DEFAULT_MAX_COST);
    const connection = getNamedType(viewOf('catalogue').type) as GraphQLObjectType;
    expect(cost(`{ catalogue(tenant: "230000", first: 500) ${everyField(connection)} }`)).toBeGreaterThan(
      DEFAULT_MAX_COST,
    );
  });

  it('lists what each whole view costs (packages/api/README.md quotes it)', () => {
    const costs = Object.fromEntries(
      Object.entries(whole).map(([name, query]) => [
        name,
        [cost(`{ ${query} }`), cost(`{ ${asOf(query)} }`)],
      ]),
    );
    expect(costs).toMatchInlineSnapshot(`
      {
        "countyView": [
          212,
          283,
        ],
        "nationalRollup": [
          3370,
          7099,
        ],
        "prefectureView": [
          784,
          1234,
        ],
        "provinceView": [
          3399,
          7977,
        ],
      }
    `);
  });
});
