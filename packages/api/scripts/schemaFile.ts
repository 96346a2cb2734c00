import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { printSchemaSDL } from '../src/graphql/sdl';
import { buildGongkaiSchema } from '../src/schema/gongkaiSchema';

/** The committed SDL of the Gongkai GraphQL API. */
export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const PRINT_SCHEMA_COMMAND = 'pnpm exec tsx packages/api/scripts/print-schema.ts';

/** What schema.graphql must hold: the served schema's SDL, formatted as `prettier --check` expects. */
export const renderSchemaFile = async (): Promise<string> =>
  format(printSchemaSDL(buildGongkaiSchema()), {
    ...(await resolveConfig(SCHEMA_FILE)),
    filepath: SCHEMA_FILE,
  });
