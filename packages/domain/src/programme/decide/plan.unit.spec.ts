import { describe, it } from 'vitest';
import type { DomainEvent } from '../../events';
import {
  command,
  countyAdmin,
  DAOLI,
  given,
  HARBIN,
  JIXI,
  prefectureAdmin,
  PROVINCE,
  provinceAdmin,
} from '../../testing';

const file = (tenant: string, filedOn: string, documentNumber?: string) =>
  command('FileProgrammePlan', {
    tenant,
    title: '开展基层政务公开标准化规范化试点工作实施方案',
    filedOn,
    ...(documentNumber ? { documentNumber } : {}),
  });

const filed = (organ: string, filedWith: string, filedOn: string, version = 1): DomainEvent => ({
  type: 'ProgrammePlanFiled',
  data: {
    organ,
    version,
    title: '开展基层政务公开标准化规范化试点工作实施方案',
    documentNumber: null,
    filedWith,
    filedOn,
  },
});

describe('FileProgrammePlan', () => {
  it('the province files its own plan with the State Council General Office (M-02)', () => {
    given()
      .when(file(PROVINCE, '2017-08-25', '黑政办发〔2017〕50号'))
      .then([
        {
          type: 'ProgrammePlanFiled',
          data: {
            organ: PROVINCE,
            version: 1,
            title: '开展基层政务公开标准化规范化试点工作实施方案',
            documentNumber: '黑政办发〔2017〕50号',
            filedWith: '000000',
            filedOn: '2017-08-25',
          },
        },
      ]);
  });

  it('a prefecture files its own plan with the province (M-03)', () => {
    given()
      .when(file(HARBIN, '2017-09-26'))
      .then([filed(HARBIN, PROVINCE, '2017-09-26')]);
  });

  it('filing again numbers a new version, never dated before the last', () => {
    given([filed(HARBIN, PROVINCE, '2017-09-26')])
      .when(file(HARBIN, '2018-03-01'))
      .then([filed(HARBIN, PROVINCE, '2018-03-01', 2)]);
    given([filed(HARBIN, PROVINCE, '2017-09-26')])
      .when(file(HARBIN, '2017-09-01'))
      .thenThrows('DATES_OUT_OF_ORDER');
  });

  it('a county has no programme plan: its plan is its pilot unit’s', () => {
    given()
      .when(file(DAOLI, '2017-09-20'))
      .by(countyAdmin(DAOLI))
      .thenThrows('PROGRAMME_TIER_INVALID', { tier: 'county' });
  });

  it('a plan cannot be filed on a date still ahead', () => {
    given().when(file(HARBIN, '2017-09-26')).at('2017-09-20T10:00:00+08:00').thenThrows('DATE_IN_FUTURE');
  });

  it('only the prefecture itself files its plan, not the province or another prefecture', () => {
    given().when(file(HARBIN, '2017-09-26')).by(prefectureAdmin(JIXI)).thenThrows('TENANT_FORBIDDEN');
    given().when(file(HARBIN, '2017-09-26')).by(provinceAdmin()).thenThrows('ROLE_FORBIDDEN');
  });
});
