import { describe, expect, it } from 'vitest';
import { officialWorkingDayCalendar as calendar } from '../../calendar';
import { createTenantDirectory, heilongjiangSeed } from '../../tenants';
import { applicationClock } from '../clock';
import { applicationEventSchemas } from '../events';
import { demoApplications } from './demoApplications';
import { foldApplication } from './given';

const directory = createTenantDirectory(heilongjiangSeed);
const counties = directory
  .all()
  .filter((unit) => unit.tier === 'county' && unit.pilotLevel !== null)
  .map((unit) => unit.code);
const options = { seed: 42, counties, fromYear: 2017, toYear: 2021, directory, calendar };

describe('the demo applications', () => {
  const demo = demoApplications(options);
  const events = demo.flatMap((application) => application.events);
  const count = (type: string, where: (data: Record<string, unknown>) => boolean = () => true) =>
    events.filter((event) => event.type === type && where(event.data as Record<string, unknown>)).length;

  it('are the same for the same seed, and differ for another', () => {
    expect(demoApplications(options)).toEqual(demo);
    expect(demoApplications({ ...options, seed: 43 })).not.toEqual(demo);
  }, 30_000); // two more generations of ~10,000 applications: seconds on a loaded machine

  it('give every pilot county tens to a few hundred applications a year', () => {
    for (const tenant of counties) {
      for (const year of [2017, 2018, 2019, 2020, 2021]) {
        const n = demo.filter((a) => a.tenant === tenant && a.applicationId.startsWith(`${year}-`)).length;
        expect(n).toBeGreaterThanOrEqual(10);
        expect(n).toBeLessThanOrEqual(400);
      }
    }
  });

  it('are mostly disclosed or partly disclosed, some not held, with a few corrections, consultations, extensions, fees, reviews and a lawsuit', () => {
    const decisions = count('ApplicationDecided');
    const disclosed = count(
      'ApplicationDecided',
      (d) => d.result === 'disclosed' || d.result === 'partly-disclosed',
    );
    expect(disclosed / decisions).toBeGreaterThan(0.6);
    expect(count('ApplicationDecided', (d) => d.ground === 'not-held')).toBeGreaterThan(0);
    for (const type of [
      'CorrectionRequested',
      'ThirdPartyConsulted',
      'ApplicationDeadlineExtended',
      'ProcessingFeeNotified',
      'DecisionDelivered',
    ]) {
      expect(count(type), type).toBeGreaterThan(0);
    }
    expect(count('ReviewOrSuitFiled', (d) => d.kind === 'review')).toBeGreaterThan(0);
    expect(count('ReviewOrSuitFiled', (d) => d.kind !== 'review')).toBeGreaterThan(0);
  });

  it('run under both regulations, and fees only from 2021', () => {
    expect(count('ApplicationReceived', (d) => d.regulation === 'ogi-2007')).toBeGreaterThan(0);
    expect(count('ApplicationReceived', (d) => d.regulation === 'ogi-2019')).toBeGreaterThan(0);
    expect(count('ProcessingFeeNotified', (d) => String(d.notifiedOn) < '2021-01-01')).toBe(0);
  });

  it('hold only valid events, and most are answered on time', () => {
    for (const event of events) applicationEventSchemas[event.type].parse(event.data);
    const clocks = demo.map((a) => applicationClock(foldApplication(a.events), '2022-06-30', calendar));
    const late = clocks.filter((clock) => clock.onTime === false).length;
    expect(late / clocks.length).toBeLessThan(0.1);
    expect(late).toBeGreaterThan(0);
  });
});
