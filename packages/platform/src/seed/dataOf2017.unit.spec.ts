import type { Command, ItemStandard } from '@gongkai/domain';
import { regulationFor } from '@gongkai/domain';
import { describe, expect, it } from 'vitest';
import { seedApplicationCommands } from './applications';
import { seedSteps } from './commands';
import { seedUnits } from './units';

// §6 of issue 15: the demo data is true to 2017–2018. Each test below failed on the seed before.

const commands: Command[] = [...seedSteps()].map((step) => step.command);

type StandardCommand = Extract<Command, { type: 'DefineStandard' | 'ReviseStandard' }>;
const standardCommands = commands.filter(
  (command): command is StandardCommand =>
    command.type === 'DefineStandard' || command.type === 'ReviseStandard',
);
const itemKey = (data: { tenant: string; itemId: string }) => `${data.tenant}/${data.itemId}`;
const areaOf = (itemId: string) => itemId.replace(/-\d+$/, '');

/** Every standard an item had, in order, with the date it took effect. */
const standardsByItem = new Map<string, { on: string; standard: ItemStandard }[]>();
for (const { data } of standardCommands) {
  const on = 'definedOn' in data ? data.definedOn : data.revisedOn;
  standardsByItem.set(itemKey(data), [
    ...(standardsByItem.get(itemKey(data)) ?? []),
    { on, standard: data.standard },
  ]);
}

