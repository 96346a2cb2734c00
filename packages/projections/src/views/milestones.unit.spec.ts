import { describe, expect, it } from 'vitest';
import { createTenantDirectory, heilongjiangMilestones, heilongjiangSeed } from '@gongkai/domain';
import { projectionContextFor } from '../projectors/context';
import type { MilestoneFact, MilestoneFactsDocument } from '../projectors/milestoneFactsProjector';
import { unitMilestones } from './milestones';

const directory = createTenantDirectory(heilongjiangSeed);
const context = projectionContextFor(directory);
const NATIONAL_PILOTS = ['230102', '230202', '231086', '230828', '230624', '230382', '231282'];

const factsOf = (tenant: string, facts: MilestoneFact[]): MilestoneFactsDocument => ({
  _id: tenant,
  _position: 1,
  tenant,
  ancestors: context.ancestorsOf(tenant),
  pilotLevel: directory.get(tenant)?.pilotLevel ?? null,
  facts,
});

const stateOf = (view: ReturnType<typeof unitMilestones>, id: string) =>
  view.milestones.find((milestone) => milestone.id === id);

describe('milestones', () => {
  it('a pilot unit completes its own milestone with its own event, late when after the due date', () => {
    const facts = new Map([
      ['230102', factsOf('230102', [{ type: 'SelfAssessmentSubmitted', on: '2018-07-12', by: null }])],
    ]);
    const view = unitMilestones(
      directory.get('230102')!,
      facts,
      context,
      heilongjiangMilestones,
      '2018-09-01',
    );
    expect(stateOf(view, 'O-07-N')).toMatchObject({
      state: 'completed-late',
      completedOn: '2018-07-12',
      daysLate: 2,
    });
    expect(stateOf(view, 'M-05')).toMatchObject({ state: 'overdue', daysLate: 1 });
  });

  it('the province completes its acceptance of the national pilots on the day it accepted the last one', () => {
    const accepted = (tenant: string, on: string) =>
      factsOf(tenant, [{ type: 'AcceptanceConducted', on, by: '230000' }]);
    const facts = new Map(NATIONAL_PILOTS.map((code, index) => [code, accepted(code, `2018-07-2${index}`)]));
    const view = unitMilestones(
      directory.get('230000')!,
      facts,
      context,
      heilongjiangMilestones,
      '2018-09-01',
    );
    expect(stateOf(view, 'M-08')).toMatchObject({ state: 'completed', completedOn: '2018-07-26' });
  });

  it('an acceptance by a prefecture does not complete the province acceptance', () => {
    const facts = new Map(
      NATIONAL_PILOTS.map((code) => [
        code,
        factsOf(code, [{ type: 'AcceptanceConducted', on: '2018-06-01', by: '230100' }]),
      ]),
    );
    const view = unitMilestones(
      directory.get('230000')!,
      facts,
      context,
      heilongjiangMilestones,
      '2018-08-01',
    );
    expect(stateOf(view, 'M-08')).toMatchObject({ state: 'overdue', daysLate: 1 });
  });

  it('ignores what happened after the day asked', () => {
    const facts = new Map([
      ['230102', factsOf('230102', [{ type: 'SelfAssessmentSubmitted', on: '2018-07-01', by: null }])],
    ]);
    const view = unitMilestones(
      directory.get('230102')!,
      facts,
      context,
      heilongjiangMilestones,
      '2018-06-30',
    );
    expect(stateOf(view, 'O-07-N')).toMatchObject({ state: 'pending', completedOn: null });
    expect(view.counts).toMatchObject({ total: 2, pending: 2, overdue: 0 });
  });

  it("a prefecture completes M-03 with its own plan only: its pilot counties' plans do not count", () => {
    const countyPlans = new Map(
      ['230102'].map((code) => [
        code,
        factsOf(code, [{ type: 'ImplementationPlanFiled', on: '2017-09-20', by: '230100' }]),
      ]),
    );
    const harbin = directory.get('230100')!;
    expect(
      stateOf(unitMilestones(harbin, countyPlans, context, heilongjiangMilestones, '2017-10-10'), 'M-03'),
    ).toMatchObject({
      state: 'overdue',
      daysLate: 10,
    });
    const own = new Map([
      ...countyPlans,
      ['230100', factsOf('230100', [{ type: 'ProgrammePlanFiled', on: '2017-10-12', by: '230000' }])],
    ]);
    expect(
      stateOf(unitMilestones(harbin, own, context, heilongjiangMilestones, '2017-11-01'), 'M-03'),
    ).toMatchObject({
      state: 'completed-late',
      completedOn: '2017-10-12',
      daysLate: 12,
    });
  });

  it('a province-administered county completes M-03 with its pilot plan', () => {
    const facts = new Map([
      ['231081', factsOf('231081', [{ type: 'ImplementationPlanFiled', on: '2017-09-25', by: '230000' }])],
    ]);
    const view = unitMilestones(
      directory.get('231081')!,
      facts,
      context,
      heilongjiangMilestones,
      '2017-11-01',
    );
    expect(stateOf(view, 'M-03')).toMatchObject({ state: 'completed', completedOn: '2017-09-25' });
  });

  it("the province completes M-02 with its own plan, not its pilots' plans, and M-14 with its summary", () => {
    const pilotsPlans = NATIONAL_PILOTS.map(
      (code) =>
        [code, factsOf(code, [{ type: 'ImplementationPlanFiled', on: '2017-08-20', by: '230100' }])] as const,
    );
    const province = directory.get('230000')!;
    const before = unitMilestones(
      province,
      new Map(pilotsPlans),
      context,
      heilongjiangMilestones,
      '2019-01-02',
    );
    expect(stateOf(before, 'M-02')).toMatchObject({ state: 'overdue' });
    expect(stateOf(before, 'M-14')).toMatchObject({ state: 'overdue', daysLate: 2 });
    const own = new Map([
      ...pilotsPlans,
      [
        '230000',
        factsOf('230000', [
          { type: 'ProgrammePlanFiled', on: '2017-08-25', by: '000000' },
          { type: 'ProvincialPilotsSummarised', on: '2019-01-08', by: null },
        ]),
      ],
    ]);
    const after = unitMilestones(province, own, context, heilongjiangMilestones, '2019-01-10');
    expect(stateOf(after, 'M-02')).toMatchObject({ state: 'completed', completedOn: '2017-08-25' });
    expect(stateOf(after, 'M-14')).toMatchObject({
      state: 'completed-late',
      completedOn: '2019-01-08',
      daysLate: 8,
    });
  });
});
