import { describe, expect, it } from 'vitest';
import { buildSchema, printSchema } from './graphqlJs';
import { createGongkaiSchema } from './schema';
import { printSchemaSDL } from './sdl';

const TYPE_DEFS = /* GraphQL */ `
  "A county's disclosure catalogue item."
  type CatalogueItem {
    tenant: TenantCode!
    "Title in Chinese, as published."
    title: String!
    legacyCode: String @deprecated(reason: "Use id.")
  }

  enum Stage {
    DECISION
    EXECUTION
  }

  input ItemFilter {
    stage: Stage = DECISION
    tenants: [TenantCode!]
  }

  type Query {
    items("Page size." first: Int = 20, filter: ItemFilter): [CatalogueItem!]!
    glossary(term: String!): String @public
  }
`;

describe('printSchemaSDL', () => {
  const sdl = printSchemaSDL(createGongkaiSchema({ typeDefs: TYPE_DEFS }));

  it('shows who may read what: the TenantCode scalar and the @public marks', () => {
    expect(sdl).toContain('scalar TenantCode');
    expect(sdl).toContain(
      'directive @public on ARGUMENT_DEFINITION | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT',
    );
    expect(sdl).toContain('  glossary(term: String!): String @public');
  });

  it('prints types sorted by name with descriptions, defaults and deprecations', () => {
    expect(sdl).toContain(
      [
        '"""A county\'s disclosure catalogue item."""',
        'type CatalogueItem {',
        '  legacyCode: String @deprecated(reason: "Use id.")',
        '  tenant: TenantCode!',
        '  """Title in Chinese, as published."""',
        '  title: String!',
        '}',
      ].join('\n'),
    );
    expect(sdl).toContain('input ItemFilter {\n  stage: Stage = DECISION\n  tenants: [TenantCode!]\n}');
    expect(sdl).toContain(
      '  items(\n    filter: ItemFilter\n    """Page size."""\n    first: Int = 20\n  ): [CatalogueItem!]!',
    );
    expect(sdl.indexOf('type CatalogueItem')).toBeLessThan(sdl.indexOf('enum Stage'));
  });

  it('parses back to the same schema', () => {
    expect(printSchema(buildSchema(sdl))).toBe(printSchema(buildSchema(printSchemaSDL(buildSchema(sdl)))));
  });

  it('does not change when type definitions are reordered', () => {
    const reordered = TYPE_DEFS.split('\n\n').reverse().join('\n\n');
    expect(printSchemaSDL(createGongkaiSchema({ typeDefs: reordered }))).toBe(sdl);
  });
});
