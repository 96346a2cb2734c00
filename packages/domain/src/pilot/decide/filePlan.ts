import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture, reportingParentOf } from '../../context';
import { PilotAreasMissingError, PilotReportAlreadySubmittedError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import type { PilotUnitState } from '../state';
import { requireActivePilot } from './guards';

/** The county files its plan with its reporting parent (备案, not an approval); refiling numbers a new version. */
export const decideFileImplementationPlan = (
  { data }: MessageOfType<PilotUnitCommand, 'FileImplementationPlan'>,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  const pilot = requireActivePilot(state, data.tenant);
  if (pilot.areas.length === 0) throw new PilotAreasMissingError({ unit: data.tenant });
  if (pilot.pilotReport) {
    throw new PilotReportAlreadySubmittedError({
      unit: data.tenant,
      submittedOn: pilot.pilotReport.submittedOn,
    });
  }
  assertNotInFuture(context, { field: 'filedOn', date: data.filedOn });
  assertNotBefore(
    { field: 'filedOn', date: data.filedOn },
    { field: 'assignedOn', date: pilot.areasAssignedOn },
    { field: 'previous plan filedOn', date: pilot.plan?.filedOn },
  );
  return [
    {
      type: 'ImplementationPlanFiled',
      data: {
        unit: data.tenant,
        version: (pilot.plan?.version ?? 0) + 1,
        title: data.title,
        documentNumber: data.documentNumber ?? null,
        filedWith: reportingParentOf(context.directory, data.tenant).code,
        filedOn: data.filedOn,
      },
    },
  ];
};
