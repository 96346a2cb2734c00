import {
  countyOrReportingLine,
  ownCounty,
  pilotReportSender,
  provinceOfTenant,
  reportingParent,
} from '../authorization/parties';
import type { PartyRule } from '../authorization/parties';
import { commandContextAsIs, defineDecider, upcastStep } from '../decider';
import { AcceptanceConductedV1Schema, upcastAcceptanceConductedV1 } from './acceptanceConductedV1';
import {
  ACCEPTANCE_MISSING,
  ALREADY_ACCEPTED,
  FINDINGS_REQUIRED,
  IMPLEMENTATION_PLAN_MISSING,
  PILOT_ALREADY_REGISTERED,
  PILOT_AREAS_MISSING,
  PILOT_COMPLETED,
  PILOT_FEEDBACK_ALREADY_RECORDED,
  PILOT_LEVEL_MISMATCH,
  PILOT_NOT_ACCEPTED,
  PILOT_NOT_REGISTERED,
  PILOT_REPORT_ALREADY_SUBMITTED,
  PILOT_REPORT_MISSING,
  PILOT_UNIT_NOT_COUNTY,
  PREFECTURE_ACCEPTANCE_MISSING,
  PREFECTURE_STAGE_NOT_APPLICABLE,
  RECTIFICATION_AFTER_PASS,
  RECTIFICATION_ALREADY_OPEN,
  RECTIFICATION_NOT_REQUESTED,
  SATISFACTION_OUT_OF_RANGE,
  SCORE_OUT_OF_RANGE,
  SELF_ASSESSMENT_INCOMPLETE,
  SELF_ASSESSMENT_MISSING,
} from '../errors';
import { streamIdForPilotUnit } from '../streams';
import type { AcceptanceStage } from './commands';
import { pilotUnitCommandSchemas } from './commands';
import {
  decideAssignPilotAreas,
  decideCompletePilot,
  decideConductAcceptance,
  decideFileImplementationPlan,
  decideRecordPilotFeedback,
  decideRegisterPilotUnit,
  decideRequestRectification,
  decideSubmitPilotReport,
  decideSubmitSelfAssessment,
} from './decide';
import { pilotUnitEventSchemas } from './events';
import { evolvePilotUnit } from './evolve';
import { initialPilotUnitState } from './state';

const always = (rule: PartyRule) => () => rule;
/** Acceptance and rectification belong to whoever conducts that stage. */
const byAcceptanceStage = ({ stage }: { stage: AcceptanceStage }): PartyRule =>
  stage === 'prefecture' ? reportingParent : provinceOfTenant;

