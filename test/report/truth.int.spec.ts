import { streamIdForPilotUnit, upcastEvent } from '@gongkai/domain';
import type { CompiledReport, TableBlock } from '@gongkai/report';
import { compileReport } from '@gongkai/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededReadSide } from './seededReadSide';
import { seededReadSide } from './seededReadSide';
import { reportText } from './reportText';

// §1 of issue 15: every sentence that states a fact is built from the figures, and the slips the
// data holds (late reports, late self-assessments, failed acceptances, rectification) are in the text.

const PROVINCE = '230000';

let seeded: SeededReadSide;
let august: CompiledReport;

const chinese = (date: string): string =>
  `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const tableOf = (report: CompiledReport, id: string): TableBlock => {
  const block = report.document.blocks.find((candidate) => candidate.type === 'table' && candidate.id === id);
  if (block?.type !== 'table') throw new Error(`no table ${id}`);
  return block;
};

const paragraphs = (report: CompiledReport): string[] =>
  report.document.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));

const compileAsOf = (date: string) =>
  compileReport({ readSide: seeded.views, request: { kind: 'august', province: PROVINCE, asOf: { date } } });

beforeAll(async () => {
  seeded = await seededReadSide();
  august = await compileAsOf('2018-08-31');
}, 120_000);

afterAll(async () => {
  await seeded?.close();
});

describe('the August report tells the slips the data holds', () => {
  it('names every host city whose pilot report came after the deadline, with the date and the days late', async () => {
    const text = reportText(august.document);
    let late = 0;
    for (const host of august.figures.hosts) {
      const view = (await seeded.views.prefectureView(host.code, { date: '2018-08-31' }))!;
      const report = view.milestones.milestones.find((milestone) => milestone.id === 'M-07')!;
      if (report.state !== 'completed-late') {
        expect(text).not.toContain(`${host.name}于`);
        continue;
      }
      late++;
      expect(text).toContain(
        `${host.name}于${chinese(report.completedOn!)}报送试点工作报告，晚于规定时限（${report.dueDateText}）${report.daysLate}天`,
      );
    }
    expect(late).toBeGreaterThan(0);
  });

  it('names a late self-assessment, the failed first acceptances and the rectification ordered', () => {
    const text = reportText(august.document);
    for (const unit of august.figures.units) {
      const selfAssessment = unit.milestoneList.find((milestone) => milestone.id.startsWith('O-07'))!;
      if (selfAssessment.state === 'completed-late') {
        expect(text).toContain(`${unit.name}于${chinese(selfAssessment.completedOn!)}报送自评总结`);
      }
      for (const stage of [unit.acceptance!.prefecture!, unit.acceptance!.province]) {
        const [first] = stage.history;
        if (first && !first.passed) {
          expect(text).toContain(
            `${unit.name}${stage.stage === 'province' ? '省级' : '市级'}验收首次未通过（${chinese(first.conductedOn)}`,
          );
        }
      }
      for (const rectification of unit.acceptance!.rectifications) {
        expect(text).toContain(
          `于${chinese(rectification.requestedOn)}向${unit.name}下达整改要求，限期${chinese(rectification.dueOn)}前完成`,
        );
        for (const item of rectification.items) expect(text).toContain(item.replace(/。$/, ''));
      }
    }
    expect(august.figures.units.some((unit) => unit.acceptance!.rectifications.length > 0)).toBe(true);
  });

  it("says when a host city's own plan was filed late, and not the province's, filed on time", () => {
    const text = reportText(august.document);
    const province = august.figures.provinceMilestones.find((milestone) => milestone.id === 'M-02')!;
    expect(province.state).toBe('completed');
    expect(text).not.toContain(province.description);
    let late = 0;
    for (const host of august.figures.hosts) {
      const plan = host.milestones.find((milestone) => milestone.id === 'M-03')!;
      if (plan.state === 'completed') {
        expect(text).not.toContain(`${host.name}于${chinese(plan.completedOn!)}报送本级实施方案`);
        continue;
      }
      late++;
      expect(text).toContain(
        `${host.name}于${chinese(plan.completedOn!)}报送本级实施方案备案，晚于规定时限（${plan.dueDateText}）${plan.daysLate}天`,
      );
    }
    expect(late).toBeGreaterThan(0);
  });

  it('opens with what acceptance has come to on the date: all passed only when all did', async () => {
    const [opening] = paragraphs(august);
    expect(august.figures.units.every((unit) => unit.acceptance?.province.passed)).toBe(true);
    expect(opening).toContain(`${august.figures.units.length}个试点单位全部通过验收`);
    // Mid-July only some pilots had been accepted by the province: the opening says how many.
    const july = await compileAsOf('2018-07-20');
    const passed = july.figures.units.filter((unit) => unit.acceptance?.province.passed === true).length;
    const notYet = july.figures.units.filter((unit) => !unit.acceptance?.province.conducted).length;
    expect(passed).toBeGreaterThan(0);
    expect(passed).toBeLessThan(july.figures.units.length);
    const [julyOpening] = paragraphs(july);
    expect(julyOpening).not.toContain('全部通过');
    expect(julyOpening).toContain(`${passed}个试点单位通过验收`);
    expect(julyOpening).toContain(`${notYet}个尚未开展省级验收`);
    expect(reportText(july.document)).not.toContain('组织完成了验收');
  });

  it('shows the first filing of a plan in table 1 and a revision apart, as the event store has them', async () => {
    const rows = tableOf(august, 'units').rows;
    let revised = 0;
    for (const unit of august.figures.units) {
      const filings: string[] = [];
      for await (const event of seeded.eventStore.readStream(streamIdForPilotUnit(unit.code))) {
        if (event.type !== 'ImplementationPlanFiled') continue;
        const { data } = upcastEvent(event.type, event.schemaVersion, event.data) as {
          data: { filedOn: string };
        };
        filings.push(data.filedOn);
      }
      const row = rows.find((candidate) => candidate[1] === unit.name)!;
      expect(row[5]).toBe(chinese(filings[0]!));
      if (filings.length > 1) {
        revised++;
        expect(row[6]).toBe(`${chinese(filings.at(-1)!)}（第${filings.length}版）`);
      } else expect(row[6]).toBe('—');
    }
    expect(revised).toBeGreaterThan(0);
  });
});

describe('acceptance findings by kind', () => {
  it('counts only problems as problems and gives strengths, problems and requirements as separate items', () => {
    const table = tableOf(august, 'acceptance');
    for (const unit of august.figures.units) {
      const problems = unit.acceptance!.province.findingItems.filter((finding) => finding.kind === 'problem');
      expect(table.rows.find((row) => row[0] === unit.name)![5]).toBe(`${problems.length}项`);
    }
    const kinds = new Set(
      august.figures.units.flatMap((unit) =>
        unit.acceptance!.province.findingItems.map((finding) => finding.kind),
      ),
    );
    expect([...kinds].sort()).toEqual(['problem', 'requirement', 'strength']);
    const blocks = august.document.blocks;
    const section = (title: string): string[] => {
      const start = blocks.findIndex((block) => block.type === 'heading' && block.text.endsWith(title));
      const end = blocks.findIndex((block, index) => index > start && block.type === 'heading');
      return blocks
        .slice(start + 1, end)
        .flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
    };
    const strength = '公开事项目录覆盖全部试点领域，公开标准要素齐全';
    expect(section('验收发现的问题').some((text) => text.includes(strength))).toBe(false);
    expect(section('验收肯定的经验').some((text) => text.includes(strength))).toBe(true);
    // One item a finding: numbered paragraphs, never findings run together with "。；".
    for (const text of section('验收发现的问题')) expect(text).toMatch(/^\d+\./);
    expect(reportText(august.document)).not.toContain('。；');
  });
});
