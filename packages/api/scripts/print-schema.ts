// Writes the committed SDL of the Gongkai GraphQL API (packages/api/schema.graphql) from the code.
// Run after changing the schema, then commit the file; src/schema/sdl.int.spec.ts checks for drift.
import { writeFileSync } from 'node:fs';
import { PRINT_SCHEMA_COMMAND, SCHEMA_FILE, renderSchemaFile } from './schemaFile';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    `Usage: ${PRINT_SCHEMA_COMMAND}\n\nWrites packages/api/schema.graphql from the Gongkai schema in src/schema/.`,
  );
} else {
  writeFileSync(SCHEMA_FILE, await renderSchemaFile());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
