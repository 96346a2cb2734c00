import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRINT_SCHEMA_COMMAND, SCHEMA_FILE, renderSchemaFile } from '../../scripts/schemaFile';
import { buildGongkaiSchema } from './gongkaiSchema';
import { commandOfMutation } from './resolvers';

describe('the committed SDL', () => {
  it('packages/api/schema.graphql is what the code serves', async () => {
    expect(
      readFileSync(SCHEMA_FILE, 'utf8'),
      `packages/api/schema.graphql is out of date: run \`${PRINT_SCHEMA_COMMAND}\` and commit it`,
    ).toBe(await renderSchemaFile());
  });

  it('every mutation of the schema sends a domain command, and every command has a mutation', () => {
    const mutations = Object.keys(buildGongkaiSchema().getMutationType()?.getFields() ?? {});
    expect(mutations.sort()).toEqual(Object.keys(commandOfMutation).sort());
  });
});
