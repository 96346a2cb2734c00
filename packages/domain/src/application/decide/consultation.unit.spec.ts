import { describe, it } from 'vitest';
import { applicationCommand, consulted, given, received, replied } from '../testing';

const consult = (sentOn: string, consultationId = 'C1') =>
  applicationCommand('ConsultThirdParty', { consultationId, sentOn, personal: { thirdParty: '某公司' } });
const decide = (decidedOn: string) =>
  applicationCommand('DecideApplication', { decidedOn, result: 'disclosed' });

describe('third-party consultation', () => {
  it('under the 2019 regulation the third party has 15 working days', () => {
    given([received('2020-09-21')])
      .when(consult('2020-09-25'))
      .then([consulted('2020-09-25', '2020-10-22')]);
  });

  it('under the 2007 regulation no limit is set: the office waits for the reply', () => {
    given([received('2018-03-05')])
      .when(consult('2018-03-06'))
      .then([consulted('2018-03-06', null)]);
  });

  it('a decision before a pending consultation ends is refused', () => {
    given([received('2020-09-21'), consulted('2020-09-25', '2020-10-22')])
      .when(decide('2020-10-20'))
      .thenThrows('CONSULTATION_PENDING', { consultationId: 'C1', endsOn: '2020-10-22' });
  });

  it('once the third party’s time has run out unanswered, the office decides', () => {
    given([received('2020-09-21'), consulted('2020-09-25', '2020-10-22')])
      .when(decide('2020-10-23'))
      .decide();
  });

  it('after the reply, the office decides', () => {
    given([received('2020-09-21'), consulted('2020-09-25', '2020-10-22'), replied('2020-10-13')])
      .when(decide('2020-10-14'))
      .decide();
  });

  it('under the 2007 regulation a decision waits for the reply however long it takes', () => {
    given([received('2018-03-05'), consulted('2018-03-06', null)])
      .when(decide('2018-06-01'))
      .thenThrows('CONSULTATION_PENDING', { endsOn: null });
  });

  it('a second consultation does not open while one is pending', () => {
    given([received('2020-09-21'), consulted('2020-09-25', '2020-10-22')])
      .when(consult('2020-09-28', 'C2'))
      .thenThrows('CONSULTATION_PENDING');
  });

  it('a reply to an unknown consultation is refused', () => {
    given([received('2020-09-21')])
      .when(
        applicationCommand('RecordThirdPartyReply', {
          consultationId: 'C9',
          repliedOn: '2020-09-28',
          position: 'objects',
        }),
      )
      .thenThrows('CONSULTATION_UNKNOWN');
  });

  it('a reply is recorded once', () => {
    given([received('2020-09-21'), consulted('2020-09-25', '2020-10-22'), replied('2020-10-13')])
      .when(
        applicationCommand('RecordThirdPartyReply', {
          consultationId: 'C1',
          repliedOn: '2020-10-14',
          position: 'objects',
        }),
      )
      .thenThrows('CONSULTATION_ALREADY_RECORDED', { what: 'reply' });
  });
});
