import type { ReportRequest } from '@gongkai/report';
import { compileReport } from '@gongkai/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, dataOf } from '../support/graphql';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import { admin, viewer } from '../support/tokens';
import { NATIONAL_TENANT, UNITS } from '../support/units';
import { waitForProjection } from '../support/waitForProjection';

// The August report through the API of the seeded platform: compileNationalReport compiles it,
// records NationalReportCompiled with its position and hash, and serves its files to the readers of
// the province only; submitNationalReport sends that version on.

const PROVINCE = UNITS.province.code;
const provinceAdmin = admin(PROVINCE, 'province');

interface CompileResult {
  __typename: string;
  position: number;
  events: { type: string; data: { position: number; contentHash: string; version: number } }[];
  report: {
    tenant: string;
    position: number;
    date: string;
    contentHash: string;
    files: { format: string; mediaType: string; url: string }[];
  } | null;
}

const COMPILE = /* GraphQL */ `
  mutation ($input: CompileNationalReportInput!) {
    compileNationalReport(input: $input) {
      __typename
      ... on CommandAccepted {
        position
        events {
          type
          data
        }
        report {
          tenant
          position
          date
          contentHash
          files {
            format
            mediaType
            url
          }
        }
      }
      ... on CommandRejected {
        code
        message
      }
    }
  }
`;

let platform: TestPlatform;
let compiled: CompileResult;

/** The report compiled straight from the platform's views, as the API's compiler does. */
const compile = (request: ReportRequest) => compileReport({ readSide: platform.stack.views, request });

const download = async (url: string, authorization: string | null): Promise<Response> =>
  fetch(`${platform.url}${url}`, authorization === null ? {} : { headers: { authorization } });

beforeAll(async () => {
  platform = await startTestPlatform({ seed: true });
  const head = await platform.stack.eventStore.headPosition();
  await waitForProjection(
    async () =>
      dataOf<{ basis: { position: number } }>(
        await platform.graphql(provinceAdmin, '{ provinceView(code: "230000") { basis { position } } }'),
        'provinceView',
      ),
    (view) => view.basis.position,
    head,
    { timeoutMs: 60_000 },
  );
  compiled = dataOf<CompileResult>(
    await platform.graphql(provinceAdmin, COMPILE, {
      input: {
        tenant: PROVINCE,
        reportId: 'august-2018',
        title: '国家级试点工作总体报告',
        compiledOn: '2018-08-31',
      },
    }),
    'compileNationalReport',
  );
}, 180_000);

afterAll(async () => {
  await platform?.close();
});

