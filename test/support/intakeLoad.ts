import { domainTesting, heilongjiangSeed } from '@gongkai/domain';
import type { IntakeEnvelope } from '@gongkai/ingest';

const { completeStandard, countyAdmin, provinceAdmin } = domainTesting;

/** Each item takes this many envelopes, one event each: draft, standard, publish, 7 disclosures. */
export const ENVELOPES_PER_ITEM = 10;

/** Open to both pilot levels, so every county can be given it. */
const AREA = 'land-acquisition-compensation';

export interface LoadOptions {
  /** Counties made pilot units, at their level in the directory, each given AREA. */
  tenants: readonly string[];
  pilotLevelOf: (tenant: string) => string;
  /** The province their source may act for (registers the pilots). */
  province: string;
  source: string;
  /** Makes every run's message ids its own. */
  runId: string;
}

const envelope = (
  options: LoadOptions,
  messageId: string,
  tenant: string,
  type: string,
  payload: Record<string, unknown>,
  actor = countyAdmin(tenant),
): IntakeEnvelope => ({
  specVersion: 1,
  messageId: `${options.runId}-${messageId}`,
  tenant,
  source: options.source,
  type,
  payload,
  actor,
  occurredAt: '2018-06-01T09:00:00+08:00',
});

/** Registers every tenant as a national pilot and assigns its areas. */
export const pilotSetUp = (options: LoadOptions): IntakeEnvelope[] =>
  options.tenants.flatMap((tenant) => [
    envelope(
      options,
      `register-${tenant}`,
      tenant,
      'RegisterPilotUnit',
      { pilotLevel: options.pilotLevelOf(tenant), registeredOn: '2017-08-09' },
      provinceAdmin(options.province),
    ),
    envelope(
      options,
      `areas-${tenant}`,
      tenant,
      'AssignPilotAreas',
      { areas: [AREA], assignedOn: '2017-08-09' },
      provinceAdmin(options.province),
    ),
  ]);

const itemEnvelopes = (options: LoadOptions, tenant: string, item: number): IntakeEnvelope[] => {
  const itemId = `load-${options.runId}-${item}`;
  const id = (step: string) => `${tenant}-${item}-${step}`;
  const base = { itemId };
  return [
    envelope(options, id('draft'), tenant, 'DraftCatalogueItem', {
      ...base,
      areaCode: AREA,
      name: { level1Name: '征地信息', level2Name: `征地补偿事项${item}` },
      source: 'public-service-list',
      draftedOn: '2018-02-01',
    }),
    envelope(options, id('standard'), tenant, 'DefineStandard', {
      ...base,
      standard: completeStandard(),
      definedOn: '2018-02-02',
    }),
    envelope(options, id('publish'), tenant, 'PublishCatalogueItem', { ...base, publishedOn: '2018-02-05' }),
    ...Array.from({ length: ENVELOPES_PER_ITEM - 3 }, (_, n) =>
      envelope(options, id(`disclosure-${n}`), tenant, 'PublishDisclosure', {
        ...base,
        disclosureId: `d${n}`,
        title: `征地补偿公告（第${n + 1}批）`,
        channel: 'government-website',
        url: `https://www.example.gov.cn/${tenant}/${item}/${n}`,
        formedOn: '2018-03-01',
        publishedOn: '2018-03-05',
      }),
    ),
  ];
};

/**
 * `items` items spread round-robin over the tenants, interleaved the way live traffic is: every
 * tenant's items advance a step at a time, so one tenant's messages are never all in a row.
 */
export function* itemLoad(options: LoadOptions, items: number): Generator<IntakeEnvelope> {
  const perRound = options.tenants.length;
  for (let first = 0; first < items; first += perRound) {
    const round = Array.from({ length: Math.min(perRound, items - first) }, (_, t) =>
      itemEnvelopes(options, options.tenants[t]!, first + t),
    );
    for (let step = 0; step < ENVELOPES_PER_ITEM; step++) for (const item of round) yield item[step]!;
  }
}

/** The Heilongjiang directory with made-up counties added until `count` counties can pilot. */
export const benchmarkDirectory = (count: number) => {
  const units = [...heilongjiangSeed.units];
  const taken = new Set(units.map((unit) => unit.code));
  const prefectures = units.filter((unit) => unit.tier === 'prefecture');
  const counties = units
    .filter((unit) => unit.tier === 'county' && unit.pilotLevel !== null)
    .map((unit) => unit.code);
  for (let n = 80; counties.length < count && n < 100; n++) {
    for (const prefecture of prefectures) {
      const code = `${prefecture.code.slice(0, 4)}${n}`;
      if (counties.length >= count || taken.has(code)) continue;
      taken.add(code);
      counties.push(code);
      units.push({
        code,
        name: `${prefecture.name}基准县${n}`,
        nameEn: `Benchmark county ${code}`,
        tier: 'county',
        parentCode: prefecture.code,
        geographicPrefectureCode: prefecture.code,
        provinceDirectlyAdministered: false,
        pilotLevel: 'provincial',
      });
    }
  }
  const pilotLevel = new Map(units.map((unit) => [unit.code, unit.pilotLevel ?? 'provincial']));
  return {
    seed: { ...heilongjiangSeed, units },
    counties,
    pilotLevelOf: (code: string) => pilotLevel.get(code)!,
  };
};
