import type { CompiledReport, TableBlock } from '@gongkai/report';
import { compileReport } from '@gongkai/report';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededReadSide } from './seededReadSide';
import { seededReadSide } from './seededReadSide';
import { reportText } from './reportText';

// §2 and §5 of issue 15: a provincial synthesis (by task, typical cases naming units, advice to the
// national level, next steps, annexes), no software wording, narrative numbers equal to the tables,
// and scoring that discriminates.

const PROVINCE = '230000';
let seeded: SeededReadSide;
let august: CompiledReport;
let summary: CompiledReport;

const tableOf = (report: CompiledReport, id: string): TableBlock => {
  const block = report.document.blocks.find((candidate) => candidate.type === 'table' && candidate.id === id);
  if (block?.type !== 'table') throw new Error(`no table ${id}`);
  return block;
};

/** The paragraphs under a level-1 heading ending with `title`. */
const chapter = (report: CompiledReport, title: string): string[] => {
  const blocks = report.document.blocks;
  const start = blocks.findIndex(
    (block) => block.type === 'heading' && block.level === 1 && block.text.endsWith(title),
  );
  const end = blocks.findIndex(
    (block, index) => index > start && block.type === 'heading' && block.level === 1,
  );
  return blocks
    .slice(start + 1, end === -1 ? undefined : end)
    .flatMap((block) => (block.type === 'paragraph' || block.type === 'heading' ? [block.text] : []));
};

/** Wording a provincial office would strike out: the software speaking, not the office. */
const SOFTWARE_WORDING: readonly [string, RegExp][] = [
  ['a stage label', /所处阶段：/],
  ['the event store', /事件库|事件|位置\s*\d/],
  ['a default rule set', /默认/],
  ['a score as a percentage', /验收得分[^\n]*\d+\.\d%|\d+\.\d%／/],
  ['a missing value in a sentence', /—(分|个|条|项|篇|件|次|%)/],
  ['a count of nothing without context', /(^|[，。；：\s])0个/m],
  ['a programming word', /\b(null|undefined|NaN|true|false|Infinity)\b/],
  ['Latin text', /[A-Za-z]{3,}/],
  ['a rank', /排名/],
];

