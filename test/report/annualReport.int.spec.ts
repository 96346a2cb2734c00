import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptedOrThrow, WriteCore } from '@gongkai/command-handling';
import type { ApplicationState } from '@gongkai/domain';
import {
  annualReportFigures,
  applicationTableIssues,
  createTenantDirectory,
  demoApplications,
  domainTesting,
  evolveApplication,
  heilongjiangSeed,
  initialApplicationState,
  officialWorkingDayCalendar as calendar,
} from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '@gongkai/projections';
import {
  ApplicationViewQueries,
  createApplicationsProjector,
  projectionContextFor,
  ProjectionRunner,
} from '@gongkai/projections';
import { createTestReadModelStore } from '@gongkai/projections/testing';
import type { TableBlock } from '@gongkai/report';
import { annualReportJob, createAnnualReportService } from '@gongkai/platform';
import { compileAnnualReport, isReportRequestInvalidError, REPORT_FORMATS } from '@gongkai/report';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const directory = createTenantDirectory(heilongjiangSeed);
const COUNTIES = ['230102', '230382', '231081'];
const demo = demoApplications({
  seed: 2021,
  counties: COUNTIES,
  fromYear: 2019,
  toYear: 2021,
  directory,
  calendar,
});
const applicants = demo.flatMap((application) =>
  application.events.flatMap((event) =>
    event.type === 'ApplicationReceived' ? [event.data.personal.applicantName, event.data.trackingCode] : [],
  ),
);
const statesOf = (tenants: readonly string[]): ApplicationState[] =>
  demo
    .filter((application) => tenants.includes(application.tenant))
    .map((application) => application.events.reduce(evolveApplication, initialApplicationState()));

let eventStore: EventStore;
let readModelStore: ReadModelStore;
let source: ApplicationViewQueries;

beforeAll(async () => {
  eventStore = openSqliteEventStore({ fileName: ':memory:' });
  readModelStore = await createTestReadModelStore();
  const core = new WriteCore({ eventStore, directory, calendar });
  let message = 0;
  for (const application of demo) {
    for (const { command, occurredAt } of application.commands) {
      acceptedOrThrow(
        await core.handle({
          messageId: `annual-${++message}`,
          command,
          actor: domainTesting.countyAdmin(application.tenant),
          occurredAt,
          correlationId: application.streamId,
        }),
      );
    }
  }
  const runner = new ProjectionRunner({
    eventStore,
    readModelStore,
    projectors: [createApplicationsProjector(projectionContextFor(directory))],
    maxBatchDelayMs: 1,
  });
  await runner.start();
  await runner.waitFor(await eventStore.headPosition());
  await runner.stop();
  source = new ApplicationViewQueries({ readModelStore, eventStore, directory, calendar });
}, 180_000);

afterAll(async () => {
  await readModelStore?.close();
  await eventStore?.close();
});

const tableOf = (blocks: readonly { type: string }[], id: string): TableBlock =>
  blocks.find((block) => block.type === 'table' && (block as TableBlock).id === id) as TableBlock;

