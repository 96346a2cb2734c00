import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture, provinceCodeOf, reportingParentOf } from '../../context';
import {
  AlreadyAcceptedError,
  FindingsRequiredError,
  PilotReportMissingError,
  PrefectureStageNotApplicableError,
  RectificationNotRequestedError,
  ScoreOutOfRangeError,
  SelfAssessmentMissingError,
} from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import { findingOf } from '../findings';
import { lastAcceptance } from '../state';
import type { PilotUnitState } from '../state';
import { requireActivePilot } from './guards';
import type { RegisteredPilot } from './guards';

type ConductAcceptance = MessageOfType<PilotUnitCommand, 'ConductAcceptance'>['data'];

/** What the stage needs before it can be conducted, and the date it must follow. */
const prerequisiteOf = (pilot: RegisteredPilot, data: ConductAcceptance, context: DecisionContext) => {
  if (data.stage === 'province') {
    if (!pilot.pilotReport) throw new PilotReportMissingError({ unit: data.tenant });
    return { field: 'pilot report submittedOn', date: pilot.pilotReport.submittedOn };
  }
  const parent = reportingParentOf(context.directory, data.tenant);
  if (parent.tier !== 'prefecture') {
    throw new PrefectureStageNotApplicableError({ unit: data.tenant, reportsTo: parent.code });
  }
  if (!pilot.selfAssessment) throw new SelfAssessmentMissingError({ unit: data.tenant });
  return { field: 'self-assessment submittedOn', date: pilot.selfAssessment.submittedOn };
};

/** 验收 by the prefecture (after the self-assessment) or by the province (after the pilot report). */
export const decideConductAcceptance = (
  { data }: MessageOfType<PilotUnitCommand, 'ConductAcceptance'>,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  const pilot = requireActivePilot(state, data.tenant);
  const prerequisite = prerequisiteOf(pilot, data, context);
  const previous = lastAcceptance(pilot, data.stage);
  if (previous?.passed) {
    throw new AlreadyAcceptedError({
      unit: data.tenant,
      stage: data.stage,
      conductedOn: previous.conductedOn,
    });
  }
  const rectification = pilot.openRectification?.stage === data.stage ? pilot.openRectification : null;
  if (previous && !rectification)
    throw new RectificationNotRequestedError({ unit: data.tenant, stage: data.stage });
  if (!(data.score >= 0 && data.score <= 100)) throw new ScoreOutOfRangeError({ score: data.score });
  const findings = data.findings.map(findingOf);
  if (!data.passed && !findings.some((finding) => finding.kind !== 'strength')) {
    throw new FindingsRequiredError({ unit: data.tenant, stage: data.stage });
  }
  assertNotInFuture(context, { field: 'conductedOn', date: data.conductedOn });
  assertNotBefore({ field: 'conductedOn', date: data.conductedOn }, prerequisite, {
    field: 'rectification requestedOn',
    date: rectification?.requestedOn,
  });
  const conductedBy =
    data.stage === 'province'
      ? provinceCodeOf(context.directory, data.tenant)
      : reportingParentOf(context.directory, data.tenant).code;
  const { tenant, ...acceptance } = data;
  return [{ type: 'AcceptanceConducted', data: { unit: tenant, ...acceptance, findings, conductedBy } }];
};
