import { defineConfig } from 'vitest/config';

// Test level is in the file name: `.unit.spec.ts` (pure), `.int.spec.ts` (real components that live
// in this repo: SQLite, the in-process bus, the HTTP app), `.e2e.spec.ts` (whole flows, under test/),
// `.infra.spec.ts` (real servers started by `pnpm infra:up`: Kafka, FerretDB, KurrentDB).
export default defineConfig({
  // graphql 16 ships an ESM and a CJS build; resolving both would load two copies of graphql-js
  // ("Cannot use GraphQLObjectType from another module or realm"). Node and tsx already pick one.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.unit.spec.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['packages/*/src/**/*.int.spec.ts', 'test/**/*.int.spec.ts', 'test/**/*.e2e.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['packages/*/src/**/*.infra.spec.ts', 'test/**/*.infra.spec.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // The projection tests again, on the MongoDB adapter (MONGODB_URL, else a mongo:8 container).
        test: {
          name: 'infra-mongo',
          include: ['packages/projections/src/**/*.int.spec.ts', 'test/read-side/**/*.int.spec.ts'],
          exclude: ['**/node_modules/**', 'packages/projections/src/readModelStore/sqlite/**'],
          env: { GONGKAI_TEST_READ_MODEL_STORE: 'mongodb' },
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // The read side's whole-flow tests again, on the distributed stack: the intake on Kafka, the
        // read models in MongoDB (FerretDB here), the SQLite event store (test/support/platform.ts).
        test: {
          name: 'infra-distributed',
          include: [
            'test/e2e/pilotLifecycle.e2e.spec.ts',
            'test/e2e/seededFigures.e2e.spec.ts',
            'test/e2e/accessMatrix.e2e.spec.ts',
          ],
          env: { GONGKAI_TEST_STACK: 'distributed' },
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
