import type { DecisionContext } from '../../context';
import { assertNotInFuture, requireTenant } from '../../context';
import type { PilotUnitState } from '../../pilot';
import { lastAcceptance } from '../../pilot';
import type { MessageOfType } from '../../primitives';
import type { PilotProgrammeCommand } from '../commands';
import {
  PilotsAlreadySummarisedError,
  PilotsNotYetAcceptedError,
  ProgrammeTierInvalidError,
} from '../errors';
import type { PilotOutcome, PilotProgrammeEvent } from '../events';
import type { PilotProgrammeState } from '../state';

/** A summary decision reads the province's provincial pilots, folded from their streams. */
export interface SummaryDecisionContext extends DecisionContext {
  /** Every provincial pilot of the province, by unit code, in directory order. */
  provincialPilots: ReadonlyMap<string, PilotUnitState>;
}

const outcomeOf = (pilot: PilotUnitState): { outcome: PilotOutcome; score: number | null } => {
  const last = lastAcceptance(pilot, 'province');
  const score = pilot.finalScore ?? last?.score ?? null;
  if (pilot.completedOn !== null) return { outcome: 'completed', score };
  if (last === undefined) return { outcome: 'not-accepted', score };
  return { outcome: last.passed ? 'accepted' : 'failed', score };
};

/**
 * 总结省级试点单位的经验做法 (M-14). The province summarises once it has conducted the acceptance of
 * at least one provincial pilot; it does not wait for all of them to pass: each pilot's outcome is
 * recorded as it stands that day (completed, accepted, failed or not yet accepted), so a failed or
 * unfinished pilot is on the record, never left out.
 */
export const decideSummariseProvincialPilots = (
  { data }: MessageOfType<PilotProgrammeCommand, 'SummariseProvincialPilots'>,
  state: PilotProgrammeState,
  context: SummaryDecisionContext,
): PilotProgrammeEvent[] => {
  const organ = requireTenant(context.directory, data.tenant);
  if (organ.tier !== 'province') {
    throw new ProgrammeTierInvalidError({ tenant: data.tenant, tier: organ.tier, allowed: ['province'] });
  }
  if (state.summary) {
    throw new PilotsAlreadySummarisedError({
      province: data.tenant,
      summarisedOn: state.summary.summarisedOn,
    });
  }
  const pilots = [...context.provincialPilots].map(([unit, pilot]) => ({ unit, ...outcomeOf(pilot) }));
  if (pilots.every((pilot) => pilot.outcome === 'not-accepted')) {
    throw new PilotsNotYetAcceptedError({ province: data.tenant, pilots: pilots.map((pilot) => pilot.unit) });
  }
  assertNotInFuture(context, { field: 'summarisedOn', date: data.summarisedOn });
  return [
    {
      type: 'ProvincialPilotsSummarised',
      data: {
        province: data.tenant,
        title: data.title,
        practices: data.practices,
        pilots,
        summarisedOn: data.summarisedOn,
      },
    },
  ];
};
