import type { CountyView } from '@gongkai/projections';
import type { CompiledReport, TableBlock } from '@gongkai/report';
import {
  REPORT_FORMATS,
  compileReport,
  isReportRequestInvalidError,
  parseScoringRules,
} from '@gongkai/report';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededReadSide } from './seededReadSide';
import { seededReadSide } from './seededReadSide';
import { CHROMIUM, screenshotReport } from './reportScreenshot';
import { descendants, parseXml, textOf } from './wordXml';

const PROVINCE = '230000';
const AUGUST = { date: '2018-08-31' };

let seeded: SeededReadSide;
let august: CompiledReport;

const percent = (rate: number | null): string =>
  rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

const tableOf = (report: CompiledReport, id: string): TableBlock => {
  const block = report.document.blocks.find((candidate) => candidate.type === 'table' && candidate.id === id);
  if (block?.type !== 'table') throw new Error(`no table ${id}`);
  return block;
};

/** The catalogue table's row of a unit, as the county view says it should read. */
const catalogueRow = (view: CountyView): string[] => {
  const { catalogue } = view.totals;
  return [
    view.name,
    String(catalogue.items),
    String(catalogue.level1Categories),
    String(catalogue.published),
    String(catalogue.completeStandards),
    percent(catalogue.completenessRate),
    String(catalogue.byMode.find((row) => row.mode === 'proactive')?.items ?? 0),
    String(catalogue.byMode.find((row) => row.mode === 'on-request')?.items ?? 0),
    String(catalogue.revisions),
  ];
};

beforeAll(async () => {
  seeded = await seededReadSide();
  august = await compileReport({
    readSide: seeded.views,
    request: { kind: 'august', province: PROVINCE, asOf: AUGUST },
  });
}, 120_000);

afterAll(async () => {
  await seeded?.close();
});

