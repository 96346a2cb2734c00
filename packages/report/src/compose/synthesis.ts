import type { SelfAssessmentView } from '@gongkai/projections';
import type { IndicatorFigures } from '@gongkai/projections';
import type { Block } from '../document';
import { count, percent } from '../document';
import type { ReportFigures, UnitFigures } from '../figures';
import { h1, h2, p } from './blocks';
import { names } from './facts';
import { INTERPRETATION_FORM_NAMES } from './labels';

/**
 * 主要做法, 存在的困难和问题, 意见建议: the province's synthesis by task (catalogue, standards,
 * workflow, channels, safeguards). Each task opens with what the figures say, then the units'
 * own words as typical cases, naming the units; a sentence a unit wrote is quoted once, with every
 * unit that wrote it. Sentences from self-assessments that state a figure (a count, a share, "以…为主")
 * are not quoted: the report states those from the figures the tables show.
 */

type Field = keyof Omit<SelfAssessmentView, 'submittedOn'>;

export const TASKS = ['catalogue', 'standards', 'workflow', 'channels', 'safeguards'] as const;
export type Task = (typeof TASKS)[number];

// The first pattern that matches decides (a training sentence mentions the catalogue's handbook).
const TASK_PATTERNS: readonly [Task, RegExp][] = [
  ['channels', /网站|平台|微博|微信|公示栏|电子屏|渠道|新媒体/],
  ['safeguards', /领导小组|培训|考核|评议|第三方|经费|人员|兼职|业务能力/],
  ['workflow', /流程|同步|审签|解读|回应/],
  ['catalogue', /目录|清单|事项/],
  ['standards', /标准|要素/],
];

const taskOf = (sentence: string): Task =>
  TASK_PATTERNS.find(([, pattern]) => pattern.test(sentence))?.[0] ?? 'safeguards';

/** A claim the figures decide (a count, a share, what prevails): stated from the figures instead. */
const CHECKABLE = /\d+\s*(条|项|篇|件|%|分|次)|为主|比例|占比/;

const sentences = (text: string): string[] =>
  text
    .split(/(?<=。)/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');

export interface QuotedSentence {
  text: string;
  units: string[];
}

/** The same sentence with other numbers (培训7期, 培训9期) is one practice: its numbers as a range. */
const withRange = (text: string, numbers: readonly number[][]): string => {
  let slot = 0;
  return text.replace(/#/g, () => {
    const values = numbers.map((row) => row[slot] ?? 0);
    slot++;
    const [min, max] = [Math.min(...values), Math.max(...values)];
    return min === max ? count(min) : `${count(min)}至${count(max)}`;
  });
};

/** The sentences of one field of the self-assessments, by task, each once with the units that wrote it. */
export const quotedByTask = (figures: ReportFigures, field: Field): Map<Task, QuotedSentence[]> => {
  const byTask = new Map<Task, { key: string; units: string[]; numbers: number[][] }[]>(
    TASKS.map((task) => [task, []]),
  );
  for (const unit of figures.units) {
    const text = unit.acceptance?.selfAssessment?.[field];
    if (text === undefined) continue;
    for (const raw of sentences(text)) {
      if (CHECKABLE.test(raw)) continue;
      const sentence = raw.replaceAll(`${unit.name}政府`, '本级政府').replaceAll(unit.name, '本地');
      const key = sentence.replace(/\d+/g, '#');
      const numbers = [...sentence.matchAll(/\d+/g)].map((match) => Number(match[0]));
      const list = byTask.get(taskOf(sentence))!;
      const found = list.find((row) => row.key === key);
      if (found) {
        found.units.push(unit.name);
        found.numbers.push(numbers);
      } else list.push({ key, units: [unit.name], numbers: [numbers] });
    }
  }
  return new Map(
    [...byTask.entries()].map(([task, list]) => [
      task,
      list
        .map((row) => ({ text: withRange(row.key, row.numbers), units: row.units }))
        .sort((a, b) => b.units.length - a.units.length),
    ]),
  );
};

const who = (units: readonly string[], total: number): string =>
  units.length === total && total > 1
    ? '各试点单位'
    : units.length > 3
      ? `${units.slice(0, 3).join('、')}等${count(units.length)}个单位`
      : names(units);

/** 以权责清单… → 道里区、龙沙区等5个单位以权责清单…; typical cases name the units as examples. */
const quoteLines = (quoted: readonly QuotedSentence[], total: number, single: boolean): string[] => {
  if (quoted.length === 0) return [];
  if (single) return [quoted.map((row) => row.text.replace('本级政府', '').replace('本地', '')).join('')];
  const [common, ...cases] = quoted;
  return [
    `${who(common!.units, total)}${common!.text.replace('本级政府', '政府').replace('本地', '')}`,
    ...(cases.length > 0
      ? [
          `典型经验：${cases
            .map(
              (row) =>
                `${names(row.units.slice(0, 3))}${row.text.replace('本级政府', '政府').replace('本地', '')}`,
            )
            .join('')}`,
        ]
      : []),
  ];
};

