/**
 * A national tenant directory for the national-scale benchmark: the 31 province-level units of
 * the mainland with their real GB/T 2260 codes and names, each with its (approximate, 2017) number
 * of prefecture-level and county-level units, about 333 and 2,850 in all. Heilongjiang keeps its
 * real 13 prefectures and 15 pilot counties from the platform's seed; every other prefecture and
 * county is synthetic: a code in the province's range built as GB/T 2260 builds them, a name that
 * says it is synthetic (合成), and its code listed in the seed's `meta.syntheticCodes`.
 *
 * Every county is a pilot (one in 28 national, the others provincial), with the areas of a
 * national or provincial pilot of the Heilongjiang seed: the pilot the benchmark projects at
 * national scale is the Heilongjiang pilot repeated across the country.
 */
import type { PilotLevel, TenantSeed, TenantUnit } from '@gongkai/domain';
import { heilongjiangSeed } from '@gongkai/domain';

/** Code, name, English name, prefecture-level units, county-level units (approximate, 2017). */
const PROVINCES: readonly (readonly [string, string, string, number, number])[] = [
  ['110000', '北京市', 'Beijing', 0, 16],
  ['120000', '天津市', 'Tianjin', 0, 16],
  ['130000', '河北省', 'Hebei', 11, 168],
  ['140000', '山西省', 'Shanxi', 11, 117],
  ['150000', '内蒙古自治区', 'Inner Mongolia', 12, 103],
  ['210000', '辽宁省', 'Liaoning', 14, 100],
  ['220000', '吉林省', 'Jilin', 9, 60],
  ['230000', '黑龙江省', 'Heilongjiang', 13, 121],
  ['310000', '上海市', 'Shanghai', 0, 16],
  ['320000', '江苏省', 'Jiangsu', 13, 96],
  ['330000', '浙江省', 'Zhejiang', 11, 89],
  ['340000', '安徽省', 'Anhui', 16, 105],
  ['350000', '福建省', 'Fujian', 9, 85],
  ['360000', '江西省', 'Jiangxi', 11, 100],
  ['370000', '山东省', 'Shandong', 17, 137],
  ['410000', '河南省', 'Henan', 17, 158],
  ['420000', '湖北省', 'Hubei', 13, 103],
  ['430000', '湖南省', 'Hunan', 14, 122],
  ['440000', '广东省', 'Guangdong', 21, 122],
  ['450000', '广西壮族自治区', 'Guangxi', 14, 111],
  ['460000', '海南省', 'Hainan', 4, 23],
  ['500000', '重庆市', 'Chongqing', 0, 38],
  ['510000', '四川省', 'Sichuan', 21, 183],
  ['520000', '贵州省', 'Guizhou', 9, 88],
  ['530000', '云南省', 'Yunnan', 16, 129],
  ['540000', '西藏自治区', 'Tibet', 7, 74],
  ['610000', '陕西省', 'Shaanxi', 10, 107],
  ['620000', '甘肃省', 'Gansu', 14, 86],
  ['630000', '青海省', 'Qinghai', 8, 44],
  ['640000', '宁夏回族自治区', 'Ningxia', 5, 22],
  ['650000', '新疆维吾尔自治区', 'Xinjiang', 14, 107],
];

const HEILONGJIANG = '230000';
/** One county in this many is a national pilot (about 100 nationwide, as in the State Council's plan). */
const NATIONAL_PILOT_EVERY = 28;

const areasFor = (level: PilotLevel): string[] => {
  const pilot = heilongjiangSeed.units.find((unit) => unit.pilotLevel === level);
  const assignment = heilongjiangSeed.areaAssignments.find(({ unitCode }) => unitCode === pilot?.code);
  if (!assignment) throw new Error(`the Heilongjiang seed has no ${level} pilot with areas`);
  return [...assignment.areaCodes];
};

const pad2 = (value: number): string => String(value).padStart(2, '0');

interface Builder {
  units: TenantUnit[];
  synthetic: string[];
  taken: Set<string>;
}

/** The next free county code below `prefix` (4 digits), from 01. */
const freeCode = (builder: Builder, prefix: string): string => {
  for (let number = 1; number <= 99; number++) {
    const code = `${prefix}${pad2(number)}`;
    if (!builder.taken.has(code)) return code;
  }
  throw new Error(`no free county code below ${prefix}`);
};