/** The pilot unit: one stream per county pilot, `pilotUnit-<unit>`, from registration to completion. */
export const pilotUnitDecider = defineDecider({
  category: 'pilotUnit',
  commandSchemas: pilotUnitCommandSchemas,
  eventSchemas: pilotUnitEventSchemas,
  initialState: initialPilotUnitState,
  evolve: evolvePilotUnit,
  streamId: (data) => streamIdForPilotUnit(data.tenant),
  decisionContext: commandContextAsIs,
  commands: {
    RegisterPilotUnit: {
      graphql: { mutation: 'registerPilotUnit', description: 'Province: register a county as a pilot unit.' },
      policy: always(provinceOfTenant),
      decide: decideRegisterPilotUnit,
    },
    AssignPilotAreas: {
      graphql: { mutation: 'assignPilotAreas', description: 'Province: assign the pilot areas.' },
      policy: always(provinceOfTenant),
      decide: decideAssignPilotAreas,
    },
    FileImplementationPlan: {
      graphql: {
        mutation: 'fileImplementationPlan',
        description: 'County: file the implementation plan for the record.',
      },
      policy: always(ownCounty),
      decide: decideFileImplementationPlan,
    },
    SubmitSelfAssessment: {
      graphql: { mutation: 'submitSelfAssessment', description: 'County: submit the self-assessment.' },
      policy: always(ownCounty),
      decide: decideSubmitSelfAssessment,
    },
    SubmitPilotReport: {
      graphql: {
        mutation: 'submitPilotReport',
        description:
          'Prefecture (or a province-administered county): send the pilot work report to the province.',
      },
      policy: always(pilotReportSender),
      decide: decideSubmitPilotReport,
    },
    ConductAcceptance: {
      graphql: {
        mutation: 'conductAcceptance',
        description: 'Prefecture (stage PREFECTURE) or province (stage PROVINCE): conduct acceptance.',
      },
      policy: byAcceptanceStage,
      decide: decideConductAcceptance,
    },
    RequestRectification: {
      graphql: {
        mutation: 'requestRectification',
        description: 'Whoever conducted the failed acceptance: request rectification.',
      },
      policy: byAcceptanceStage,
      decide: decideRequestRectification,
    },
    CompletePilot: {
      graphql: { mutation: 'completePilot', description: 'Province: close a pilot it accepted.' },
      policy: always(provinceOfTenant),
      decide: decideCompletePilot,
    },
    RecordPilotFeedback: {
      graphql: {
        mutation: 'recordPilotFeedback',
        description:
          'County or above: record social evaluation or third-party assessment of the whole pilot.',
      },
      policy: always(countyOrReportingLine),
      decide: decideRecordPilotFeedback,
    },
  },
  events: {
    PilotUnitRegistered: {
      description: 'A county-level unit was registered as a pilot unit (试点单位) at a pilot level.',
    },
    PilotAreasAssigned: {
      description: 'The province assigned (or reassigned) the pilot areas (试点领域) of a unit.',
    },
    ImplementationPlanFiled: {
      description: 'A pilot unit filed its implementation plan (实施方案) with its reporting parent (备案).',
    },
    SelfAssessmentSubmitted: {
      description:
        'A pilot unit submitted its self-assessment: practices, results, difficulties, suggestions.',
    },
    PilotReportSubmitted: {
      description: 'The pilot work report (试点工作报告) of a unit reached the province.',
    },
    AcceptanceConducted: {
      description:
        'Acceptance (验收) of a pilot by the prefecture or the province: score, findings (each a problem, strength or requirement), passed.',
      upcasts: [upcastStep(1, AcceptanceConductedV1Schema, upcastAcceptanceConductedV1)],
    },
    RectificationRequested: {
      description: 'After a failed acceptance, rectification (整改) was requested with items and a due date.',
    },
    PilotCompleted: { description: 'The province closed a pilot it had accepted.' },
    PilotFeedbackRecorded: {
      description:
        'Social evaluation or third-party assessment of a pilot as a whole (its special topic): satisfaction 1–5.',
    },
  },
  errors: [
    PILOT_ALREADY_REGISTERED,
    PILOT_NOT_REGISTERED,
    PILOT_UNIT_NOT_COUNTY,
    PILOT_LEVEL_MISMATCH,
    PILOT_AREAS_MISSING,
    IMPLEMENTATION_PLAN_MISSING,
    SELF_ASSESSMENT_INCOMPLETE,
    SELF_ASSESSMENT_MISSING,
    PILOT_REPORT_ALREADY_SUBMITTED,
    PILOT_REPORT_MISSING,
    PREFECTURE_STAGE_NOT_APPLICABLE,
    PREFECTURE_ACCEPTANCE_MISSING,
    SCORE_OUT_OF_RANGE,
    FINDINGS_REQUIRED,
    ALREADY_ACCEPTED,
    RECTIFICATION_NOT_REQUESTED,
    ACCEPTANCE_MISSING,
    RECTIFICATION_AFTER_PASS,
    RECTIFICATION_ALREADY_OPEN,
    PILOT_NOT_ACCEPTED,
    PILOT_COMPLETED,
    PILOT_FEEDBACK_ALREADY_RECORDED,
    SATISFACTION_OUT_OF_RANGE,
  ],
});
