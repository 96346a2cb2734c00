import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { domainEventTypes, eventCatalogue } from '../events';
import { generateJsonSchemas, GENERATE_SCHEMAS_COMMAND } from './generate';

const schemasRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

const committedFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? committedFiles(join(folder, entry.name))
      : [relative(schemasRoot, join(folder, entry.name))],
  );

describe('JSON Schemas of events and commands', () => {
  it('the committed files equal what the zod schemas generate', () => {
    const generated = generateJsonSchemas();
    const stale = generated.filter(({ path, content }) => {
      try {
        return readFileSync(join(schemasRoot, path), 'utf8') !== content;
      } catch {
        return true;
      }
    });
    const extra = committedFiles(schemasRoot).filter((path) => !generated.some((file) => file.path === path));
    const drift = [
      ...stale.map((file) => `changed or missing: ${file.path}`),
      ...extra.map((path) => `not generated: ${path}`),
    ];
    expect(
      drift,
      `JSON Schemas are out of date; run \`${GENERATE_SCHEMAS_COMMAND}\` and commit packages/domain/schemas/`,
    ).toEqual([]);
  });

  it('every event type has a schema for each of its versions', () => {
    const paths = generateJsonSchemas().map((file) => file.path);
    for (const type of domainEventTypes) {
      for (let version = 1; version <= eventCatalogue[type].schemaVersion; version++) {
        expect(paths).toContain(`events/${type}.v${version}.schema.json`);
      }
    }
  });
});