describe('the August report of the seeded Heilongjiang pilot', () => {
  it('covers exactly the national pilot units of the province view, with their county views as figures', async () => {
    const province = (await seeded.views.provinceView(PROVINCE, AUGUST))!;
    const national = province.counties.filter((row) => row.pilotLevel === 'national');
    expect(national.length).toBeGreaterThan(0);
    expect(august.figures.units.map((unit) => unit.code)).toEqual(national.map((row) => row.tenant));
    expect(august.figures.acceptanceResults).toEqual(national);
    for (const unit of august.figures.units) {
      const view = (await seeded.views.countyView(unit.code, AUGUST))!;
      expect(unit.totals).toEqual(view.totals);
      expect(unit.byArea).toEqual(view.byArea);
      expect(unit.acceptance).toEqual(view.acceptance);
      expect(unit.areasCovered).toBe(view.areasCovered);
      expect(unit.milestones).toEqual(view.milestones.counts);
      expect(tableOf(august, 'catalogue').rows.find((row) => row[0] === view.name)).toEqual(
        catalogueRow(view),
      );
    }
  });

  it('rolls the national pilots up as the national rollup and the province view do', async () => {
    const rollup = await seeded.views.nationalRollup(AUGUST);
    const row = rollup.provinces.find((candidate) => candidate.tenant === PROVINCE)!;
    const province = (await seeded.views.provinceView(PROVINCE, AUGUST))!;
    expect(august.figures.scope).toEqual(row.nationalPilots);
    expect(august.figures.scope).toEqual(
      province.byPilotLevel.find((level) => level.pilotLevel === 'national'),
    );
    const totals = row.nationalPilots.totals;
    const total = tableOf(august, 'catalogue').rows.at(-1)!;
    expect(total).toEqual([
      '合计',
      ...catalogueRow({ ...province.counties[0], totals } as unknown as CountyView).slice(1),
    ]);
    expect(tableOf(august, 'timeliness').rows.at(-1)).toContain(
      percent(totals.disclosures.timeliness.onTimeRate),
    );
  });

  it('records the position and date it was compiled at and judges the milestones on that date', async () => {
    expect(august.date).toBe('2018-08-31');
    expect(august.position).toBe(await seeded.eventStore.headPosition());
    expect(august.document.position).toBe(august.position);
    expect(august.figures.nextSteps.every((milestone) => milestone.dueDate > '2018-08-31')).toBe(true);
    expect(august.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives byte-identical files in every format when compiled again at the recorded position and date', async () => {
    const again = await compileReport({
      readSide: seeded.views,
      request: { kind: 'august', province: PROVINCE, asOf: { position: august.position, date: august.date } },
    });
    expect(again.contentHash).toBe(august.contentHash);
    for (const format of REPORT_FORMATS) {
      expect(Buffer.compare(await again.render(format), await august.render(format)), format).toBe(0);
    }
  });

  it('is a valid A4 Word document in the official layout, with the headings and figures', async () => {
    const zip = await JSZip.loadAsync(await august.render('docx'));
    expect(Object.values(zip.files).every((file) => file.date.getUTCFullYear() === 1980)).toBe(true);
    const xml = await zip.file('word/document.xml')!.async('string');
    const body = parseXml(xml);
    const paragraphs = descendants(body, 'w:p').map(textOf);
    expect(paragraphs[0]).toBe('黑龙江省人民政府办公厅文件');
    expect(paragraphs).toContain(august.document.title);
    const headings = descendants(body, 'w:p').filter((paragraph) =>
      descendants(paragraph, 'w:pStyle').some((style) => style.attributes['w:val'] === 'Heading1'),
    );
    expect(headings.map(textOf)).toEqual([
      '一、基本情况',
      '二、主要做法',
      '三、取得成效',
      '四、验收情况',
      '五、考核评估',
      '六、存在的困难和问题',
      '七、意见建议',
      '八、下一步工作打算',
    ]);
    // Fonts by name, in the named styles and on the title.
    const styles = parseXml(await zip.file('word/styles.xml')!.async('string'));
    const fonts = new Set(
      [...descendants(body, 'w:rFonts'), ...descendants(styles, 'w:rFonts')].map(
        (font) => font.attributes['w:eastAsia'],
      ),
    );
    expect([...fonts]).toEqual(
      expect.arrayContaining(['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']),
    );
    const heading1 = descendants(styles, 'w:style').find(
      (style) => style.attributes['w:styleId'] === 'Heading1',
    )!;
    expect(descendants(heading1, 'w:rFonts')[0]?.attributes['w:eastAsia']).toBe('黑体');
    expect(descendants(heading1, 'w:sz')[0]?.attributes['w:val']).toBe('32');
    const [size] = descendants(body, 'w:pgSz');
    expect(size?.attributes).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const [margin] = descendants(body, 'w:pgMar');
    expect(margin?.attributes).toMatchObject({ 'w:top': '2098', 'w:left': '1587' });
    const rows = descendants(body, 'w:tr').map((row) => descendants(row, 'w:tc').map(textOf));
    for (const unit of august.figures.units) {
      const view = (await seeded.views.countyView(unit.code, AUGUST))!;
      expect(rows).toContainEqual(catalogueRow(view));
    }
    const footer = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    expect(await zip.file(footer)!.async('string')).toContain('PAGE');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2018-08-31T00:00:00Z');
  });

  it('has the parts of an upward 公文: 版头 with number and signer, title at word boundaries, signature kept with the body, 版记, page numbers odd right / even left', async () => {
    const zip = await JSZip.loadAsync(await august.render('docx'));
    const body = parseXml(await zip.file('word/document.xml')!.async('string'));
    const paragraphs = descendants(body, 'w:p');
    const texts = paragraphs.map(textOf);
    expect(texts[1]).toMatch(/^黑政办报〔2018〕\u3000+号\t签发人：/);
    // The title paragraph: its lines as runs separated by breaks, never inside a word.
    const title = paragraphs.find((paragraph) => textOf(paragraph) === august.document.title)!;
    const lines = descendants(title, 'w:t').map((t) => t.text);
    expect(lines).toEqual(august.document.form.titleLines);
    expect(lines.length).toBeGreaterThan(1);
    expect(descendants(title, 'w:br')).toHaveLength(lines.length - 1);
    expect(texts[3]).toBe('国务院办公厅：');
    // 附件说明, then the signature and the date, kept with the last lines of the body.
    const issuerAt = texts.lastIndexOf('黑龙江省人民政府办公厅');
    expect(texts[issuerAt + 1]).toBe('2018年8月31日');
    const closing = texts.indexOf('特此报告。');
    for (const paragraph of paragraphs.slice(closing, issuerAt)) {
      expect(descendants(paragraph, 'w:keepNext').length, textOf(paragraph)).toBe(1);
    }
    expect(texts.slice(closing + 1, issuerAt).filter((text) => text !== '')[0]).toMatch(/^附件：1\./);
    // 版记 at the end: 抄送 the host cities, then the printing organ and date.
    const colophon = texts.filter((text) => text !== '').slice(-2);
    expect(colophon[0]).toMatch(/^抄送：.*哈尔滨市.*人民政府。$/);
    expect(colophon[1]).toBe('黑龙江省人民政府办公厅\t2018年8月31日印发');
    // Page numbers: different odd and even footers, right and left.
    const settings = await zip.file('word/settings.xml')!.async('string');
    expect(settings).toContain('w:evenAndOddHeaders');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d*\.xml$/.test(name))
        .map(async (name) => zip.file(name)!.async('string')),
    );
    expect(footers.some((xml) => xml.includes('w:val="right"') && xml.includes('PAGE'))).toBe(true);
    expect(footers.some((xml) => xml.includes('w:val="left"') && xml.includes('PAGE'))).toBe(true);
  });

  it("a unit's report is issued by its city's government (…人民政府)", async () => {
    const unit = await compileReport({
      readSide: seeded.views,
      request: { kind: 'unit', province: PROVINCE, unit: '230102', asOf: { date: '2018-07-10' } },
    });
    expect(unit.document.issuer).toBe('哈尔滨市人民政府');
    expect(unit.document.title.startsWith('哈尔滨市人民政府关于道里区')).toBe(true);
    expect(unit.document.form.letterhead?.organMark).toBe('哈尔滨市人民政府文件');
  });

  it('scores every unit and prefecture by the rules given', async () => {
    const rules = parseScoringRules({
      name: '按时限公开率',
      rules: [{ indicator: 'timeliness', name: '按时限公开率', weight: 3 }],
    });
    const report = await compileReport({
      readSide: seeded.views,
      request: { kind: 'august', province: PROVINCE, asOf: AUGUST },
      rules,
    });
    const { units, prefectures } = report.figures.assessment;
    for (const unit of units) {
      const view = (await seeded.views.countyView(unit.code, AUGUST))!;
      const rate = view.totals.disclosures.timeliness.onTimeRate ?? 0;
      expect(unit.score).toBe(Math.round(rate * 100 * 100) / 100);
    }
    for (const prefecture of prefectures) {
      const own = units.filter((unit) => unit.prefecture === prefecture.code);
      const mean = own.reduce((sum, unit) => sum + unit.score, 0) / own.length;
      expect(prefecture.score).toBe(Math.round(mean * 100) / 100);
    }
    const best = Math.max(...units.map((unit) => unit.score));
    expect(units.find((unit) => unit.rank === 1)?.score).toBe(best);
  });
});

