import type { AcceptanceStage, Actor, Command, IsoDate } from '@gongkai/domain';
import { occurredAtOn } from '../dates';
import { randomFor } from '../random';
import type { UnitStats } from '../stats';
import type { SeedUnit } from '../units';
import { acceptanceFindings, planTitle, rectificationItems, reportTitle, selfAssessmentText } from './texts';
import type { AcceptanceRound, PilotTimeline } from './timeline';

/** A pilot-unit command; built when it is sent, because a self-assessment quotes the catalogue so far. */
export interface PlannedPilotStep {
  key: string;
  on: IsoDate;
  occurredAt: string;
  actor: Actor;
  /** Registration, areas and the first plan come before any catalogue work. */
  setup: boolean;
  command: (stats: UnitStats) => Command;
}

type Planned = Omit<PlannedPilotStep, 'key' | 'occurredAt'> & { name: string };

const setupSteps = (unit: SeedUnit, timeline: PilotTimeline, seed: number): Planned[] => [
  {
    name: 'register',
    on: timeline.registeredOn,
    actor: unit.province,
    setup: true,
    command: () => ({
      type: 'RegisterPilotUnit',
      data: { tenant: unit.code, pilotLevel: unit.level, registeredOn: timeline.registeredOn },
    }),
  },
  {
    name: 'assign-areas',
    on: timeline.assignedOn,
    actor: unit.province,
    setup: true,
    command: () => ({
      type: 'AssignPilotAreas',
      data: { tenant: unit.code, areas: [...unit.areas], assignedOn: timeline.assignedOn },
    }),
  },
  {
    name: 'plan-1',
    on: timeline.planFiledOn,
    actor: unit.county,
    setup: true,
    command: () => ({
      type: 'FileImplementationPlan',
      data: {
        tenant: unit.code,
        title: planTitle(unit, 1),
        documentNumber: `${unit.documentPrefix}〔2017〕${randomFor(seed, unit.code, 'plan').int(21, 68)}号`,
        filedOn: timeline.planFiledOn,
      },
    }),
  },
];

const revisedPlan = (unit: SeedUnit, on: IsoDate, seed: number): Planned => ({
  name: 'plan-2',
  on,
  actor: unit.county,
  setup: false,
  command: () => ({
    type: 'FileImplementationPlan',
    data: {
      tenant: unit.code,
      title: planTitle(unit, 2),
      documentNumber: `${unit.documentPrefix}〔2018〕${randomFor(seed, unit.code, 'plan-2').int(5, 19)}号`,
      filedOn: on,
    },
  }),
});

const selfAssessment = (
  unit: SeedUnit,
  on: IsoDate,
  seed: number,
  round: number,
  rectified: readonly string[] = [],
): Planned => ({
  name: `self-assessment-${round}`,
  on,
  actor: unit.county,
  setup: false,
  command: (stats) => ({
    type: 'SubmitSelfAssessment',
    data: {
      tenant: unit.code,
      ...selfAssessmentText(unit, stats, randomFor(seed, unit.code, 'self-assessment', round), rectified),
      submittedOn: on,
    },
  }),
});

/** One stage's acceptance rounds: a failure brings rectification and a resubmitted self-assessment. */
const acceptanceRounds = (
  unit: SeedUnit,
  stage: AcceptanceStage,
  rounds: readonly AcceptanceRound[],
  seed: number,
): Planned[] => {
  const actor = stage === 'prefecture' ? unit.parent : unit.province;
  return rounds.flatMap((round, index): Planned[] => {
    const random = randomFor(seed, unit.code, stage, index);
    const acceptance: Planned = {
      name: `acceptance-${stage}-${index + 1}`,
      on: round.conductedOn,
      actor,
      setup: false,
      command: () => ({
        type: 'ConductAcceptance',
        data: {
          tenant: unit.code,
          stage,
          score: round.score,
          findings: acceptanceFindings(round.passed, random),
          passed: round.passed,
          conductedOn: round.conductedOn,
        },
      }),
    };
    const { rectification } = round;
    if (!rectification) return [acceptance];
    const items = rectificationItems(randomFor(seed, unit.code, stage, index, 'rectification'));
    const request: Planned = {
      name: `rectification-${stage}-${index + 1}`,
      on: rectification.requestedOn,
      actor,
      setup: false,
      command: () => ({
        type: 'RequestRectification',
        data: {
          tenant: unit.code,
          stage,
          items,
          requestedOn: rectification.requestedOn,
          dueOn: rectification.dueOn,
        },
      }),
    };
    return [acceptance, request, selfAssessment(unit, rectification.resubmittedOn, seed, index + 2, items)];
  });
};

const closingSteps = (unit: SeedUnit, timeline: PilotTimeline, seed: number): Planned[] => [
  ...(timeline.planRevisedOn ? [revisedPlan(unit, timeline.planRevisedOn, seed)] : []),
  selfAssessment(unit, timeline.selfAssessedOn, seed, 1),
  ...acceptanceRounds(unit, 'prefecture', timeline.prefecture, seed),
  {
    name: 'pilot-report',
    on: timeline.reportedOn,
    actor: unit.throughPrefecture ? unit.parent : unit.county,
    setup: false,
    command: () => ({
      type: 'SubmitPilotReport',
      data: { tenant: unit.code, title: reportTitle(unit), submittedOn: timeline.reportedOn },
    }),
  },
  ...acceptanceRounds(unit, 'province', timeline.province, seed),
  {
    name: 'complete',
    on: timeline.completedOn,
    actor: unit.province,
    setup: false,
    command: () => ({
      type: 'CompletePilot',
      data: { tenant: unit.code, completedOn: timeline.completedOn },
    }),
  },
];

/** Every pilot-unit command of the unit's year, in the order they are sent. */
export const pilotSteps = (unit: SeedUnit, timeline: PilotTimeline, seed: number): PlannedPilotStep[] =>
  [...setupSteps(unit, timeline, seed), ...closingSteps(unit, timeline, seed)].map(
    ({ name, ...step }, index) => ({
      ...step,
      key: `${unit.code}:pilot:${name}`,
      // Mid-morning onwards, one step after the other, so a unit's own steps keep their order on a day.
      occurredAt: occurredAtOn(step.on, 10 * 60 + index * 20),
    }),
  );
