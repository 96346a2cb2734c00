import { z } from 'zod';
import { commandSchemas, commandTypes } from '../commands/command';
import type { CommandType } from '../commands/command';
import { aggregateOfCommand } from '../commands/command';
import { domainEventTypes, eventCatalogue } from '../events';
import type { DomainEventType } from '../events';

export interface GeneratedSchemaFile {
  /** Relative to `packages/domain/schemas/`. */
  path: string;
  content: string;
}

/** Regenerate the committed files with this command. */
export const GENERATE_SCHEMAS_COMMAND = 'pnpm exec tsx packages/domain/scripts/generate-schemas.ts';

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

const dataSchema = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  return rest;
};

const envelope = (
  head: Record<string, unknown>,
  discriminators: Record<string, unknown>,
  data: z.ZodType,
): Record<string, unknown> => ({
  $schema: DIALECT,
  ...head,
  type: 'object',
  properties: {
    ...Object.fromEntries(Object.entries(discriminators).map(([key, value]) => [key, { const: value }])),
    data: dataSchema(data),
  },
  required: [...Object.keys(discriminators), 'data'],
  additionalProperties: false,
});

const file = (path: string, schema: Record<string, unknown>): GeneratedSchemaFile => ({
  path,
  content: `${JSON.stringify(schema, null, 2)}\n`,
});

const eventFiles = (type: DomainEventType): GeneratedSchemaFile[] => {
  const definition = eventCatalogue[type];
  const current = definition.schemaVersion;
  const versions = [
    ...(definition.upcast ?? []).map((step) => ({ version: step.fromVersion, schema: step.schema })),
    { version: current, schema: definition.schema },
  ];
  return versions.map(({ version, schema }) =>
    file(
      `events/${type}.v${version}.schema.json`,
      envelope(
        {
          $id: `urn:gongkai:event:${type}:v${version}`,
          title: `${type} v${version}`,
          description:
            version === current
              ? definition.description
              : `${definition.description} Superseded: stored v${version} data is upcast to v${current} on read.`,
          'x-stream-category': definition.category,
        },
        { type, schemaVersion: version },
        schema,
      ),
    ),
  );
};

const commandFile = (type: CommandType): GeneratedSchemaFile =>
  file(
    `commands/${type}.schema.json`,
    envelope(
      { $id: `urn:gongkai:command:${type}`, title: type, 'x-aggregate': aggregateOfCommand[type] },
      { type },
      commandSchemas[type],
    ),
  );

/** Every event (each stored version) and every command as JSON Schema, generated from the zod schemas. */
export const generateJsonSchemas = (): GeneratedSchemaFile[] =>
  [...domainEventTypes.flatMap(eventFiles), ...commandTypes.map(commandFile)].sort((a, b) =>
    a.path < b.path ? -1 : 1,
  );
