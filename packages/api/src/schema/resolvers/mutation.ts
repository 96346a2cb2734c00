import { createHash } from 'node:crypto';
import type { Command, CommandType } from '@gongkai/domain';
import { authorize, officialWorkingDayCalendar, stableStringify } from '@gongkai/domain';
import type { CompiledReportInfo } from '../../reports/reportService';
import { reportDownloadPath } from '../../reports/reportService';
import type { GongkaiApiContext } from '../context';
import type { CommandArgs } from './sendCommand';
import { requireWriter, sendCommand } from './sendCommand';

/** Which domain command each mutation sends; the input is the command's data. */
export const commandOfMutation = {
  registerPilotUnit: 'RegisterPilotUnit',
  assignPilotAreas: 'AssignPilotAreas',
  fileImplementationPlan: 'FileImplementationPlan',
  submitSelfAssessment: 'SubmitSelfAssessment',
  conductAcceptance: 'ConductAcceptance',
  requestRectification: 'RequestRectification',
  submitPilotReport: 'SubmitPilotReport',
  completePilot: 'CompletePilot',
  recordPilotFeedback: 'RecordPilotFeedback',
  draftCatalogueItem: 'DraftCatalogueItem',
  defineStandard: 'DefineStandard',
  reviseStandard: 'ReviseStandard',
  publishCatalogueItem: 'PublishCatalogueItem',
  retireCatalogueItem: 'RetireCatalogueItem',
  recordDisclosure: 'PublishDisclosure',
  recordInterpretation: 'PublishInterpretation',
  recordResponse: 'RespondToConcern',
  recordFeedback: 'RecordPublicFeedback',
  compileNationalReport: 'CompileNationalReport',
  submitNationalReport: 'SubmitNationalReport',
} as const satisfies Record<string, CommandType>;

// Every command has a mutation: a command added to the domain fails to compile here until it has one.
type Unmapped = Exclude<CommandType, (typeof commandOfMutation)[keyof typeof commandOfMutation]>;
const everyCommandMapped: [Unmapped] extends [never] ? true : { unmapped: Unmapped } = true;
void everyCommandMapped;

export type MutationName = keyof typeof commandOfMutation;

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

export const mutationResolvers = {
  ...Object.fromEntries(Object.entries(commandOfMutation).map(([mutation, type]) => [mutation, send(type)])),
  compileNationalReport,
};
