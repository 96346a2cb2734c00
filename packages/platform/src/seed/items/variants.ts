import type { ItemStandard } from '@gongkai/domain';
import type { Random } from '../random';

/**
 * How an item's standard evolves. Most are complete from the start; some miss elements and never
 * enter the published catalogue; some are completed by a revision before publication; some are
 * revised after publication (dynamic adjustment); a few are retired.
 */
export type StandardVariant =
  | 'complete'
  | 'revised-after-publication'
  | 'completed-by-revision'
  | 'incomplete'
  | 'incomplete-retired'
  | 'retired';

const VARIANT_SHARES: readonly (readonly [StandardVariant, number])[] = [
  ['incomplete', 0.05],
  ['incomplete-retired', 0.015],
  ['completed-by-revision', 0.06],
  ['revised-after-publication', 0.1],
  ['retired', 0.03],
];

export const chooseVariant = (random: Random, first: boolean): StandardVariant => {
  const draw = random.next();
  if (first) return 'complete';
  let threshold = 0;
  for (const [variant, share] of VARIANT_SHARES) {
    threshold += share;
    if (draw < threshold) return variant;
  }
  return 'complete';
};

export const isPublished = (variant: StandardVariant): boolean =>
  variant !== 'incomplete' && variant !== 'incomplete-retired';

type Gap = 'legalBasis' | 'subject' | 'timeLimit' | 'channels' | 'contentElements' | 'fiveOpenStages';

const GAPS: Readonly<Record<Gap, { blank: (standard: ItemStandard) => ItemStandard; fix: string }>> = {
  legalBasis: { blank: (standard) => ({ ...standard, legalBasis: [] }), fix: '补充公开依据' },
  subject: { blank: (standard) => ({ ...standard, subject: '' }), fix: '明确公开主体' },
  timeLimit: {
    blank: (standard) => ({ ...standard, timeLimit: { text: '', rules: [] } }),
    fix: '明确公开时限',
  },
  channels: {
    blank: (standard) => ({
      ...standard,
      channels: standard.channels.map((channel) => ({ ...channel, required: false })),
    }),
    fix: '确定必选公开渠道',
  },
  contentElements: { blank: (standard) => ({ ...standard, contentElements: [] }), fix: '细化公开内容要素' },
  fiveOpenStages: { blank: (standard) => ({ ...standard, fiveOpenStages: [] }), fix: '标注“五公开”环节' },
};

/** A first draft of the standard with one or two elements still missing, and the reason its revision gives. */
export const incompleteStandard = (
  template: ItemStandard,
  random: Random,
): { standard: ItemStandard; completionReason: string } => {
  const gaps = random.sample(Object.keys(GAPS) as Gap[], random.int(1, 2));
  return {
    standard: gaps.reduce((standard, gap) => GAPS[gap].blank(standard), template),
    completionReason: `${gaps.map((gap) => GAPS[gap].fix).join('，')}，标准要素齐全后纳入公开事项标准目录`,
  };
};

interface Adjustment {
  applies: (standard: ItemStandard) => boolean;
  apply: (standard: ItemStandard) => ItemStandard;
  reason: string;
}

const hasChannel = (standard: ItemStandard, code: string) =>
  standard.channels.some((channel) => channel.code === code);

const PILOT_PLAN_TITLE = '《开展基层政务公开标准化规范化试点工作方案》';

// Dynamic adjustment only adds: a published item keeps a complete standard and its channels.
const ADJUSTMENTS: readonly Adjustment[] = [
  {
    applies: (standard) => !hasChannel(standard, 'new-media'),
    apply: (standard) => ({
      ...standard,
      channels: [...standard.channels, { code: 'new-media', required: false }],
    }),
    reason: '试点中期评估建议拓展政务新媒体发布渠道，增加“两微一端”为可选渠道',
  },
  {
    applies: (standard) => !hasChannel(standard, 'notice-board'),
    apply: (standard) => ({
      ...standard,
      channels: [...standard.channels, { code: 'notice-board', required: false }],
    }),
    reason: '增加村（社区）公示栏为可选公开渠道，方便农村群众查阅',
  },
  {
    applies: (standard) =>
      !standard.contentElements.some((element) => element.name === '咨询电话和监督投诉渠道'),
    apply: (standard) => ({
      ...standard,
      contentElements: [...standard.contentElements, { name: '咨询电话和监督投诉渠道', required: false }],
    }),
    reason: '群众反映查询不便，增加咨询电话和监督投诉渠道要素',
  },
  {
    applies: (standard) => !standard.legalBasis.some((basis) => basis.title === PILOT_PLAN_TITLE),
    apply: (standard) => ({
      ...standard,
      legalBasis: [
        ...standard.legalBasis,
        { title: PILOT_PLAN_TITLE, docNo: '国办发〔2017〕42号', kind: 'normative-doc' },
      ],
    }),
    reason: '对照国办发〔2017〕42号文件要求补充公开依据',
  },
  {
    applies: (standard) => standard.levels.includes('county') && !standard.levels.includes('township'),
    apply: (standard) => ({ ...standard, levels: [...standard.levels, 'township'] }),
    reason: '结合乡镇便民服务站建设，公开层级延伸至乡镇',
  },
];

/** A revision of a published standard (动态调整): still complete, with its reason. */
export const adjustedStandard = (
  standard: ItemStandard,
  random: Random,
): { standard: ItemStandard; reason: string } => {
  const start = random.int(0, ADJUSTMENTS.length - 1);
  for (let offset = 0; offset < ADJUSTMENTS.length; offset++) {
    const adjustment = ADJUSTMENTS[(start + offset) % ADJUSTMENTS.length];
    if (adjustment?.applies(standard))
      return { standard: adjustment.apply(standard), reason: adjustment.reason };
  }
  return {
    standard: {
      ...standard,
      contentElements: [...standard.contentElements, { name: '信息更新时间', required: false }],
    },
    reason: '增加信息更新时间要素，便于群众判断信息时效',
  };
};

const RETIREMENT_REASONS = [
  '机构改革后该事项职责调整至市级部门，不再列入本级公开事项目录',
  '经梳理与同类事项重复，合并至相关事项统一公开',
  '该事项所依据的政策文件已废止',
  '上级部门统一公开，本级不再重复公开',
];

const DRAFT_RETIREMENT_REASONS = [
  '经梳理该事项不属于本级事权，从目录中移除',
  '依据文件尚未明确，暂不列入公开事项目录',
];

export const retirementReason = (random: Random, published: boolean): string =>
  random.pick(published ? RETIREMENT_REASONS : DRAFT_RETIREMENT_REASONS);
