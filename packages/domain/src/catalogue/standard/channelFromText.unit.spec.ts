import { describe, expect, it } from 'vitest';
import { channelFromText } from './channelFromText';

describe('channelFromText', () => {
  it.each([
    ['政府网站', 'government-website'],
    ['区政府门户网站', 'government-website'],
    ['政务微信公众号', 'new-media'],
    ['村务公开栏', 'notice-board'],
    ['社区公示栏（电子屏）', 'notice-board'],
    ['政务服务中心', 'government-service-center'],
    ['乡镇便民服务窗口', 'convenience-service-station'],
    ['广播', 'radio-tv'],
    ['黑龙江日报', 'other'],
    ['government-website', 'government-website'],
  ])('reads %s as %s', (text, code) => {
    expect(channelFromText(text)).toBe(code);
  });
});
