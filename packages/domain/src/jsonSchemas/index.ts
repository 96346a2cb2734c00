export { generateJsonSchemas, GENERATE_SCHEMAS_COMMAND } from './generate';
export type { GeneratedSchemaFile } from './generate';