const docxText = async (report: CompiledReport): Promise<string> => {
  const zip = await JSZip.loadAsync(await report.render('docx'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
};

beforeAll(async () => {
  seeded = await seededReadSide();
  august = await compileReport({
    readSide: seeded.views,
    request: { kind: 'august', province: PROVINCE, asOf: { date: '2018-08-31' } },
  });
  summary = await compileReport({
    readSide: seeded.views,
    request: { kind: 'provincial-summary', province: PROVINCE },
  });
}, 120_000);

afterAll(async () => {
  await seeded?.close();
});

describe('the August report reads as a provincial synthesis', () => {
  it('quotes each sentence of the self-assessments at most once, naming the units that wrote it, under the tasks', () => {
    const text = reportText(august.document);
    const headings = august.document.blocks.filter((block) => block.type === 'heading' && block.level === 2);
    for (const task of ['梳理公开事项', '编制公开标准', '规范公开流程', '完善公开渠道', '加强组织保障']) {
      expect(headings.some((block) => block.type === 'heading' && block.text.includes(task))).toBe(true);
    }
    const practices = chapter(august, '主要做法').join('');
    let quoted = 0;
    for (const unit of august.figures.units) {
      for (const sentence of unit.acceptance!.selfAssessment!.practices.split(/(?<=。)/)) {
        const core = sentence.replaceAll(`${unit.name}政府`, '政府').replace(/\d+/g, '').slice(0, 16);
        const occurrences = text.split(core).length - 1;
        expect(occurrences, core).toBeLessThanOrEqual(1);
        if (occurrences === 1) quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(0);
    expect(practices).toContain('典型经验：');
    // No unit-by-unit paragraphs ("道里区：…").
    for (const unit of august.figures.units) expect(text).not.toContain(`\n${unit.name}：`);
  });

  it('addresses its recommendations to the national level, and the provincial summary to the province', () => {
    const august7 = chapter(august, '意见建议');
    expect(august7.length).toBeGreaterThan(0);
    for (const line of august7.filter((text) => /^\d+\./.test(text))) {
      expect(line).toContain('建议国家层面');
      expect(line).not.toContain('省级层面');
    }
    for (const line of chapter(summary, '意见建议')) expect(line).not.toContain('国家层面');
  });

  it('plans the roll-out, the follow-up of acceptance and the provincial pilots, each date once', () => {
    const next = chapter(august, '下一步工作打算').join('\n');
    expect(next).toContain('全面推行');
    expect(next).toContain('整改');
    for (const milestone of august.figures.nextSteps) {
      expect(next).toContain(milestone.dueDateText);
      expect(next).not.toContain(`${milestone.dueDateText}（`);
    }
    expect(next).toContain(`${august.figures.counties.provincial}个省级试点单位`);
  });

  it('has a per-pilot summary and the catalogue by area as annexes, named after the body', async () => {
    const [units, areas] = august.document.annexes;
    expect(units!.table.rows.map((row) => row[0])).toEqual(august.figures.units.map((unit) => unit.name));
    expect(areas!.table.rows.map((row) => row[0])).toEqual(
      august.figures.scope!.byArea.map((area) => area.areaName),
    );
    const docx = await docxText(august);
    expect(docx).toContain(`附件：1.${units!.title}`);
    expect(docx).toContain(`2.${areas!.title}`);
    expect(docx).toContain('附件1');
  });

  it('the August report and a pilot unit report have no software wording in any format', async () => {
    const unit = await compileReport({
      readSide: seeded.views,
      request: { kind: 'unit', province: PROVINCE, unit: '230102', asOf: { date: '2018-07-10' } },
    });
    for (const compiled of [august, unit]) {
      const texts = [
        reportText(compiled.document),
        (await compiled.render('md')).toString('utf8'),
        await docxText(compiled),
      ];
      for (const text of texts) {
        for (const [what, pattern] of SOFTWARE_WORDING) expect(text, what).not.toMatch(pattern);
      }
    }
  });
});

describe('narrative numbers come from the figures the tables show', () => {
  it('the late publications named in the difficulties equal the timeliness table', () => {
    const late = new Map(tableOf(august, 'timeliness').rows.map((row) => [row[0], row[3]]));
    const difficulties = chapter(august, '存在的困难和问题').join('');
    const named = [...difficulties.matchAll(/([\u4e00-\u9fa5]+?)（(\d+)条）/g)];
    expect(named.length).toBeGreaterThan(0);
    for (const [, name, count] of named) {
      const unit = [...late.keys()].find((candidate) => name!.endsWith(candidate!));
      expect(unit, name).toBeDefined();
      expect(late.get(unit)).toBe(count);
    }
    expect(difficulties).toContain(`共有${late.get('合计')}条信息超过公开时限`);
  });

  it('claims what prevails only when the figures show it, and the totals equal the table totals', () => {
    const text = reportText(august.document);
    const { byForm, total } = august.figures.scope!.totals.interpretations;
    const text_ = byForm.find((row) => row.form === 'text')!.count;
    if (text_ / total <= 0.5) expect(text).not.toContain('以文字为主');
    const catalogue = tableOf(august, 'catalogue').rows.at(-1)!;
    const practices = chapter(august, '主要做法').join('');
    expect(practices).toContain(`共梳理公开事项${catalogue[1]}项（一级事项${catalogue[2]}类）`);
    expect(practices).toContain(`发布${catalogue[3]}项`);
  });
});

describe('scoring that discriminates', () => {
  it('标准要素完整率 is not 目录发布率, and the coverage indicators separate units', () => {
    const values = (indicator: string) =>
      august.figures.assessment.units.map(
        (unit) => unit.indicators.find((row) => row.indicator === indicator)!.value,
      );
    const completeness = values('standardCompleteness');
    const publication = values('cataloguePublication');
    expect(completeness.some((value, index) => value !== publication[index])).toBe(true);
    expect(new Set(values('fiveOpenCoverage')).size).toBeGreaterThan(1);
    expect(new Set(values('chainCoverage')).size).toBeGreaterThan(1);
    const rules = tableOf(august, 'assessment-rules');
    expect(rules.columns).toContain('计算方法');
    expect(rules.rows.every((row) => row[1]!.length > 5)).toBe(true);
  });

  it('reports satisfaction as the mean on its 5-point scale, and ranks only in the provincial summary', () => {
    const satisfaction = tableOf(august, 'satisfaction');
    expect(satisfaction.columns.join('')).not.toContain('（%）');
    const values = tableOf(august, 'assessment-values');
    const column = values.columns.indexOf('公众满意度');
    for (const row of values.rows) expect(row[column]).toMatch(/^\d\.\d\d分$/);
    expect(reportText(august.document)).not.toContain('排名');
    expect(
      august.document.blocks.some((block) => block.type === 'table' && block.id === 'assessment-prefectures'),
    ).toBe(false);
    expect(tableOf(summary, 'assessment-units').columns).toContain('排名');
  });
});
