// Writes the JSON Schema of every event and command to packages/domain/schemas/ (committed; a unit
// test regenerates them in memory and fails on drift). Run: pnpm exec tsx packages/domain/scripts/generate-schemas.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsonSchemas } from '../src/jsonSchemas';

const schemasRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

const files = generateJsonSchemas();
for (const folder of ['events', 'commands'])
  rmSync(join(schemasRoot, folder), { recursive: true, force: true });
for (const { path, content } of files) {
  const target = join(schemasRoot, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`Wrote ${files.length} JSON Schemas to ${schemasRoot}`);
