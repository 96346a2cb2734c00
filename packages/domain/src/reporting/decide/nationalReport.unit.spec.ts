import { describe, it } from 'vitest';
import {
  command,
  countyAdmin,
  DAOLI,
  given,
  HARBIN,
  nationalViewer,
  prefectureAdmin,
  PROVINCE,
} from '../../testing';
import type { NationalReportEvent } from '../events';

const REPORT_ID = 'overall-2018';
const HASH_1 = 'a'.repeat(64);
const HASH_2 = 'b'.repeat(64);

const compile = (position = 1200, contentHash = HASH_1, compiledOn = '2018-08-25') =>
  command('CompileNationalReport', {
    tenant: PROVINCE,
    reportId: REPORT_ID,
    title: '黑龙江省基层政务公开标准化规范化国家级试点工作总体报告',
    position,
    contentHash,
    compiledOn,
  });

const submit = (contentHash = HASH_1, submittedOn = '2018-08-30') =>
  command('SubmitNationalReport', { tenant: PROVINCE, reportId: REPORT_ID, contentHash, submittedOn });

const compiled = (
  version = 1,
  position = 1200,
  contentHash = HASH_1,
  compiledOn = '2018-08-25',
): NationalReportEvent => ({
  type: 'NationalReportCompiled',
  data: {
    reportId: REPORT_ID,
    title: '黑龙江省基层政务公开标准化规范化国家级试点工作总体报告',
    position,
    contentHash,
    compiledOn,
    version,
  },
});

const submitted: NationalReportEvent = {
  type: 'NationalReportSubmitted',
  data: {
    reportId: REPORT_ID,
    version: 1,
    position: 1200,
    contentHash: HASH_1,
    submittedTo: '000000',
    submittedOn: '2018-08-30',
  },
};

describe('CompileNationalReport', () => {
  it('the province compiles its overall report pinned to an event-store position and a content hash', () => {
    given().when(compile()).then([compiled()]);
  });

  it('compiling again from a later position numbers a new version', () => {
    given([compiled()])
      .when(compile(1500, HASH_2, '2018-08-28'))
      .then([compiled(2, 1500, HASH_2, '2018-08-28')]);
  });

  it('compiling the same content at the same position records nothing', () => {
    given([compiled()]).when(compile()).then([]);
  });

  it('a new version cannot be pinned to an earlier position', () => {
    given([compiled()])
      .when(compile(1100, HASH_2))
      .thenThrows('REPORT_POSITION_REGRESSED', { previous: 1200, position: 1100 });
  });

  it('a new version cannot be dated before the previous one', () => {
    given([compiled()])
      .when(compile(1500, HASH_2, '2018-08-20'))
      .thenThrows('DATES_OUT_OF_ORDER');
  });

  it('a submitted report is not compiled again', () => {
    given([compiled(), submitted])
      .when(compile(1500, HASH_2, '2018-08-31'))
      .thenThrows('REPORT_ALREADY_SUBMITTED');
  });

  it('a content hash must be a SHA-256', () => {
    given().when(compile(1200, 'not-a-hash')).thenThrows('INVALID_COMMAND');
  });

  it('a prefecture cannot compile the national report', () => {
    given()
      .when(compile())
      .by(prefectureAdmin(HARBIN))
      .thenThrows('ROLE_FORBIDDEN', { allowed: ['province'] });
  });

  it('the national viewer reads reports but does not compile them', () => {
    given().when(compile()).by(nationalViewer()).thenThrows('ROLE_FORBIDDEN');
  });
});

describe('SubmitNationalReport', () => {
  it('the province submits the last compiled version to the State Council General Office', () => {
    given([compiled()]).when(submit()).then([submitted]);
  });

  it('a report that was not compiled cannot be submitted', () => {
    given().when(submit()).thenThrows('REPORT_NOT_COMPILED');
  });

  it('a report is submitted once', () => {
    given([compiled(), submitted]).when(submit(HASH_1, '2018-08-31')).thenThrows('REPORT_ALREADY_SUBMITTED');
  });

  it('only the last compiled version can be submitted', () => {
    given([compiled(), compiled(2, 1500, HASH_2, '2018-08-28')])
      .when(submit(HASH_1))
      .thenThrows('REPORT_HASH_MISMATCH', { expected: HASH_2, version: 2 });
  });

  it('a report cannot be submitted before it was compiled', () => {
    given([compiled()]).when(submit(HASH_1, '2018-08-24')).thenThrows('DATES_OUT_OF_ORDER');
  });

  it('a county cannot submit the national report', () => {
    given([compiled()]).when(submit()).by(countyAdmin(DAOLI)).thenThrows('ROLE_FORBIDDEN');
  });
});
