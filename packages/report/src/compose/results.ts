import type { IndicatorFigures } from '@gongkai/projections';
import type { Block } from '../document';
import { chineseDate, count, decimal, percent } from '../document';
import type { ReportFigures } from '../figures';
import { chart, h1, h2, p, table } from './blocks';
import { CHAIN_NAMES, FEEDBACK_KIND_NAMES, FIVE_OPEN_NAMES, INTERPRETATION_FORM_NAMES } from './labels';

/** A row of the results tables: a unit (or, in a unit's own report, an area) and its figures. */
export interface IndicatorRow {
  label: string;
  figures: IndicatorFigures;
}

interface ResultRows {
  /** What a row is: 试点单位 or 试点领域. */
  heading: string;
  rows: IndicatorRow[];
  total: IndicatorFigures;
}

const withTotal = (result: ResultRows, cells: (figures: IndicatorFigures) => string[]): string[][] => [
  ...result.rows.map((row) => [row.label, ...cells(row.figures)]),
  ['合计', ...cells(result.total)],
];

const catalogue = (result: ResultRows, figures: ReportFigures): Block[] => {
  const { catalogue: total } = result.total;
  return [
    h2(1, '公开事项目录和公开标准'),
    p(
      `共梳理公开事项${count(total.items)}项（一级事项${count(total.level1Categories)}类），已纳入标准目录发布${count(total.published)}项，` +
        `公开标准要素完整的${count(total.completeStandards)}项，标准要素完整率${percent(total.completenessRate)}；` +
        `按动态调整机制修订公开标准${count(total.revisions)}次，退出目录${count(total.retired)}项。`,
    ),
    table(
      'catalogue',
      `公开事项目录和公开标准（截至${chineseDate(figures.date)}）`,
      [
        result.heading,
        '事项数',
        '一级事项类数',
        '已发布',
        '标准要素完整',
        '完整率',
        '主动公开',
        '依申请公开',
        '标准修订次数',
      ],
      withTotal(result, ({ catalogue: c }) => [
        count(c.items),
        count(c.level1Categories),
        count(c.published),
        count(c.completeStandards),
        percent(c.completenessRate),
        count(c.byMode.find((mode) => mode.mode === 'proactive')?.items ?? 0),
        count(c.byMode.find((mode) => mode.mode === 'on-request')?.items ?? 0),
        count(c.revisions),
      ]),
    ),
    chart(
      'catalogue-items',
      `公开事项数（按${result.heading.replace('试点', '')}）`,
      '项',
      result.rows.map((row) => ({
        label: row.label,
        value: row.figures.catalogue.items,
        text: count(row.figures.catalogue.items),
      })),
    ),
  ];
};

const coverage = (result: ResultRows): Block[] => {
  const stages = Object.keys(FIVE_OPEN_NAMES);
  const chain = Object.keys(CHAIN_NAMES);
  return [
    h2(2, '“五公开”和发布、解读、回应覆盖情况'),
    p(
      '按照公开标准覆盖决策、执行、管理、服务、结果“五公开”和发布、解读、回应全过程的要求，各事项公开标准覆盖的环节如下（单位：项）。',
    ),
    table(
      'coverage',
      '“五公开”和发布、解读、回应覆盖情况',
      [
        result.heading,
        ...stages.map((s) => FIVE_OPEN_NAMES[s] ?? s),
        ...chain.map((s) => CHAIN_NAMES[s] ?? s),
      ],
      withTotal(result, ({ catalogue: c }) => [
        ...stages.map((s) => count(c.fiveOpenStages.find((row) => row.stage === s)?.items ?? 0)),
        ...chain.map((s) => count(c.chainStages.find((row) => row.stage === s)?.items ?? 0)),
      ]),
    ),
  ];
};

