import type { ChannelCode, IsoDate, ItemStandard } from '@gongkai/domain';
import { channelNames } from '@gongkai/domain';
import { hashString } from '../random';
import type { Random } from '../random';
import type { SeedUnit } from '../units';

export const itemName = (standard: ItemStandard): string =>
  standard.name.level3Name ?? standard.name.level2Name;

const year = (date: IsoDate): number => Number(date.slice(0, 4));
const month = (date: IsoDate): number => Number(date.slice(5, 7));

export const disclosureTitle = (
  unit: SeedUnit,
  standard: ItemStandard,
  on: IsoDate,
  number: number,
  random: Random,
) =>
  random.pick([
    `${unit.name}${itemName(standard)}公告（${year(on)}年第${number}号）`,
    `${unit.name}${year(on)}年${month(on)}月${itemName(standard)}`,
    `关于${itemName(standard)}的公示`,
    `${standard.name.level1Name}：${itemName(standard)}（${year(on)}年第${number}期）`,
  ]);

/**
 * A policy document of the unit on the item (what an interpretation explains): a plan, measures or
 * opinions, never a notice (公告) or a list put on public display (公示).
 */
export const policyDocumentTitle = (unit: SeedUnit, standard: ItemStandard, on: IsoDate, random: Random) =>
  random.pick([
    `${unit.name}${year(on)}年${itemName(standard)}工作实施方案`,
    `${unit.name}${itemName(standard)}管理办法`,
    `${unit.name}关于做好${year(on)}年${itemName(standard)}工作的实施意见`,
  ]);

/** Where an online publication lives: the county portal, its WeChat account or a sector platform. */
export const publicationUrl = (unit: SeedUnit, channel: ChannelCode, path: string, on: IsoDate): string => {
  const stamp = on.replaceAll('-', '');
  const id = hashString(`${unit.code}:${path}`).toString(36);
  if (channel === 'new-media') return `https://mp.weixin.qq.com/s/${id}${stamp}`;
  if (channel === 'sector-platform') return `${unit.site}/ptlj/${stamp.slice(0, 6)}/t${stamp}_${id}.html`;
  return `${unit.site}/zwgk/${stamp.slice(0, 6)}/t${stamp}_${id}.html`;
};

const OFFLINE_REFERENCES: Readonly<Partial<Record<ChannelCode, (unit: SeedUnit, on: IsoDate) => string>>> = {
  'government-gazette': (unit, on) => `《${unit.name}人民政府公报》${year(on)}年第${month(on)}期`,
  'press-conference-hearing': (unit, on) => `${unit.name}政府新闻发布会（${month(on)}月）`,
  'radio-tv': (unit) => `${unit.name}广播电视台《新闻联播》`,
  'print-media': (unit, on) => `《${unit.name}报》${month(on)}月刊`,
  'public-reading-point': (unit) => `${unit.name}档案馆政府信息公开查阅点`,
  'government-service-center': (unit) => `${unit.name}政务服务中心电子显示屏`,
  'convenience-service-station': () => '乡镇便民服务中心公开栏',
  'door-to-door-on-site': () => '入户送达并现场张贴',
  'notice-board': () => '村（社区）政务公开栏',
  'targeted-push': () => '短信精准推送',
  other: (unit, on) => `${unit.name}依申请公开答复书（${year(on)}）`,
};

/** The reference an offline publication is found by (gazette issue, board location …). */
export const offlineReference = (unit: SeedUnit, channel: ChannelCode, on: IsoDate): string =>
  OFFLINE_REFERENCES[channel]?.(unit, on) ?? channelNames[channel];

export const interpretationTitle = (title: string, form: string, standard: ItemStandard): string => {
  switch (form) {
    case 'graphic':
      return `图解：${title}`;
    case 'qa':
      return `${itemName(standard)}常见问题解答`;
    case 'interview':
      return `部门负责人解读${itemName(standard)}`;
    case 'video':
      return `视频解读：${itemName(standard)}`;
    default:
      return `《${title}》政策解读`;
  }
};

export const concernText = (standard: ItemStandard, random: Random): string =>
  random.pick([
    `群众来电咨询${itemName(standard)}的办理条件和所需材料`,
    `网民在政府网站留言询问${itemName(standard)}信息何时更新`,
    `村民对${itemName(standard)}公示内容提出疑问`,
    `有群众反映对${itemName(standard)}相关政策理解不清`,
    `媒体关注${itemName(standard)}工作进展情况`,
  ]);

/** Who evaluated: the county's own survey or review, or one its prefecture organised. */
export const socialEvaluator = (unit: SeedUnit, byParent: boolean, random: Random): string =>
  byParent
    ? `${unit.reportingParent.name}政务公开办组织的${unit.name}群众评议`
    : random.pick([
        `${unit.name}政务公开满意度网上调查`,
        `${unit.name}政务服务中心“好差评”评价`,
        `${unit.name}人大代表、政协委员和群众代表评议`,
      ]);

export const THIRD_PARTY_EVALUATOR = '受省政府办公厅委托的第三方评估机构';

export const feedbackComment = (satisfaction: number, random: Random): string =>
  satisfaction >= 4
    ? random.pick(['信息公开及时，查询方便', '公开内容完整，便于理解', '办事指南清楚，少跑了冤枉路'])
    : random.pick([
        '部分信息更新不及时',
        '公示栏信息字体偏小，老年人阅读不便',
        '政策解读不够通俗，建议增加图解',
      ]);