describe('compileNationalReport', () => {
  it('records NationalReportCompiled with the position and content hash of the report it compiled', () => {
    expect(compiled.__typename).toBe('CommandAccepted');
    const [event] = compiled.events;
    expect(event?.type).toBe('NationalReportCompiled');
    expect(event?.data.position).toBe(compiled.report?.position);
    expect(event?.data.contentHash).toBe(compiled.report?.contentHash);
    expect(compiled.report?.date).toBe('2018-08-31');
    expect(compiled.report?.files.map((file) => file.format)).toEqual(['docx', 'html', 'md', 'json']);
  });

  it('serves files byte-identical to a compilation at the recorded position and date', async () => {
    const report = compiled.report!;
    const again = await compile({
      kind: 'august',
      province: PROVINCE,
      asOf: { position: report.position, date: report.date },
    });
    expect(again.contentHash).toBe(report.contentHash);
    const token = bearer(await platform.token(provinceAdmin));
    for (const file of report.files) {
      const response = await download(file.url, token);
      expect(response.status, file.url).toBe(200);
      expect(response.headers.get('content-type')).toContain(file.mediaType.split(';')[0]);
      const body = Buffer.from(await response.arrayBuffer());
      expect(Buffer.compare(body, await again.render(file.format as 'docx')), file.format).toBe(0);
    }
  });

  it('lets only readers of the province download it', async () => {
    const { url } = compiled.report!.files[0]!;
    expect((await download(url, null)).status).toBe(401);
    expect((await download(url, 'Bearer not-a-token')).status).toBe(401);
    for (const principal of [
      admin(UNITS.harbin.code, 'prefecture'),
      admin(UNITS.daoli.code, 'county'),
      admin('220000', 'province'),
    ]) {
      expect((await download(url, bearer(await platform.token(principal)))).status, principal.tenant).toBe(
        403,
      );
    }
    expect(
      (await download(url, bearer(await platform.token(viewer(NATIONAL_TENANT, 'national'))))).status,
    ).toBe(200);
    const missing = url.replace(/[0-9a-f]{64}/, '0'.repeat(64));
    expect((await download(missing, bearer(await platform.token(provinceAdmin)))).status).toBe(404);
  });

  it('submits the compiled version by its content hash', async () => {
    const submitted = dataOf<{ __typename: string; events: { type: string }[] }>(
      await platform.graphql(
        provinceAdmin,
        /* GraphQL */ `
          mutation ($input: SubmitNationalReportInput!) {
            submitNationalReport(input: $input) {
              __typename
              ... on CommandAccepted {
                events {
                  type
                }
              }
            }
          }
        `,
        {
          input: {
            tenant: PROVINCE,
            reportId: 'august-2018',
            contentHash: compiled.report!.contentHash,
            submittedOn: '2018-08-31',
          },
        },
      ),
      'submitNationalReport',
    );
    expect(submitted.events.map((event) => event.type)).toEqual(['NationalReportSubmitted']);
  });
});

describe('the views beside the report', () => {
  it("show a unit's self-assessment as the report quotes it", async () => {
    const view = dataOf<{ acceptance: { selfAssessment: { difficulties: string; suggestions: string } } }>(
      await platform.graphql(
        provinceAdmin,
        '{ countyView(code: "230102", asOf: { date: "2018-08-31" }) { acceptance { selfAssessment { difficulties suggestions } } } }',
      ),
      'countyView',
    );
    const report = await compile({
      kind: 'unit',
      province: PROVINCE,
      unit: '230102',
      asOf: { date: '2018-08-31' },
    });
    const quoted = report.figures.units[0]?.acceptance?.selfAssessment;
    expect(view.acceptance.selfAssessment).toEqual({
      difficulties: quoted?.difficulties,
      suggestions: quoted?.suggestions,
    });
    // The report quotes every sentence that states no figure (figures it states from its own tables).
    const text = report.document.blocks.map((block) => ('text' in block ? block.text : '')).join('');
    const sentences = (quoted?.difficulties ?? '').split(/(?<=。)/).filter((sentence) => sentence !== '');
    const statingNoFigure = sentences.filter((sentence) => !/\d|为主/.test(sentence));
    expect(statingNoFigure.length).toBeGreaterThan(0);
    for (const sentence of statingNoFigure) expect(text).toContain(sentence);
  });
});

describe('the assessment view', () => {
  it("scores the province's pilot units and prefectures as the reports do", async () => {
    const assessment = dataOf<{
      units: { tenant: string; score: number; rank: number }[];
      prefectures: { tenant: string; score: number }[];
    }>(
      await platform.graphql(
        provinceAdmin,
        '{ assessment(code: "230000", asOf: { date: "2018-08-31" }) { units { tenant score rank } prefectures { tenant score } } }',
      ),
      'assessment',
    );
    const report = await compile({ kind: 'august', province: PROVINCE, asOf: { date: '2018-08-31' } });
    for (const unit of report.figures.assessment.units) {
      expect(assessment.units.find((row) => row.tenant === unit.code)?.score).toBe(unit.score);
    }
    expect(assessment.units.length).toBeGreaterThan(report.figures.assessment.units.length);
  });

  it("is refused outside the caller's subtree", async () => {
    const response = await platform.graphql(
      admin(UNITS.daoli.code, 'county'),
      '{ assessment(code: "230000") { rules } }',
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('TENANT_FORBIDDEN');
  });
});
