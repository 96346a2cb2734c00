import type { TenantUnit } from '@gongkai/domain';
import { accepted } from '../../support/commands';
import type { TestPlatform } from '../../support/platform';
import { completeStandardInput } from '../../support/standards';
import { admin } from '../../support/tokens';
import { UNITS, directory } from '../../support/units';

/** A pilot county of the matrix's fixture, with one published and disclosed item. */
export interface FixtureCounty {
  readonly unit: TenantUnit;
  readonly itemId: string;
  readonly disclosureId: string;
  /** An application (依申请公开) its office received, with an applicant's name among the secrets. */
  readonly applicationId: string;
  /** Strings only this county's data contains: a refusal must never echo them. */
  readonly secrets: readonly string[];
}

const county = (unit: TenantUnit, slug: string): FixtureCounty => ({
  unit,
  itemId: `${slug}-enrolment-scope`,
  disclosureId: `${slug}-disclosure-2018-01`,
  applicationId: `${slug}-application-1`,
  secrets: [
    `${unit.name}申请人甲`,
    `${slug}-enrolment-scope`,
    `${slug}-disclosure-2018-01`,
    `${unit.name}义务教育招生范围公告`,
    `${unit.name}招生片区`,
    `${unit.name}试点实施方案`,
  ],
});

/** Another county, a county in a sibling prefecture, and a province-administered county. */
export const FIXTURE = {
  mishan: county(UNITS.mishan, 'mishan'),
  daoli: county(UNITS.daoli, 'daoli'),
  suifenhe: county(UNITS.suifenhe, 'suifenhe'),
} as const;

export const FIXTURE_COUNTIES: readonly FixtureCounty[] = Object.values(FIXTURE);

export const fixtureCountyOf = (code: string): FixtureCounty | undefined =>
  FIXTURE_COUNTIES.find((candidate) => candidate.unit.code === code);

/** What the data of a unit and of every unit below it contains: names, codes, item and disclosure ids. */
export const secretsOfSubtree = (code: string): string[] =>
  directory
    .all()
    .filter((unit) => directory.isSelfOrDescendant(unit.code, code))
    .flatMap((unit) => [unit.name, unit.nameEn, unit.code, ...(fixtureCountyOf(unit.code)?.secrets ?? [])]);

const provinceAdmin = admin(UNITS.province.code, 'province');

/** Registers each fixture county and gives it a published, disclosed item. */
export const populate = async (platform: TestPlatform): Promise<number> => {
  let position = 0;
  for (const { unit, itemId, disclosureId, applicationId } of FIXTURE_COUNTIES) {
    const countyAdmin = admin(unit.code, 'county');
    const tenant = unit.code;
    const name = { level1Name: '招生管理', level2Name: `${unit.name}招生片区` };
    // An area of the county's own pilot level (the domain refuses the other level's).
    const areaCode = unit.pilotLevel === 'national' ? 'compulsory-education' : 'social-insurance';
    await accepted(platform, provinceAdmin, 'registerPilotUnit', {
      tenant,
      pilotLevel: unit.pilotLevel === 'national' ? 'NATIONAL' : 'PROVINCIAL',
      registeredOn: '2017-08-09',
    });
    await accepted(platform, provinceAdmin, 'assignPilotAreas', {
      tenant,
      areas: [areaCode],
      assignedOn: '2017-08-09',
    });
    await accepted(platform, countyAdmin, 'fileImplementationPlan', {
      tenant,
      title: `${unit.name}试点实施方案`,
      filedOn: '2017-09-15',
    });
    const item = { tenant, itemId };
    await accepted(platform, countyAdmin, 'draftCatalogueItem', {
      ...item,
      areaCode,
      name,
      source: 'PUBLIC_SERVICE_LIST',
      draftedOn: '2018-02-01',
    });
    await accepted(platform, countyAdmin, 'defineStandard', {
      ...item,
      standard: completeStandardInput(name),
      definedOn: '2018-02-02',
    });
    await accepted(platform, countyAdmin, 'publishCatalogueItem', { ...item, publishedOn: '2018-02-05' });
    const disclosed = await accepted(platform, countyAdmin, 'recordDisclosure', {
      ...item,
      disclosureId,
      title: `${unit.name}义务教育招生范围公告`,
      channel: 'GOVERNMENT_WEBSITE',
      url: 'https://www.example.gov.cn/zwgk/2018/zsfw.html',
      formedOn: '2018-03-01',
      publishedOn: '2018-03-05',
    });
    const received = await accepted(platform, countyAdmin, 'receiveApplication', {
      tenant,
      applicationId,
      channel: 'IN_PERSON',
      applicantKind: 'NATURAL_PERSON',
      submittedOn: '2018-03-10',
      trackingCode: `MATRIX${unit.code}`,
      personal: {
        applicantName: `${unit.name}申请人甲`,
        contact: '13800000000',
        requestDescription: '招生范围划定依据',
      },
    });
    position = Math.max(disclosed.position, received.position);
  }
  return position;
};
