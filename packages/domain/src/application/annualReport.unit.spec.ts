import { describe, expect, it } from 'vitest';
import { officialWorkingDayCalendar as calendar } from '../calendar';
import { createTenantDirectory, heilongjiangSeed } from '../tenants';
import { annualReportFigures, applicationTableIssues } from './annualReport';
import type { AnnualReportFigures } from './annualReport';
import type { ApplicationEvent } from './events';
import { caseKinds } from './outcomes';
import { reportFormats } from './reportFormats';
import { decided, foldApplication, received } from './testing';
import { demoApplications } from './testing/demoApplications';

const directory = createTenantDirectory(heilongjiangSeed);
const pilotCounties = directory
  .all()
  .filter((unit) => unit.tier === 'county' && unit.pilotLevel !== null)
  .map((unit) => unit.code);

const row = (figures: AnnualReportFigures, key: string) =>
  figures.applications.rows.find((r) => r.key === key)!.values;

const withId = (id: string, events: ApplicationEvent[]) =>
  foldApplication(
    events.map((event) => ({ ...event, data: { ...event.data, applicationId: id } }) as ApplicationEvent),
  );

describe('the annual report’s figures on applications', () => {
  const states = [
    withId('a', [received('2020-12-28'), decided('2021-01-05', { result: 'partly-disclosed' })]),
    withId('b', [
      received('2021-03-01', { applicantKind: 'commercial-enterprise' }),
      decided('2021-03-10', { result: 'cannot-provide', ground: 'not-held' }),
    ]),
    withId('c', [received('2021-05-06'), decided('2021-05-20', { result: 'other', ground: 'fee-not-paid' })]),
    withId('d', [
      received('2021-12-27', { applicantKind: 'legal-service-institution' }),
      decided('2022-01-10'),
    ]),
    withId('e', [received('2022-01-04')]),
  ];

  it('counts new, carried over, each result and ground by applicant kind, and carried into next year', () => {
    const figures = annualReportFigures(states, 2021);
    expect(figures).toMatchObject({
      format: 'format-2021',
      formatDocument: '国办公开办函〔2021〕30号',
      asOf: '2021-12-31',
    });
    expect(row(figures, 'new-this-year')).toMatchObject({
      'natural-person': 1,
      'commercial-enterprise': 1,
      'legal-service-institution': 1,
      total: 3,
    });
    expect(row(figures, 'carried-over')).toMatchObject({ 'natural-person': 1, total: 1 });
    expect(row(figures, 'partly-disclosed')).toMatchObject({ 'natural-person': 1, total: 1 });
    expect(row(figures, 'cannot-provide/not-held')).toMatchObject({ 'commercial-enterprise': 1, total: 1 });
    expect(row(figures, 'other/fee-not-paid')).toMatchObject({ 'natural-person': 1, total: 1 });
    expect(row(figures, 'results-total').total).toBe(3);
    expect(row(figures, 'carried-into-next-year')).toMatchObject({
      'legal-service-institution': 1,
      total: 1,
    });
    expect(applicationTableIssues(figures.applications)).toEqual([]);
  });

  it('counts the year so far as of a day within it, open applications then being carried on', () => {
    const figures = annualReportFigures(states, 2021, '2021-03-05');
    expect(figures.asOf).toBe('2021-03-05');
    expect(row(figures, 'new-this-year').total).toBe(1);
    expect(row(figures, 'results-total').total).toBe(1);
    expect(row(figures, 'carried-into-next-year')).toMatchObject({ 'commercial-enterprise': 1, total: 1 });
    expect(applicationTableIssues(figures.applications)).toEqual([]);
    expect(() => annualReportFigures(states, 2021, '2022-01-01')).toThrow(
      expect.objectContaining({ code: 'REPORT_DATE_OUTSIDE_YEAR' }) as Error,
    );
  });

  it('uses the 2019 format before 2021: one "other handling" row and no fee figures', () => {
    const figures = annualReportFigures(states, 2020);
    expect(figures.format).toBe('format-2019');
    expect(figures.applications.rows.filter((r) => r.key.startsWith('other'))).toHaveLength(1);
    expect(figures.processingFees).toBeNull();
    expect(row(figures, 'carried-into-next-year').total).toBe(1);
  });

  it('the 2021 format splits "other handling" into no correction, fee not paid and other', () => {
    expect(
      reportFormats['format-2021'].applicationRows
        .filter((r) => r.key.startsWith('other/'))
        .map((r) => r.key),
    ).toEqual(['other/no-correction', 'other/fee-not-paid', 'other/other-reason']);
    expect(reportFormats['format-2019'].applicationRows).toHaveLength(
      reportFormats['format-2021'].applicationRows.length - 2,
    );
  });

  describe('on the demo applications of the pilot counties, 2017–2021', () => {
    const demo = demoApplications({
      seed: 2017,
      counties: pilotCounties,
      fromYear: 2017,
      toYear: 2021,
      directory,
      calendar,
    });
    const allStates = demo.map((application) => foldApplication(application.events));
    const byCounty = (code: string) =>
      demo.filter((a) => a.tenant === code).map((a) => foldApplication(a.events));

    it.each([2017, 2018, 2019, 2020, 2021])(
      '%i: every row’s columns add up, and 一+二 = 三+四 in every column',
      (year) => {
        expect(applicationTableIssues(annualReportFigures(allStates, year).applications)).toEqual([]);
        for (const code of pilotCounties)
          expect(applicationTableIssues(annualReportFigures(byCounty(code), year).applications)).toEqual([]);
      },
    );

    it('what a year carries into the next is what the next year carries over, column by column', () => {
      for (const year of [2017, 2018, 2019, 2020]) {
        expect(row(annualReportFigures(allStates, year + 1), 'carried-over')).toEqual(
          row(annualReportFigures(allStates, year), 'carried-into-next-year'),
        );
      }
    });

    it('the province is the sum of its counties, cell by cell', () => {
      const province = annualReportFigures(allStates, 2021);
      const counties = pilotCounties.map((code) => annualReportFigures(byCounty(code), 2021));
      for (const [index, provinceRow] of province.applications.rows.entries()) {
        const summed = counties.reduce(
          (sum, county) => sum + county.applications.rows[index]!.values.total,
          0,
        );
        expect(provinceRow.values.total, provinceRow.key).toBe(summed);
      }
    });

    it('the review and litigation table adds up: upheld + corrected + other + pending = total', () => {
      for (const year of [2017, 2018, 2019, 2020, 2021]) {
        const table = annualReportFigures(allStates, year).reviewAndLitigation;
        for (const kind of caseKinds) {
          const cell = table[kind];
          expect(cell.upheld + cell.corrected + cell.other + cell.pending).toBe(cell.total);
        }
      }
    });

    it('facts after 31 December do not change a year’s figures (states folded only up to year-end give the same)', () => {
      const cutAt = (date: string) =>
        demo.map((application) =>
          foldApplication(application.events.filter((event) => eventDate(event) <= date)),
        );
      expect(annualReportFigures(cutAt('2019-12-31'), 2019)).toEqual(annualReportFigures(allStates, 2019));
    });
  });
});

const eventDate = (event: ApplicationEvent): string => {
  const data = event.data as Record<string, unknown>;
  const key = Object.keys(data).find(
    (field) => /On$/.test(field) && !['correctBy', 'replyDueOn', 'payBy', 'deferredTo'].includes(field),
  );
  return String(data[key!]);
};
