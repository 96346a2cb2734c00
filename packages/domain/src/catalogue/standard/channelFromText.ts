import { channelCodes } from './channels';
import type { ChannelCode } from './channels';

/**
 * Wording seen for each channel in local catalogues and the seed, most specific first. Used to read
 * free-text channels (e.g. `DisclosurePublished` v1) into channel codes.
 */
const channelAliases: readonly (readonly [ChannelCode, readonly string[]])[] = [
  ['government-gazette', ['政府公报', '公报']],
  ['new-media', ['两微一端', '政务新媒体', '新媒体', '微博', '微信', '公众号', '客户端', 'app']],
  ['press-conference-hearing', ['发布会', '听证会', '新闻发布']],
  ['radio-tv', ['广播电视', '广播', '电视']],
  ['print-media', ['纸质媒体', '报纸', '报刊', '宣传册', '宣传单']],
  ['public-reading-point', ['公开查阅点', '查阅点', '查阅场所', '档案馆', '图书馆']],
  ['government-service-center', ['政务服务中心', '办事大厅', '政务大厅', '行政服务中心']],
  ['convenience-service-station', ['便民服务站', '便民服务窗口', '便民服务中心', '便民服务']],
  ['door-to-door-on-site', ['入户', '现场']],
  ['notice-board', ['公示栏', '公告栏', '公开栏', '电子屏', '宣传栏']],
  ['targeted-push', ['精准推送', '短信']],
  ['sector-platform', ['交易平台', '公共服务平台', '信用中国', '监管平台', '办税服务厅']],
  ['government-website', ['政府网站', '门户网站', '网站', '政府信息公开平台', '信息公开专栏']],
];

const isChannelCode = (text: string): text is ChannelCode =>
  (channelCodes as readonly string[]).includes(text);

/** The channel code a free-text channel names, or `other` when it names none. */
export const channelFromText = (text: string): ChannelCode => {
  const normalized = text.replace(/\s+/g, '').toLowerCase();
  if (isChannelCode(normalized)) return normalized;
  const match = channelAliases.find(([, aliases]) => aliases.some((alias) => normalized.includes(alias)));
  return match ? match[0] : 'other';
};
