#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from './config';
import type { ReportCliOptions } from './report';

// Each command loads its code when it runs: `gongkai --help` and `gongkai token` do not load
// GraphQL, Kafka, SQLite and the report renderer (the build splits them into chunks).
const commands = () => import('./commands');
const roles = () => import('./roles');

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
    'Run every role in one process (embedded by default: SQLite under the data folder, in-process bus, API).',
  )
  .option('--port <port>', 'HTTP port of the API (default: PORT or 4000)', port)
  .option('--no-seed', 'do not seed an empty data folder with the Heilongjiang pilot')
  .action(async (options: { port?: number; seed: boolean }) => {
    await (await commands()).runPlatform(loadConfig(), options);
  });

program
  .command('ingest')
  .description(
    'Run the ingestor alone: consume the Kafka intake (KAFKA_BROKERS) and decide every message into the event store.',
  )
  .action(async () => {
    await (await roles()).runIngest(loadConfig());
  });

program
  .command('project')
  .description(
    'Run the projections alone: keep the read models current from the event store (with MONGODB_URL, several share the tenant shards).',
  )
  .action(async () => {
    await (await roles()).runProjector(loadConfig());
  });

program
  .command('api')
  .description(
    'Run the API alone (GraphQL, public pages, report downloads): stateless, writes go to the Kafka intake (KAFKA_BROKERS).',
  )
  .action(async () => {
    await (await roles()).runApi(loadConfig());
  });

program
  .command('relay')
  .description(
    'Run the bridge alone: public events to the data-sharing bus topic, reference items in (KAFKA_BROKERS). Run one.',
  )
  .action(async () => {
    await (await roles()).runRelay(loadConfig());
  });

program
  .command('seed')
  .description('Seed the Heilongjiang pilot (2017–2018) through commands; seeding twice stores nothing new.')
  .action(async () => {
    await (await commands()).seedData(loadConfig());
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
    process.stdout.write(`${await (await commands()).issueToken(loadConfig(), options)}\n`);
  });

program
  .command('rebuild')
  .description(
    'Rebuild every read model from the event store, with a progress bar (with MONGODB_URL: stop every gongkai project first).',
  )
  .action(async () => {
    await (await commands()).rebuildReadModels(loadConfig());
  });

program
  .command('report')
  .description(
    "Compile a report from the data folder: the August overall report on the national pilots (国家级试点工作总体报告), the summary of the provincial pilots, a pilot unit's own work report, or any tenant's annual report on open government information (政府信息公开工作年度报告).",
  )
  .option('--province <code>', 'the province that reports, e.g. 230000 (黑龙江省); all kinds but annual')
  .requiredOption('--out <file>', 'where to write the report, e.g. report.docx')
  .option('--kind <kind>', 'august | provincial-summary | unit | annual', 'august')
  .option(
    '--unit <code>',
    'the pilot unit of --kind unit, or the tenant of --kind annual, e.g. 230102 (道里区)',
  )
  .option(
    '--year <year>',
    'the report year of --kind annual, e.g. 2021 (the 2021 format from 2021, the 2019 format before)',
  )
  .option(
    '--as-of <date>',
    'only events of business dates up to YYYY-MM-DD, e.g. 2018-08-31 (default: all); for --kind annual a day within --year',
  )
  .option('--at-position <position>', 'only events up to this event-store position (default: the head)')
  .option(
    '--format <format>',
    'docx | pdf (through LibreOffice) | html | md | json (default: from the --out extension)',
  )
  .option(
    '--document-number <number>',
    "发文字号 as the office registered it, e.g. 黑政办报〔2018〕12号 (default: the office's prefix and year, the number left blank); not for --kind annual",
  )
  .option(
    '--signer <name>',
    '签发人 of the upward report (default: blank, to be written by hand); not for --kind annual',
  )
  .option('--scoring <file>', 'scoring rules of the assessment as JSON (default: the documented rules)')
  .option('--no-seed', 'do not seed an empty data folder with the Heilongjiang pilot')
  .addHelpText(
    'after',
    `
Examples:
  npm run gongkai -- report --province 230000 --as-of 2018-08-31 --format docx --out report.docx
  npm run gongkai -- report --province 230000 --as-of 2018-08-31 --document-number 黑政办报〔2018〕12号 --signer 张三 --out signed.pdf
  npm run gongkai -- report --province 230000 --kind provincial-summary --format html --out summary.html
  npm run gongkai -- report --province 230000 --kind unit --unit 230102 --as-of 2018-07-10 --out daoli.md
  npm run gongkai -- report --kind annual --unit 230102 --year 2021 --out daoli-2021.docx
  npm run gongkai -- report --kind annual --unit 230000 --year 2021 --as-of 2021-06-30 --out mid-2021.json

The report records the event-store position it was compiled at (printed on stdout with its content
hash); compiling again with --at-position <that position> and the same --as-of gives the same file.`,
  )
  .action(async (options: ReportCliOptions) => {
    process.stdout.write(
      `${JSON.stringify(await (await import('./report')).writeReport(loadConfig(), options))}\n`,
    );
  });

program.parseAsync().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  process.stderr.write(`gongkai: ${typeof code === 'string' ? `[${code}] ` : ''}${message}\n`);
  // Exit now: a role that failed half-way (a port taken after the broker connected) must not linger
  // with open connections and look alive.
  process.exit(1);
});
