import type { CommandEnvelope } from '@gongkai/command-handling';
import { streamIdForPilotProgramme, upcastEvent } from '@gongkai/domain';
import { heilongjiangSeedCommands } from '@gongkai/platform';
import type { CompiledReport } from '@gongkai/report';
import { compileReport } from '@gongkai/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportText } from './reportText';
import type { SeededReadSide } from './seededReadSide';
import { seededReadSide } from './seededReadSide';

// §6 of issue 15: the province and the prefectures file their own plans (M-02, M-03) and the
// province summarises its provincial pilots (M-14). A scenario made from the seed where that goes
// wrong: the province files late, 鹤岗市 never files, 呼玛县 fails the province's acceptance and is
// never closed, and the summary comes in January 2019. The provincial summary report must say so.

const PROVINCE = '230000';
const HUMA = '232721';
const HEGANG = '230400';
const DAXINGANLING = '232700';

const chinese = (date: string): string =>
  `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const on = (date: string): string => `${date}T09:00:00+08:00`;

/** The seed with the changes above, message for message. */
function* scenario(): Generator<CommandEnvelope> {
  for (const envelope of heilongjiangSeedCommands()) {
    const { command } = envelope;
    switch (envelope.messageId) {
      case `seed:${HEGANG}:programme:plan-1`:
      case `seed:${HUMA}:pilot:complete`:
        continue;
      case `seed:${PROVINCE}:programme:plan-1`:
        if (command.type !== 'FileProgrammePlan') throw new Error('the province’s plan moved');
        yield {
          ...envelope,
          occurredAt: on('2017-09-05'),
          command: { ...command, data: { ...command.data, filedOn: '2017-09-05' } },
        };
        continue;
      case `seed:${HUMA}:pilot:acceptance-province-1`:
        if (command.type !== 'ConductAcceptance') throw new Error('呼玛县’s acceptance moved');
        yield {
          ...envelope,
          command: {
            ...command,
            data: {
              ...command.data,
              score: 58,
              passed: false,
              findings: ['部分公开事项未明确公开时限，公开标准要素不全。'],
            },
          },
        };
        continue;
      case `seed:${PROVINCE}:programme:provincial-summary`:
        if (command.type !== 'SummariseProvincialPilots') throw new Error('the summary moved');
        yield {
          ...envelope,
          occurredAt: on('2019-01-08'),
          command: { ...command, data: { ...command.data, summarisedOn: '2019-01-08' } },
        };
        continue;
      default:
        yield envelope;
    }
  }
}

let seeded: SeededReadSide;
let summary: CompiledReport;
let text: string;

beforeAll(async () => {
  seeded = await seededReadSide(scenario());
  summary = await compileReport({
    readSide: seeded.views,
    request: { kind: 'provincial-summary', province: PROVINCE, asOf: { date: '2019-01-10' } },
  });
  text = reportText(summary.document);
}, 120_000);

afterAll(async () => {
  await seeded?.close();
});

const provinceMilestone = (id: string) =>
  summary.figures.provinceMilestones.find((milestone) => milestone.id === id)!;

describe('the organs’ own plans and the summary of the provincial pilots, when they slip', () => {
  it('the summary records 呼玛县 as failed, with its score, and every other provincial pilot as completed', async () => {
    const events = [];
    for await (const event of seeded.eventStore.readStream(streamIdForPilotProgramme(PROVINCE))) {
      events.push(upcastEvent(event.type, event.schemaVersion, event.data));
    }
    const summarised = events.find((event) => event.type === 'ProvincialPilotsSummarised');
    expect(summarised?.data).toMatchObject({ summarisedOn: '2019-01-08' });
    const pilots = (summarised!.data as { pilots: { unit: string; outcome: string; score: number | null }[] })
      .pilots;
    expect(pilots).toHaveLength(8);
    expect(pilots.find((pilot) => pilot.unit === HUMA)).toEqual({ unit: HUMA, outcome: 'failed', score: 58 });
    expect(pilots.filter((pilot) => pilot.outcome === 'completed')).toHaveLength(7);
  });

  it('M-14 is completed late by the summary and M-02 late by the province’s own plan, and the report says both', () => {
    const m14 = provinceMilestone('M-14');
    expect(m14).toMatchObject({ state: 'completed-late', completedOn: '2019-01-08', daysLate: 8 });
    expect(text).toContain(`“${m14.description}”于2019年1月8日完成，晚于规定时限（2018年12月底前）8天`);
    const m02 = provinceMilestone('M-02');
    expect(m02).toMatchObject({ state: 'completed-late', completedOn: '2017-09-05', daysLate: 5 });
    expect(text).toContain(`“${m02.description}”于2017年9月5日完成，晚于规定时限（2017年8月底前）5天`);
  });

  it('names the prefecture that filed its plan late and the one that never filed, from their own milestones', () => {
    const host = (code: string) => summary.figures.hosts.find((row) => row.code === code)!;
    const late = host(DAXINGANLING).milestones.find((milestone) => milestone.id === 'M-03')!;
    expect(late.state).toBe('completed-late');
    expect(text).toContain(
      `大兴安岭地区于${chinese(late.completedOn!)}报送本级实施方案备案，晚于规定时限（2017年9月底前）${late.daysLate}天`,
    );
    const missing = host(HEGANG).milestones.find((milestone) => milestone.id === 'M-03')!;
    expect(missing.state).toBe('overdue');
    expect(text).toContain(
      `鹤岗市截至2019年1月10日尚未报送本级实施方案备案，已超过规定时限（2017年9月底前）${missing.daysLate}天`,
    );
  });

  it('says 呼玛县 failed the province’s acceptance, and does not say that all passed', () => {
    const huma = summary.figures.units.find((unit) => unit.code === HUMA)!;
    const [attempt] = huma.acceptance!.province.history;
    // The score as the report writes scores (58.0分).
    expect(text).toMatch(
      new RegExp(`呼玛县省级验收首次未通过（${chinese(attempt!.conductedOn)}，58(\\.0)?分），目前仍未通过`),
    );
    expect(text).toContain('1个未通过');
    expect(text).not.toContain('全部通过');
  });
});