describe('the annual report on open government information (政府信息公开工作年度报告)', () => {
  it('a county’s 2020 report is in the 2019 format, its applications table equals the view and adds up', async () => {
    const report = await compileAnnualReport({ source, directory, request: { unit: '230102', year: 2020 } });
    expect(report.format).toBe('format-2019');
    expect(report.document.title).toBe('道里区2020年政府信息公开工作年度报告');
    const overview = report.document.blocks[1];
    expect(overview?.type === 'paragraph' ? overview.text : '').toContain('国办公开办函〔2019〕60号');
    const expected = annualReportFigures(statesOf(['230102']), 2020);
    expect(report.figures).toEqual(expected);
    expect(applicationTableIssues(report.figures.applications)).toEqual([]);
    const table = tableOf(report.document.blocks, '表2');
    expect(table.rows.map((row) => row.slice(2).map(Number))).toEqual(
      expected.applications.rows.map((row) =>
        expected.applications.columns.map((column) => row.values[column]),
      ),
    );
    expect(report.dueDates).toEqual({ departments: '2021-01-31', governments: '2021-03-31' });
  });

  it('the province’s 2021 report is in the 2021 format, the sum of its counties, with the fees', async () => {
    const report = await compileAnnualReport({ source, directory, request: { unit: '230000', year: 2021 } });
    expect(report.format).toBe('format-2021');
    expect(report.figures).toEqual(annualReportFigures(statesOf(COUNTIES), 2021));
    expect(report.figures.processingFees).not.toBeNull();
    const text = report.document.blocks.map((block) => ('text' in block ? block.text : '')).join('');
    expect(text).toContain('国办公开办函〔2021〕30号');
    expect(text).toContain(`实际收取信息处理费${report.figures.processingFees!.payments}件`);
  });

  it('every format renders, byte-identical when compiled again at the same position; no applicant in any', async () => {
    const request = { unit: '230000', year: 2021, asOf: { position: await eventStore.headPosition() } };
    const first = await compileAnnualReport({ source, directory, request });
    const second = await compileAnnualReport({ source, directory, request });
    expect(second.contentHash).toBe(first.contentHash);
    for (const format of REPORT_FORMATS) {
      const bytes = await first.render(format);
      expect(bytes.equals(await second.render(format)), format).toBe(true);
      const text =
        format === 'docx'
          ? await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
          : bytes.toString('utf8');
      for (const secret of new Set(applicants)) expect(text, `${format}: ${secret}`).not.toContain(secret);
    }
  });

  it('is not a 公文: no 版头 (organ mark, 发文字号, 签发人), no 主送, no 版记 in any format', async () => {
    const report = await compileAnnualReport({ source, directory, request: { unit: '230102', year: 2020 } });
    expect(report.document.form.letterhead).toBeNull();
    expect(report.document.form.colophon).toBeNull();
    expect(report.document.recipient).toBeNull();
    for (const format of REPORT_FORMATS) {
      const bytes = await report.render(format);
      const text =
        format === 'docx'
          ? await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
          : bytes.toString('utf8');
      for (const word of ['签发人', '发文字号', '人民政府文件', '社会公众', '印发', '抄送'])
        expect(text, `${format}: ${word}`).not.toContain(word);
      if (format === 'md') expect(text.startsWith('# ')).toBe(true);
      if (format === 'html') expect(text).not.toContain('class="letterhead"');
    }
  });

  it('the DOCX opens in LibreOffice (converted to PDF)', async () => {
    const report = await compileAnnualReport({ source, directory, request: { unit: '230102', year: 2019 } });
    const folder = mkdtempSync(join(tmpdir(), 'gongkai-annual-'));
    try {
      writeFileSync(join(folder, 'annual.docx'), await report.render('docx'));
      execFileSync(
        'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', folder, join(folder, 'annual.docx')],
        {
          timeout: 120_000,
          env: { ...process.env, HOME: folder },
        },
      );
      expect(existsSync(join(folder, 'annual.pdf'))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 150_000);

  it('the API’s annual report service answers a file and says which format it used', async () => {
    const service = createAnnualReportService({
      applications: source,
      directory,
      headPosition: () => eventStore.headPosition(),
    });
    const docx = await service.render({ tenant: '231081', year: 2021, format: 'docx' });
    expect(docx).toMatchObject({
      reportFormat: 'format-2021',
      fileName: '绥芬河市2021年政府信息公开工作年度报告.docx',
    });
    expect(Buffer.from(docx.body).subarray(0, 2).toString()).toBe('PK');
    const md = await service.render({ tenant: '231081', year: 2020, format: 'md' });
    expect(md.reportFormat).toBe('format-2019');
  });

  it('the API’s annual report service answers as of a position (the same bytes again) and a day; a position beyond the head is refused', async () => {
    const service = createAnnualReportService({
      applications: source,
      directory,
      headPosition: () => eventStore.headPosition(),
    });
    const head = await eventStore.headPosition();
    const live = await service.render({ tenant: '230102', year: 2020, format: 'json' });
    expect(live.position).toBe(head);
    // Before any application of 道里区: its figures are all zero then.
    const earlier = 1;
    const pinned = await service.render({
      tenant: '230102',
      year: 2020,
      format: 'json',
      asOf: { position: earlier },
    });
    expect(pinned.position).toBe(earlier);
    const again = await service.render({
      tenant: '230102',
      year: 2020,
      format: 'json',
      asOf: { position: earlier },
    });
    expect(Buffer.from(again.body).equals(Buffer.from(pinned.body))).toBe(true);
    expect(Buffer.from(pinned.body).equals(Buffer.from(live.body))).toBe(false);
    const midYear = await service.render({
      tenant: '230102',
      year: 2020,
      format: 'json',
      asOf: { date: '2020-06-30' },
    });
    // The JSON file: the title, the figures' fields and the counties.
    const figures = (body: Uint8Array) => {
      const parsed = JSON.parse(Buffer.from(body).toString('utf8')) as Record<string, unknown>;
      delete parsed.title;
      delete parsed.counties;
      return parsed;
    };
    const expected = await compileAnnualReport({
      source,
      directory,
      request: { unit: '230102', year: 2020, asOf: { date: '2020-06-30' } },
    });
    expect(figures(midYear.body)).toEqual(JSON.parse(JSON.stringify(expected.figures)));
    expect(figures(midYear.body)).not.toEqual(figures(live.body));
    await expect(
      service.render({ tenant: '230102', year: 2020, format: 'json', asOf: { position: head + 1 } }),
    ).rejects.toMatchObject({ code: 'REPORT_REQUEST_INVALID' });
  });

  it('gongkai report --kind annual: --unit and --year are checked, with a message that says what to give', () => {
    const base = { kind: 'annual', out: 'annual.docx', seed: true };
    expect(annualReportJob({ ...base, unit: '230102', year: '2021' }).request).toEqual({
      unit: '230102',
      year: 2021,
    });
    for (const bad of [{ year: '2021' }, { unit: '230102' }, { unit: '230102', year: '21' }]) {
      let thrown: unknown;
      try {
        annualReportJob({ ...base, ...bad });
      } catch (error) {
        thrown = error;
      }
      expect(isReportRequestInvalidError(thrown), JSON.stringify(bad)).toBe(true);
      expect((thrown as Error).message).toMatch(/--(unit|year)/);
    }
  });
});
