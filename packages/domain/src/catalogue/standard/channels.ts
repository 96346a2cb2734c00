import { z } from 'zod';

/** The fixed channel list (公开渠道和载体) of the 2019 guideline tables; catalogue-schema.md §6. */
export const channelCodes = [
  'government-website',
  'government-gazette',
  'new-media',
  'press-conference-hearing',
  'radio-tv',
  'print-media',
  'public-reading-point',
  'government-service-center',
  'convenience-service-station',
  'door-to-door-on-site',
  'notice-board',
  'targeted-push',
  'sector-platform',
  'other',
] as const;

export const ChannelCodeSchema = z.enum(channelCodes);
export type ChannelCode = z.infer<typeof ChannelCodeSchema>;

/** The checkbox labels of the 2019 tables. */
export const channelNames: Readonly<Record<ChannelCode, string>> = {
  'government-website': '政府网站',
  'government-gazette': '政府公报',
  'new-media': '两微一端',
  'press-conference-hearing': '发布会/听证会',
  'radio-tv': '广播电视',
  'print-media': '纸质媒体',
  'public-reading-point': '公开查阅点',
  'government-service-center': '政务服务中心',
  'convenience-service-station': '便民服务站',
  'door-to-door-on-site': '入户/现场',
  'notice-board': '社区/企事业单位/村公示栏（电子屏）',
  'targeted-push': '精准推送',
  'sector-platform': '其他（行业平台）',
  other: '其他',
};

/** Channels whose publications live at an address: a publication there must give its URL. */
export const onlineChannels: ReadonlySet<ChannelCode> = new Set([
  'government-website',
  'new-media',
  'sector-platform',
]);

/** Channels that are only identifiable by a label (the platform's name, or what "other" is). */
export const labelledChannels: ReadonlySet<ChannelCode> = new Set(['sector-platform', 'other']);