describe('the HTML report', () => {
  it.skipIf(!existsSync(CHROMIUM))(
    'renders in headless Chromium, self-contained, with its headings and SVG charts',
    async () => {
      const directory = mkdtempSync(join(tmpdir(), 'gongkai-report-'));
      try {
        const png = join(directory, 'first-page.png');
        const rendered = await screenshotReport((await august.render('html')).toString('utf8'), png);
        expect(rendered.title).toBe(august.document.title);
        const headings = august.document.blocks.filter(
          (block) => block.type === 'heading' && block.level === 1,
        );
        expect(rendered.headings).toEqual(
          headings.map((block) => (block.type === 'heading' ? block.text : '')),
        );
        expect(rendered.charts).toBe(august.document.blocks.filter((block) => block.type === 'chart').length);
        expect(rendered.requests).toEqual([]);
        expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  );
});

describe('the other reports of the plan', () => {
  it("a pilot unit's own report has the county view's figures, per area", async () => {
    const asOf = { date: '2018-07-10' };
    const report = await compileReport({
      readSide: seeded.views,
      request: { kind: 'unit', province: PROVINCE, unit: '230102', asOf },
    });
    const view = (await seeded.views.countyView('230102', asOf))!;
    expect(report.figures.units).toHaveLength(1);
    expect(report.figures.units[0]?.totals).toEqual(view.totals);
    expect(tableOf(report, 'catalogue').rows.map((row) => row[0])).toEqual([
      ...view.byArea.map((area) => area.areaName),
      '合计',
    ]);
    expect(report.document.recipient).toBe('黑龙江省人民政府办公厅');
  });

  it('the provincial summary covers the provincial pilots, as of the latest business date by default', async () => {
    const report = await compileReport({
      readSide: seeded.views,
      request: { kind: 'provincial-summary', province: PROVINCE },
    });
    const province = (await seeded.views.provinceView(PROVINCE))!;
    expect(report.figures.units.map((unit) => unit.code)).toEqual(
      province.counties.filter((row) => row.pilotLevel === 'provincial').map((row) => row.tenant),
    );
    expect(report.figures.scope).toEqual(
      (await seeded.views.nationalRollup({ date: report.date })).provinces[0]?.provincialPilots,
    );
  });

  it.each([
    [{ kind: 'august' as const, province: '230100' }, 'is not a province'],
    [{ kind: 'unit' as const, province: PROVINCE, unit: '230103' }, 'is not a pilot unit'],
  ])('refuses %j with REPORT_REQUEST_INVALID', async (request, message) => {
    const error: unknown = await compileReport({ readSide: seeded.views, request }).catch(
      (caught: unknown) => caught,
    );
    expect(isReportRequestInvalidError(error)).toBe(true);
    expect((error as Error).message).toContain(message);
  });
});