describe('the seed speaks of 2017–2018 as it was', () => {
  it('names bodies as they were before the 2018 reform: no 应急管理, 卫生健康, 生态环境, 文化和旅游, 农业农村, 自然资源', () => {
    const reformed = /应急管理|卫生健康|生态环境|文化和旅游|农业农村|自然资源/;
    const offending = standardCommands.filter(({ data }) => reformed.test(JSON.stringify(data.standard)));
    expect(offending.map(({ data }) => itemKey(data))).toEqual([]);
    expect(standardCommands.some(({ data }) => data.standard.subject.includes('国土资源主管部门'))).toBe(
      true,
    );
    expect(standardCommands.some(({ data }) => data.standard.subject.includes('卫生和计划生育'))).toBe(true);
  });

  it('no item published in 2017 rests on a document of 2018 or later', () => {
    const later = /〔20(1[89]|[2-9]\d)〕|20(1[89]|[2-9]\d)[-—]20\d\d年/;
    const offending = commands.flatMap((command) => {
      if (command.type !== 'PublishCatalogueItem' || command.data.publishedOn >= '2018-01-01') return [];
      const versions = (standardsByItem.get(itemKey(command.data)) ?? []).filter(
        (version) => version.on <= command.data.publishedOn,
      );
      const basis = versions.at(-1)?.standard.legalBasis ?? [];
      return basis
        .filter((entry) => later.test(`${entry.title} ${entry.docNo ?? ''}`))
        .map((entry) => `${itemKey(command.data)}: ${entry.docNo ?? entry.title}`);
    });
    expect(offending).toEqual([]);
    expect(
      commands.some(
        (command) => command.type === 'PublishCatalogueItem' && command.data.publishedOn < '2018-01-01',
      ),
    ).toBe(true);
  });

  it('answers requests within 15 working days, extendable by at most 15 (the 2007 regulation), never 20 + 20', () => {
    const onRequest = standardCommands.flatMap(({ data }) =>
      data.standard.timeLimit.rules.filter((rule) => rule.type === 'working-days-after-request'),
    );
    expect(onRequest.length).toBeGreaterThan(0);
    for (const rule of onRequest)
      expect(rule).toEqual({ type: 'working-days-after-request', days: 15, extensionDays: 15 });
    for (const { data } of standardCommands) {
      // A first draft may still miss its time limit (blank): only a stated one is checked.
      if (!data.standard.mode.includes('on-request') || data.standard.timeLimit.text === '') continue;
      expect(data.standard.timeLimit.text).toContain('15个工作日');
      expect(data.standard.timeLimit.text).not.toContain('20个工作日');
    }
  });

  it('gives 征地 notices their basis in the land law of the time: 土地管理法 as amended in 2004, its 实施条例 (国务院令第256号)', () => {
    const land = standardCommands.filter(
      ({ data }) => areaOf(data.itemId) === 'land-acquisition-compensation',
    );
    expect(land.length).toBeGreaterThan(0);
    for (const { data } of land) {
      expect(JSON.stringify(data.standard)).not.toContain('2019');
      for (const basis of data.standard.legalBasis) {
        if (basis.title.includes('土地管理法实施条例')) expect(basis.docNo).toBe('国务院令第256号');
        else if (basis.title.includes('土地管理法')) expect(basis.title).toContain('2004年修正');
      }
    }
    const notice = land.find(({ data }) => data.standard.name.level2Name === '征收土地公告');
    expect(notice?.data.standard.legalBasis.map((basis) => basis.article)).toContain('第四十六条');
  });

  it("names each county's own bodies, never another county's (铁力市's bodies were copied to every 涉农补贴 item)", () => {
    const names = seedUnits().map((unit) => ({ code: unit.code, name: unit.name }));
    const offending = standardCommands.flatMap(({ data }) =>
      names
        .filter((other) => other.code !== data.tenant && data.standard.subject.includes(other.name))
        .map((other) => `${itemKey(data)} names ${other.name}`),
    );
    expect(offending).toEqual([]);
    const subsidy = standardCommands.filter(({ data }) => areaOf(data.itemId) === 'agricultural-subsidies');
    for (const unit of seedUnits().filter((candidate) =>
      candidate.areas.includes('agricultural-subsidies'),
    )) {
      expect(
        subsidy.some(
          ({ data }) => data.tenant === unit.code && data.standard.subject.includes(`${unit.name}农业局`),
        ),
      ).toBe(true);
    }
  });

  it('interprets policy documents, not notices or lists on display', () => {
    const titles = new Map<string, string>();
    for (const command of commands) {
      if (command.type === 'PublishDisclosure')
        titles.set(`${itemKey(command.data)}/${command.data.disclosureId}`, command.data.title);
    }
    const interpreted = commands.flatMap((command) =>
      command.type === 'PublishInterpretation'
        ? [titles.get(`${itemKey(command.data)}/${command.data.disclosureId}`) ?? '(none)']
        : [],
    );
    expect(interpreted.length).toBeGreaterThan(0);
    for (const title of interpreted) {
      expect(title).not.toMatch(/公告|公示|（\d{4}年第\d+期）/);
      expect(title).toMatch(/工作实施方案|管理办法|工作的实施意见/);
    }
  });

  it('invents no domain: every address is under the reserved .example domain or a real platform (WeChat)', () => {
    const urls = commands.flatMap((command) =>
      'url' in command.data && typeof command.data.url === 'string' ? [command.data.url] : [],
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const host = new URL(url).hostname;
      expect(host === 'mp.weixin.qq.com' || host.endsWith('.example'), url).toBe(true);
    }
  });
});

describe('the seed applications (依申请公开) keep the regulation in force on the day they were received', () => {
  it('an extension never goes beyond that regulation: 15 working days until 2019-05-14, 20 from 2019-05-15', () => {
    const receivedOn = new Map<string, string>();
    let extensions = 0;
    for (const { command } of seedApplicationCommands()) {
      if (!('applicationId' in command.data)) continue;
      const key = `${command.data.tenant}/${command.data.applicationId}`;
      if (command.type === 'ReceiveApplication') {
        const { submittedOn, signedForOn, confirmedOn, systemReceivedOn } = command.data;
        receivedOn.set(key, (submittedOn ?? signedForOn ?? confirmedOn ?? systemReceivedOn)!);
      }
      if (command.type !== 'ExtendDeadline') continue;
      extensions++;
      const regulation = regulationFor(receivedOn.get(key)!);
      expect(command.data.workingDays).toBeLessThanOrEqual(regulation.maxExtensionWorkingDays);
    }
    expect(extensions).toBeGreaterThan(0);
  });
});