const TASK_TITLES: Readonly<Record<Task, string>> = {
  catalogue: '梳理公开事项，编制公开事项目录',
  standards: '编制公开标准，建立动态调整机制',
  workflow: '规范公开流程，推进发布、解读、回应衔接',
  channels: '完善公开渠道，发挥政府网站第一平台作用',
  safeguards: '加强组织保障，强化考核评估',
};

const proactive = (totals: IndicatorFigures): number =>
  totals.catalogue.byMode.find((mode) => mode.mode === 'proactive')?.items ?? 0;

const totalsOf = (figures: ReportFigures): IndicatorFigures =>
  figures.scope?.totals ?? figures.units[0]!.totals;

const subject = (figures: ReportFigures): string =>
  figures.units.length > 1 ? `${count(figures.units.length)}个试点单位` : (figures.units[0]?.name ?? '');

/** What the figures say of each task: the province's own sentence, the same numbers as the tables. */
const taskFigures = (figures: ReportFigures, task: Task): string => {
  const totals = totalsOf(figures);
  const { catalogue, disclosures, interpretations, responses, feedback } = totals;
  switch (task) {
    case 'catalogue':
      return (
        `${subject(figures)}共梳理公开事项${count(catalogue.items)}项（一级事项${count(catalogue.level1Categories)}类），` +
        `其中主动公开${count(proactive(totals))}项，已纳入公开事项标准目录发布${count(catalogue.published)}项。`
      );
    case 'standards':
      return (
        `按照公开依据、公开内容、公开主体、公开时限、公开方式等要素编制公开标准，标准要素完整的事项${count(catalogue.completeStandards)}项，` +
        `占全部事项的${percent(catalogue.completenessRate)}；试点期间根据工作实际修订公开标准${count(catalogue.revisions)}次，` +
        `${catalogue.retired > 0 ? `调出目录${count(catalogue.retired)}项。` : '没有事项调出目录。'}`
      );
    case 'workflow':
      return (
        `发布政策解读${count(interpretations.total)}篇，其中在政策文件发布后3个工作日内解读${count(interpretations.onTime)}篇；` +
        `回应社会关切${count(responses.total)}件，其中与已发布信息关联回应${count(responses.linkedToDisclosure)}件。`
      );
    case 'channels': {
      const [first, ...others] = disclosures.byChannel;
      return first === undefined
        ? '尚未通过各渠道发布政府信息。'
        : `共发布政府信息${count(disclosures.total)}条，其中${first.channelName}${count(first.disclosures)}条，` +
            `占${percent(first.disclosures / disclosures.total)}${
              others.length > 0
                ? `，其余通过${others
                    .filter((row) => !row.channelName.startsWith('其他'))
                    .slice(0, 4)
                    .map((row) => row.channelName)
                    .join('、')}等${count(others.length)}类渠道发布`
                : ''
            }。`;
    }
    case 'safeguards':
      return feedback.count > 0
        ? `开展社会评价和第三方评估${count(feedback.count)}次，收集样本${count(feedback.sampleSize)}份，评价结果用于改进公开工作。`
        : '';
  }
};

/** 主要做法: by task, the figures first, then the units' practices. */
export const practices = (figures: ReportFigures, index: number): Block[] => {
  const quoted = quotedByTask(figures, 'practices');
  const single = figures.units.length === 1;
  const submitted = figures.units.some((unit) => unit.acceptance?.selfAssessment);
  return [
    h1(index, '主要做法'),
    ...(submitted
      ? []
      : [p(`截至报告日期，${single ? '' : '试点单位'}尚未报送自评总结，以下情况依据工作记录整理。`)]),
    ...TASKS.flatMap((task, row) => {
      const lines = [
        taskFigures(figures, task),
        ...quoteLines(quoted.get(task) ?? [], figures.units.length, single),
      ].filter((line) => line !== '');
      return lines.length === 0 ? [] : [h2(row + 1, TASK_TITLES[task]), ...lines.map(p)];
    }),
  ];
};

/** A difficulty only when one form of interpretation prevails (more than half), with the figures. */
const interpretationForms = (totals: IndicatorFigures): string => {
  const { byForm, total } = totals.interpretations;
  const [main] = [...byForm].sort((a, b) => b.count - a.count);
  if (total === 0 || main === undefined || main.count / total <= 0.5) return '';
  const shares = byForm
    .map((row) => `${INTERPRETATION_FORM_NAMES[row.form] ?? row.form}${count(row.count)}篇`)
    .join('、');
  return `政策解读形式较为单一，${INTERPRETATION_FORM_NAMES[main.form] ?? main.form}占${percent(main.count / total)}（${shares}）。`;
};

