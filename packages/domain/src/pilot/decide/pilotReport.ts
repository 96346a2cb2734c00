import type { DecisionContext } from '../../context';
import {
  assertNotBefore,
  assertNotInFuture,
  provinceCodeOf,
  reportingParentOf,
  reportsThroughPrefecture,
} from '../../context';
import {
  PilotReportAlreadySubmittedError,
  PrefectureAcceptanceMissingError,
  SelfAssessmentMissingError,
} from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import { passedAcceptance } from '../state';
import type { PilotUnitState } from '../state';
import { requireActivePilot } from './guards';

/**
 * 试点工作报告 to the province: sent by the prefecture after its acceptance, or by a
 * province-administered county itself after its self-assessment (reporting lines come from data).
 */
export const decideSubmitPilotReport = (
  { data }: MessageOfType<PilotUnitCommand, 'SubmitPilotReport'>,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  const pilot = requireActivePilot(state, data.tenant);
  if (pilot.pilotReport) {
    throw new PilotReportAlreadySubmittedError({
      unit: data.tenant,
      submittedOn: pilot.pilotReport.submittedOn,
    });
  }
  if (!pilot.selfAssessment) throw new SelfAssessmentMissingError({ unit: data.tenant });
  const throughPrefecture = reportsThroughPrefecture(context.directory, data.tenant);
  const prefectureAcceptance = passedAcceptance(pilot, 'prefecture');
  if (throughPrefecture && !prefectureAcceptance)
    throw new PrefectureAcceptanceMissingError({ unit: data.tenant });
  assertNotInFuture(context, { field: 'submittedOn', date: data.submittedOn });
  assertNotBefore(
    { field: 'submittedOn', date: data.submittedOn },
    { field: 'self-assessment submittedOn', date: pilot.selfAssessment.submittedOn },
    { field: 'prefecture acceptance conductedOn', date: prefectureAcceptance?.conductedOn },
  );
  const submittedBy = throughPrefecture
    ? reportingParentOf(context.directory, data.tenant).code
    : data.tenant;
  return [
    {
      type: 'PilotReportSubmitted',
      data: {
        unit: data.tenant,
        title: data.title,
        submittedBy,
        submittedTo: provinceCodeOf(context.directory, data.tenant),
        submittedOn: data.submittedOn,
      },
    },
  ];
};
