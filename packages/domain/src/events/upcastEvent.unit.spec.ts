import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { completeStandard, ITEM_ID } from '../testing';
import { eventCatalogue } from './eventCatalogue';
import { upcastEvent } from './upcastEvent';

const disclosureV1 = (channel: string, reference: string) => ({
  itemId: ITEM_ID,
  disclosureId: 'd-2017-001',
  title: '2017年秋季义务教育招生范围',
  channel,
  reference,
  formedOn: '2017-09-20',
  publishedOn: '2017-09-25',
});

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return isDomainError(error) ? error.code : 'not a DomainError';
  }
  return undefined;
};

describe('upcastEvent', () => {
  it('DisclosurePublished v1 with a free-text website channel and a URL reads as v2 with a channel code and url', () => {
    expect(
      upcastEvent(
        'DisclosurePublished',
        1,
        disclosureV1('区政府门户网站', ' http://www.hrbdl.gov.cn/zwgk/1.html '),
      ),
    ).toEqual({
      type: 'DisclosurePublished',
      data: {
        ...disclosureV1('', ''),
        channel: 'government-website',
        channelLabel: '区政府门户网站',
        url: 'http://www.hrbdl.gov.cn/zwgk/1.html',
        reference: null,
        timeliness: null,
      },
    });
  });

  it('DisclosurePublished v1 on a village board keeps its free-text reference', () => {
    expect(
      upcastEvent('DisclosurePublished', 1, disclosureV1('村务公开栏', '新发村公开栏第3期')).data,
    ).toMatchObject({
      channel: 'notice-board',
      channelLabel: '村务公开栏',
      url: null,
      reference: '新发村公开栏第3期',
    });
  });

  it('DisclosurePublished v1 with an unknown channel becomes "other" labelled with the original wording', () => {
    expect(upcastEvent('DisclosurePublished', 1, disclosureV1('黑龙江日报', '')).data).toMatchObject({
      channel: 'other',
      channelLabel: '黑龙江日报',
      url: null,
      reference: null,
    });
  });

  it('StandardDefined v1 (time limit as text) reads as v2 with rules read from the text', () => {
    const { timeLimit: _structured, ...rest } = completeStandard();
    const v1 = {
      itemId: ITEM_ID,
      version: 1,
      standard: { ...rest, timeLimit: '自作出行政决定之日起7个工作日内' },
      definedOn: '2017-09-10',
    };
    expect(upcastEvent('StandardDefined', 1, v1).data).toMatchObject({
      standard: {
        timeLimit: {
          text: '自作出行政决定之日起7个工作日内',
          rules: [{ type: 'working-days-after-decision', days: 7 }],
        },
      },
    });
  });

  it('AcceptanceConducted v1 (findings as text) reads as v2 with each finding kinded by its wording', () => {
    const v1 = {
      unit: '230102',
      stage: 'province',
      conductedBy: '230000',
      score: 92,
      findings: [
        '公开事项目录覆盖全部试点领域，公开标准要素齐全。',
        '部分村级公示栏信息更新不够及时。',
        '建议进一步拓展政务新媒体发布渠道。',
      ],
      passed: true,
      conductedOn: '2018-07-16',
    };
    expect(upcastEvent('AcceptanceConducted', 1, v1).data).toEqual({
      ...v1,
      findings: [
        { kind: 'strength', text: '公开事项目录覆盖全部试点领域，公开标准要素齐全。' },
        { kind: 'problem', text: '部分村级公示栏信息更新不够及时。' },
        { kind: 'requirement', text: '建议进一步拓展政务新媒体发布渠道。' },
      ],
    });
    expect(codeOf(() => upcastEvent('AcceptanceConducted', 2, v1))).toBe('INVALID_EVENT');
  });

  it('current-version data is validated and returned as is', () => {
    const data = { unit: '230102', pilotLevel: 'national', registeredOn: '2017-08-09' };
    expect(upcastEvent('PilotUnitRegistered', 1, data)).toEqual({ type: 'PilotUnitRegistered', data });
  });

  it('v2 data stored as v1 is invalid', () => {
    expect(
      codeOf(() => upcastEvent('DisclosurePublished', 1, { ...disclosureV1('政府网站', ''), channel: 3 })),
    ).toBe('INVALID_EVENT');
  });

  it('data that does not match its schema is INVALID_EVENT, naming the field', () => {
    expect(() =>
      upcastEvent('PilotUnitRegistered', 1, {
        unit: '230102',
        pilotLevel: 'county',
        registeredOn: '2017-08-09',
      }),
    ).toThrow(/pilotLevel/);
  });

  it('an unknown type is UNKNOWN_EVENT_TYPE', () => {
    expect(codeOf(() => upcastEvent('PilotUnitAbolished', 1, {}))).toBe('UNKNOWN_EVENT_TYPE');
  });

  it('a version newer than this domain knows is UNKNOWN_EVENT_TYPE', () => {
    expect(codeOf(() => upcastEvent('DisclosurePublished', 3, {}))).toBe('UNKNOWN_EVENT_TYPE');
  });

  it('the catalogue records which events have moved to v2', () => {
    const versioned = Object.values(eventCatalogue)
      .filter((definition) => definition.schemaVersion > 1)
      .map((definition) => definition.type);
    expect(versioned.sort()).toEqual([
      'AcceptanceConducted',
      'DisclosurePublished',
      'StandardDefined',
      'StandardRevised',
    ]);
  });
});
