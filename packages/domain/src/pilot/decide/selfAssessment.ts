import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import {
  ImplementationPlanMissingError,
  PilotReportAlreadySubmittedError,
  SelfAssessmentIncompleteError,
} from '../../errors';
import { isBlank } from '../../primitives';
import type { MessageOfType } from '../../primitives';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import type { PilotUnitState } from '../state';
import { requireActivePilot } from './guards';

const chapters = ['practices', 'results', 'difficulties', 'suggestions'] as const;

/** 主要做法、成效、困难问题、建议: all four chapters must say something. */
export const decideSubmitSelfAssessment = (
  { data }: MessageOfType<PilotUnitCommand, 'SubmitSelfAssessment'>,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  const pilot = requireActivePilot(state, data.tenant);
  if (!pilot.plan) throw new ImplementationPlanMissingError({ unit: data.tenant });
  // After the report only a rectification reopens the self-assessment.
  if (pilot.pilotReport && !pilot.openRectification) {
    throw new PilotReportAlreadySubmittedError({
      unit: data.tenant,
      submittedOn: pilot.pilotReport.submittedOn,
    });
  }
  const missing = chapters.filter((chapter) => isBlank(data[chapter]));
  if (missing.length > 0) throw new SelfAssessmentIncompleteError({ unit: data.tenant, missing });
  assertNotInFuture(context, { field: 'submittedOn', date: data.submittedOn });
  assertNotBefore(
    { field: 'submittedOn', date: data.submittedOn },
    { field: 'plan filedOn', date: pilot.plan.filedOn },
    { field: 'previous self-assessment submittedOn', date: pilot.selfAssessment?.submittedOn },
  );
  const { tenant, ...assessment } = data;
  return [{ type: 'SelfAssessmentSubmitted', data: { unit: tenant, ...assessment } }];
};
