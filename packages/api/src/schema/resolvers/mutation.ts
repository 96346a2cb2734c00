import { createHash } from 'node:crypto';
import type { Command, CommandType } from '@gongkai/domain';
import { authorize, officialWorkingDayCalendar, stableStringify } from '@gongkai/domain';
import type { CommandMutation } from '../commandInputs';
import { commandMutations } from '../commandInputs';
import type { CompiledReportInfo } from '../../reports/reportService';
import { reportDownloadPath } from '../../reports/reportService';
import type { GongkaiApiContext } from '../context';
import type { CommandArgs } from './sendCommand';
import { requireWriter, sendCommand } from './sendCommand';

export { commandOfMutation } from '../commandInputs';

/** A mutation of the schema: one per command of the domain's registry (`commandOfMutation`). */
export type MutationName = string;

const send =
  (type: CommandType) =>
  (_: unknown, { input, ...envelope }: CommandArgs, context: GongkaiApiContext) =>
    sendCommand(context, type, input, envelope);

/** The rollup's hash pins a version when the API runs without a report compiler (tests of the API alone). */
const rollupHash = async (context: GongkaiApiContext, position: number): Promise<string> =>
  createHash('sha256')
    .update(stableStringify(await context.gongkai.views.nationalRollup({ position })))
    .digest('hex');

const withDownloads = (report: CompiledReportInfo) => ({
  ...report,
  files: report.files.map((file) => ({
    ...file,
    url: reportDownloadPath(report.tenant, report.contentHash, file.format),
  })),
});

/**
 * Compiles the overall report as of the current head position and the `asOf` date (default
 * `compiledOn`), keeps its files, and records the version (position and content hash) with
 * CompileNationalReport. The answer carries the download URLs.
 */
const compileNationalReport = async (
  _: unknown,
  { input, ...envelope }: CommandArgs,
  context: GongkaiApiContext,
) => {
  const actor = requireWriter(context);
  const { headPosition, directory, now, reports } = context.gongkai;
  const { asOf, ...data } = input;
  // Refuse a caller the policy refuses before compiling the whole report for it.
  if (typeof data.tenant === 'string') {
    const provisional = { type: 'CompileNationalReport', data: { ...data, position: 0, contentHash: '' } };
    authorize(provisional as Command, {
      actor,
      occurredAt: now().toISOString(),
      directory,
      calendar: officialWorkingDayCalendar,
    });
  }
  const position = await headPosition();
  if (reports === null) {
    return sendCommand(
      context,
      'CompileNationalReport',
      { ...data, position, contentHash: await rollupHash(context, position) },
      envelope,
    );
  }
  const date = typeof asOf === 'string' ? asOf : String(data.compiledOn);
  const report = await reports.compileNationalReport(String(data.tenant), { position, date });
  const result = await sendCommand(
    context,
    'CompileNationalReport',
    { ...data, position: report.position, contentHash: report.contentHash },
    envelope,
  );
  return result.__typename === 'CommandAccepted' ? { ...result, report: withDownloads(report) } : result;
};

/** Mutations whose input is not the command's data (the server fills some fields): written by hand. */
const handWritten: Readonly<Record<string, typeof compileNationalReport>> = { compileNationalReport };

const resolverOf = ({ mutation, commandType, serverFields }: CommandMutation) => {
  const resolver = handWritten[mutation];
  if (resolver !== undefined) return resolver;
  if (serverFields.length > 0) {
    throw new Error(
      `${mutation}: the server fills ${serverFields.join(', ')} of ${commandType}; write its resolver`,
    );
  }
  return send(commandType);
};

export const mutationResolvers = Object.fromEntries(
  commandMutations.map((command) => [command.mutation, resolverOf(command)]),
);
