import { ownProvince } from '../authorization/parties';
import type { PartyRule } from '../authorization/parties';
import type { CommandContext } from '../commands/commandContext';
import { requireTenant } from '../context';
import { defineDecider } from '../decider';
import { ContextIncompleteError } from '../errors';
import { pilotUnitDecider } from '../pilot/decider';
import type { PilotUnitState } from '../pilot/state';
import { streamIdForPilotProgramme, streamIdForPilotUnit } from '../streams';
import { pilotUnits } from '../tenants/pilots';
import type { DivisionCode, TenantDirectory } from '../tenants/types';
import type { PilotProgrammeCommand } from './commands';
import { pilotProgrammeCommandSchemas } from './commands';
import { decideFileProgrammePlan, decideSummariseProvincialPilots } from './decide';
import type { SummaryDecisionContext } from './decide';
import { programmeErrorCodes } from './errors';
import { pilotProgrammeEventSchemas } from './events';
import { evolvePilotProgramme, initialPilotProgrammeState } from './state';

/** The government itself, at its own tier (the decision refuses a tier that has no programme). */
const ownGovernment: PartyRule = (tenant, directory) => [
  { tier: requireTenant(directory, tenant).tier, tenant },
];

const provincialPilotStreams = (province: DivisionCode, directory: TenantDirectory): string[] =>
  pilotUnits(directory, province, 'provincial').map((unit) => streamIdForPilotUnit(unit.code));

/** The summary reads every provincial pilot's stream; other commands need nothing more. */
const withProvincialPilots = (
  command: PilotProgrammeCommand,
  context: CommandContext,
): SummaryDecisionContext => {
  const provincialPilots = new Map<string, PilotUnitState>();
  if (command.type === 'SummariseProvincialPilots') {
    for (const streamId of provincialPilotStreams(command.data.tenant, context.directory)) {
      const events = context.consulted?.[streamId];
      if (!events) throw new ContextIncompleteError({ commandType: command.type, streamId });
      provincialPilots.set(streamId.slice('pilotUnit-'.length), pilotUnitDecider.fold(events));
    }
  }
  return { ...context, provincialPilots };
};

/**
 * A province's or prefecture's own part in the pilot, `pilotProgramme-<tenant>`: its implementation
 * plan filed for the record (M-02, M-03) and, for the province, the summary of its provincial
 * pilots (M-14).
 */
export const pilotProgrammeDecider = defineDecider({
  category: 'pilotProgramme',
  commandSchemas: pilotProgrammeCommandSchemas,
  eventSchemas: pilotProgrammeEventSchemas,
  initialState: initialPilotProgrammeState,
  evolve: evolvePilotProgramme,
  streamId: (data) => streamIdForPilotProgramme(data.tenant),
  decisionContext: withProvincialPilots,
  commands: {
    FileProgrammePlan: {
      graphql: {
        mutation: 'fileProgrammePlan',
        description:
          'Province or prefecture: file its own implementation plan for the record (the province with the State Council General Office, a prefecture with the province).',
      },
      policy: () => ownGovernment,
      decide: decideFileProgrammePlan,
    },
    SummariseProvincialPilots: {
      graphql: {
        mutation: 'summariseProvincialPilots',
        description:
          'Province: summarise the experience of its provincial pilots for the province-wide roll-out, recording each pilot’s outcome.',
      },
      policy: () => ownProvince,
      consults: (data, directory) => provincialPilotStreams(data.tenant, directory),
      decide: decideSummariseProvincialPilots,
    },
  },
  events: {
    ProgrammePlanFiled: {
      description:
        'A province or prefecture filed its own implementation plan (实施方案) for the record (备案): the province with the State Council General Office, a prefecture with the province.',
    },
    ProvincialPilotsSummarised: {
      description:
        'The province summarised the experience of its provincial pilots (总结经验做法) for the province-wide roll-out, with each pilot’s outcome in its acceptance that day.',
    },
  },
  errors: programmeErrorCodes,
});