/** Units with publications past their time limit, the most first, with the table's numbers. */
const lateUnits = (figures: ReportFigures): string => {
  const rows = (
    figures.scope === null
      ? (figures.units[0]?.byArea ?? []).map((area) => ({
          name: area.areaName,
          late: area.disclosures.timeliness.late,
        }))
      : figures.units.map((unit: UnitFigures) => ({
          name: unit.name,
          late: unit.totals.disclosures.timeliness.late,
        }))
  )
    .filter((row) => row.late > 0)
    .sort((a, b) => b.late - a.late);
  const total = totalsOf(figures).disclosures.timeliness;
  if (total.late === 0) return '';
  return (
    `信息发布时限管理仍有薄弱环节，共有${count(total.late)}条信息超过公开时限发布，按时限公开率${percent(total.onTimeRate)}，` +
    `超时较多的是${rows
      .slice(0, 3)
      .map((row) => `${row.name}（${count(row.late)}条）`)
      .join('、')}。`
  );
};

const difficultyFigures = (figures: ReportFigures, task: Task): string => {
  const totals = totalsOf(figures);
  switch (task) {
    case 'catalogue': {
      const unpublished = totals.catalogue.items - totals.catalogue.published;
      return unpublished > 0 ? `仍有${count(unpublished)}项公开事项尚未纳入标准目录发布。` : '';
    }
    case 'standards':
      return '';
    case 'workflow':
      return [lateUnits(figures), interpretationForms(totals)].join('');
    case 'channels':
      return '';
    case 'safeguards': {
      const mean = totals.feedback.averageSatisfaction;
      return mean !== null && mean < 4
        ? `公众满意度还不高，社会评价和第三方评估的平均满意度为${mean.toFixed(2)}分（满分5分）。`
        : '';
    }
  }
};

/** 存在的困难和问题: by task, what the figures show, then the difficulties the units reported. */
export const difficulties = (figures: ReportFigures, index: number): Block[] => {
  const quoted = quotedByTask(figures, 'difficulties');
  const single = figures.units.length === 1;
  const lines = TASKS.flatMap((task) => {
    const own = quoted.get(task) ?? [];
    const text = [
      difficultyFigures(figures, task),
      ...own.map((row) =>
        single
          ? row.text.replace('本级政府', '').replace('本地', '')
          : `${row.text.replace(/。$/, '').replace('本级政府', '政府').replace('本地', '')}（${who(row.units, figures.units.length)}反映）。`,
      ),
    ].join('');
    return text === '' ? [] : [text];
  });
  return [
    h1(index, '存在的困难和问题'),
    ...(lines.length === 0 ? [p('试点工作总体进展顺利，暂未发现需要专门报告的困难和问题。')] : lines.map(p)),
  ];
};

/** Recommendations by subject, addressed to the level the report goes to. */
const SUGGESTION_TOPICS: readonly { pattern: RegExp; text: (to: string) => string }[] = [
  {
    pattern: /模板|统一的公开事项标准目录/,
    text: (to) =>
      `建议${to}按领域制定统一的基层政务公开事项标准目录和公开标准模板，便于基层对标对表、减少重复梳理。`,
  },
  {
    pattern: /数据对接|多头录入|一次录入|不互通/,
    text: (to) =>
      `建议${to}推动垂直管理的业务系统与基层政府网站、政务服务平台对接共享数据，实现一次录入、多渠道发布。`,
  },
  {
    pattern: /动态调整/,
    text: (to) => `建议${to}建立公开事项标准目录动态调整机制，法律法规修订后统一更新相关公开标准。`,
  },
  {
    pattern: /培训|指导/,
    text: (to) => `建议${to}加强对基层政务公开工作人员的业务培训和分领域指导。`,
  },
  {
    pattern: /绩效考核|经费/,
    text: (to) =>
      `建议${to}将基层政务公开标准化规范化工作纳入政府绩效考核，明确基层政务公开的人员和经费保障。`,
  },
];

/** 意见建议: the units' suggestions gathered by subject and addressed to the report's recipient. */
export const suggestions = (figures: ReportFigures, index: number): Block[] => {
  const to = figures.kind === 'august' ? '国家层面' : '省级层面';
  const raised = figures.units.flatMap((unit) =>
    sentences(unit.acceptance?.selfAssessment?.suggestions ?? '').map((text) => ({ unit: unit.name, text })),
  );
  const lines = SUGGESTION_TOPICS.flatMap((topic) => {
    const units = [...new Set(raised.filter((row) => topic.pattern.test(row.text)).map((row) => row.unit))];
    if (units.length === 0) return [];
    return [
      `${topic.text(to).replace(/。$/, '')}${figures.units.length > 1 ? `（${who(units, figures.units.length)}提出）` : ''}。`,
    ];
  });
  return [
    h1(index, '意见建议'),
    ...(lines.length === 0
      ? [p('试点单位尚未提出意见建议。')]
      : lines.map((line, row) => p(`${count(row + 1)}.${line}`))),
  ];
};