const addCounty = (builder: Builder, parent: string, provinceName: string, provinceNameEn: string): void => {
  const code = freeCode(builder, parent.slice(0, 4));
  builder.taken.add(code);
  builder.synthetic.push(code);
  builder.units.push({
    code,
    name: `${provinceName.slice(0, 2)}合成县${code.slice(2)}`,
    nameEn: `Synthetic county ${code} of ${provinceNameEn}`,
    tier: 'county',
    parentCode: parent,
    geographicPrefectureCode: parent,
    provinceDirectlyAdministered: false,
    pilotLevel: null,
  });
};

const prefectureUnit = (code: string, name: string, nameEn: string, province: string): TenantUnit => ({
  code,
  name,
  nameEn,
  tier: 'prefecture',
  parentCode: province,
  geographicPrefectureCode: null,
  provinceDirectlyAdministered: false,
  pilotLevel: null,
});

/**
 * The province's units: Heilongjiang's real ones first, then synthetic ones up to the counts. A
 * municipality's districts lie in its 市辖区 (GB/T 2260 lists it as PP0100, a prefecture-level code).
 */
const unitsOf = ([code, name, nameEn, prefectures, counties]: (typeof PROVINCES)[number]): Builder => {
  const real = code === HEILONGJIANG ? heilongjiangSeed.units.map((unit) => ({ ...unit })) : [];
  const builder: Builder = {
    units: real.length > 0 ? real : [province(code, name, nameEn)],
    synthetic: [],
    taken: new Set(real.map((unit) => unit.code)),
  };
  const parents = builder.units.filter((unit) => unit.tier === 'prefecture').map((unit) => unit.code);
  if (prefectures === 0) {
    const district = `${code.slice(0, 2)}0100`;
    builder.units.push(prefectureUnit(district, '市辖区', `Districts of ${nameEn}`, code));
    parents.push(district);
  }
  for (let number = parents.length + 1; number <= prefectures; number++) {
    const prefecture = `${code.slice(0, 2)}${pad2(number)}00`;
    builder.synthetic.push(prefecture);
    builder.units.push(
      prefectureUnit(
        prefecture,
        `${name.slice(0, 2)}合成市${pad2(number)}`,
        `Synthetic prefecture ${prefecture} of ${nameEn}`,
        code,
      ),
    );
    parents.push(prefecture);
  }
  let existing = builder.units.filter((unit) => unit.tier === 'county').length;
  for (let index = 0; existing < counties; index++, existing++) {
    addCounty(builder, parents[index % parents.length] ?? code, name, nameEn);
  }
  return builder;
};

function province(code: string, name: string, nameEn: string): TenantUnit {
  return {
    code,
    name,
    nameEn,
    tier: 'province',
    parentCode: null,
    geographicPrefectureCode: null,
    provinceDirectlyAdministered: false,
    pilotLevel: null,
  };
}

/** Every county a pilot: its level and its areas. */
const withPilots = (seed: Omit<TenantSeed, 'areaAssignments'>, counter: { index: number }): TenantSeed => {
  const national = areasFor('national');
  const provincial = areasFor('provincial');
  const units = seed.units.map((unit): TenantUnit => {
    if (unit.tier !== 'county') return unit;
    const level: PilotLevel = counter.index++ % NATIONAL_PILOT_EVERY === 0 ? 'national' : 'provincial';
    return { ...unit, pilotLevel: unit.pilotLevel ?? level };
  });
  return {
    ...seed,
    units,
    areaAssignments: units
      .filter((unit) => unit.tier === 'county')
      .map((unit) => ({
        unitCode: unit.code,
        areaCodes: unit.pilotLevel === 'national' ? national : provincial,
        basis: 'seed-configuration' as const,
      })),
  };
};

/** The 31 province seeds of the national directory (`createTenantDirectory(nationalSeeds())`). */
export const nationalSeeds = (): TenantSeed[] => {
  const counter = { index: 0 };
  return PROVINCES.map((entry) => {
    const { units, synthetic } = unitsOf(entry);
    return withPilots(
      {
        meta: {
          title: `${entry[1]} — national-scale benchmark directory`,
          syntheticCodes: synthetic,
          note: 'Codes in syntheticCodes are made up for the benchmark; the others are GB/T 2260.',
        },
        units,
        areas: [...heilongjiangSeed.areas],
      },
      counter,
    );
  });
};
