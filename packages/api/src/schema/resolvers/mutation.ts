import { createHash } from 'node:crypto';
import type { Command, CommandType } from '@gongkai/domain';
import { authorize, officialWorkingDayCalendar, stableStringify } from '@gongkai/domain';
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

/**
 * Until the report compiler exists, a version is the national rollup as of the current head
 * position: the position pins it, the SHA-256 of the rollup's canonical JSON is its content hash.
 */
const compileNationalReport = async (
  _: unknown,
  { input, ...envelope }: CommandArgs,
  context: GongkaiApiContext,
) => {
  const actor = requireWriter(context);
  const { views, headPosition, directory, now } = context.gongkai;
  // Refuse a caller the policy refuses before replaying the whole rollup for it.
  if (typeof input.tenant === 'string') {
    const provisional = { type: 'CompileNationalReport', data: { ...input, position: 0, contentHash: '' } };
    authorize(provisional as Command, {
      actor,
      occurredAt: now().toISOString(),
      directory,
      calendar: officialWorkingDayCalendar,
    });
  }
  const position = await headPosition();
  const rollup = await views.nationalRollup({ position });
  const contentHash = createHash('sha256').update(stableStringify(rollup)).digest('hex');
  return sendCommand(context, 'CompileNationalReport', { ...input, position, contentHash }, envelope);
};

export const mutationResolvers = {
  ...Object.fromEntries(Object.entries(commandOfMutation).map(([mutation, type]) => [mutation, send(type)])),
  compileNationalReport,
};
