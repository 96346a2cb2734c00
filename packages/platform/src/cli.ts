#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from './config';
import { issueToken, rebuildReadModels, runPlatform, seedData } from './commands';
import { runIngest, runProjector } from './roles';

const program = new Command()
  .name('gongkai')
  .description('Gongkai (公开): the grassroots government-affairs disclosure standardization pilot platform.')
  .showHelpAfterError('(run with --help for usage)');

const port = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535)
    throw new InvalidArgumentError('give a port number between 0 and 65535.');
  return parsed;
};

program
  .command('start')
  .description(
    'Run the whole platform in one process (embedded: SQLite under the data folder, in-process bus, API).',
  )
  .option('--port <port>', 'HTTP port of the API (default: PORT or 4000)', port)
  .option('--no-seed', 'do not seed an empty data folder with the Heilongjiang pilot')
  .action(async (options: { port?: number; seed: boolean }) => {
    await runPlatform(loadConfig(), options);
  });

program
  .command('ingest')
  .description(
    'Run the ingestor alone: consume the Kafka intake (KAFKA_BROKERS) and decide every message into the event store.',
  )
  .action(async () => {
    await runIngest(loadConfig());
  });

program
  .command('project')
  .description('Run the projections alone: keep the read models current from the event store.')
  .action(async () => {
    await runProjector(loadConfig());
  });

program
  .command('seed')
  .description('Seed the Heilongjiang pilot (2017–2018) through commands; seeding twice stores nothing new.')
  .action(async () => {
    await seedData(loadConfig());
  });

program
  .command('token')
  .description('Print a JWT signed with the embedded key, for a GraphQL client (Authorization: Bearer …).')
  .requiredOption(
    '--tenant <code>',
    'the 6-digit division code the principal acts for (000000: national viewer)',
  )
  .option('--role <role...>', 'roles of the principal', ['admin'])
  .option('--sub <id>', 'subject (principal id); default: <role>@<tenant>')
  .option('--expires <duration>', 'lifetime, e.g. 8h or 30m', '8h')
  .action(async (options: { tenant: string; role: string[]; sub?: string; expires: string }) => {
    process.stdout.write(`${await issueToken(loadConfig(), options)}\n`);
  });

program
  .command('rebuild')
  .description('Rebuild every read model from the event store, with a progress bar.')
  .action(async () => {
    await rebuildReadModels(loadConfig());
  });

program.parseAsync().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  process.stderr.write(`gongkai: ${typeof code === 'string' ? `[${code}] ` : ''}${message}\n`);
  process.exitCode = 1;
});