const channels = (result: ResultRows): Block[] => {
  const { disclosures } = result.total;
  return [
    h2(3, '公开渠道和公开时效'),
    p(
      `共发布政府信息${count(disclosures.total)}条，其中按时限发布${count(disclosures.timeliness.onTime)}条、超过时限${count(disclosures.timeliness.late)}条，` +
        `按时限公开率${percent(disclosures.timeliness.onTimeRate)}` +
        `${disclosures.timeliness.averageWorkingDaysTaken === null ? '' : `；从信息形成到发布平均用时${decimal(disclosures.timeliness.averageWorkingDaysTaken, 1)}个工作日`}。`,
    ),
    table(
      'channels',
      '各渠道发布信息及时效',
      ['公开渠道', '发布条数', '按时限', '超过时限', '不适用时限', '按时限公开率'],
      disclosures.byChannel.map((row) => [
        row.channelName,
        count(row.disclosures),
        count(row.timeliness.onTime),
        count(row.timeliness.late),
        count(row.timeliness.notAssessed),
        percent(row.timeliness.onTimeRate),
      ]),
    ),
    table(
      'timeliness',
      `发布信息及时效（按${result.heading.replace('试点', '')}）`,
      [result.heading, '发布条数', '按时限', '超过时限', '按时限公开率', '平均用时（工作日）'],
      withTotal(result, ({ disclosures: d }) => [
        count(d.total),
        count(d.timeliness.onTime),
        count(d.timeliness.late),
        percent(d.timeliness.onTimeRate),
        decimal(d.timeliness.averageWorkingDaysTaken, 1),
      ]),
    ),
    chart(
      'on-time-rate',
      `按时限公开率（按${result.heading.replace('试点', '')}）`,
      '%',
      result.rows.map((row) => {
        const rate = row.figures.disclosures.timeliness.onTimeRate;
        return { label: row.label, value: (rate ?? 0) * 100, text: percent(rate) };
      }),
      100,
    ),
  ];
};

const interpretations = (result: ResultRows): Block[] => {
  const { interpretations: i, responses: r } = result.total;
  return [
    h2(4, '政策解读和回应关切'),
    p(
      `发布政策解读${count(i.total)}篇，其中在政策发布后3个工作日内解读${count(i.onTime)}篇，及时解读率${percent(i.onTimeRate)}` +
        `${i.byForm.length > 0 ? `（${i.byForm.map((row) => `${INTERPRETATION_FORM_NAMES[row.form] ?? row.form}${count(row.count)}篇`).join('，')}）` : ''}；` +
        `回应社会关切${count(r.total)}件${r.averageWorkingDaysTaken === null ? '' : `，平均用时${decimal(r.averageWorkingDaysTaken, 1)}个工作日`}。`,
    ),
    table(
      'interpretations',
      '政策解读和回应关切',
      [
        result.heading,
        '政策解读',
        '及时解读',
        '及时解读率',
        '回应关切',
        '关联发布信息的回应',
        '平均回应用时（工作日）',
      ],
      withTotal(result, ({ interpretations: ri, responses: rr }) => [
        count(ri.total),
        count(ri.onTime),
        percent(ri.onTimeRate),
        count(rr.total),
        count(rr.linkedToDisclosure),
        decimal(rr.averageWorkingDaysTaken, 1),
      ]),
    ),
  ];
};

const satisfaction = (result: ResultRows): Block[] => {
  const { feedback } = result.total;
  return [
    h2(5, '社会评价和公众满意度'),
    p(
      feedback.count === 0 || feedback.averageSatisfaction === null
        ? '尚未开展社会评价和第三方评估。'
        : `开展社会评价和第三方评估${count(feedback.count)}次，样本量合计${count(feedback.sampleSize)}，平均满意度${decimal(feedback.averageSatisfaction)}分（5分制）` +
            `${feedback.bySource.length > 0 ? `，其中${feedback.bySource.map((row) => `${FEEDBACK_KIND_NAMES[row.kind] ?? row.kind}${count(row.count)}次、平均${decimal(row.averageSatisfaction)}分`).join('，')}` : ''}。`,
    ),
    table(
      'satisfaction',
      '社会评价和公众满意度',
      [result.heading, '评价次数', '样本量', '平均满意度（5分制）'],
      withTotal(result, ({ feedback: f }) => [
        count(f.count),
        count(f.sampleSize),
        decimal(f.averageSatisfaction),
      ]),
    ),
  ];
};

const resultRows = (figures: ReportFigures): ResultRows => {
  const [only] = figures.units;
  if (figures.scope === null && only !== undefined) {
    return {
      heading: '试点领域',
      rows: only.byArea.map((area) => ({ label: area.areaName, figures: area })),
      total: only.totals,
    };
  }
  return {
    heading: '试点单位',
    rows: figures.units.map((unit) => ({ label: unit.name, figures: unit.totals })),
    total: figures.scope?.totals ?? figures.units[0]!.totals,
  };
};

/** 取得成效: the indicators of report-outline.md §3, per unit (or area) with the total. */
export const results = (figures: ReportFigures, index: number): Block[] => {
  const rows = resultRows(figures);
  return [
    h1(index, '取得成效'),
    ...catalogue(rows, figures),
    ...coverage(rows),
    ...channels(rows),
    ...interpretations(rows),
    ...satisfaction(rows),
  ];
};
