import { describe, it } from 'vitest';
import { countyAdmin, prefectureAdmin } from '../../testing/actors';
import { applicant, applicationCommand, given, received } from '../testing';

const receive = (data: Record<string, unknown>) =>
  applicationCommand('ReceiveApplication', {
    channel: 'in-person',
    applicantKind: 'natural-person',
    trackingCode: 'TRACK0001',
    personal: applicant,
    ...data,
  } as never);

describe('ReceiveApplication', () => {
  it('an application handed in is received on the day it is handed in', () => {
    given()
      .when(receive({ submittedOn: '2020-09-21' }))
      .then([received('2020-09-21')]);
  });

  it('a registered letter is received on the day the office signs for it, not the day it was posted', () => {
    given()
      .when(receive({ channel: 'registered-post', submittedOn: '2020-09-15', signedForOn: '2020-09-18' }))
      .then([received('2020-09-18', { channel: 'registered-post', receiptEvidence: 'signedForOn' })]);
  });

  it('a registered letter without its sign-for date is refused, naming the rule', () => {
    given()
      .when(receive({ channel: 'registered-post', submittedOn: '2020-09-15' }))
      .thenThrows('RECEIPT_EVIDENCE_MISSING', { evidence: 'signedForOn', regulation: 'ogi-2019' });
  });

  it('an e-mail before 2019-05-15 is received when the mail system received it (国办公开办函〔2015〕207号)', () => {
    given()
      .when(receive({ channel: 'email', systemReceivedOn: '2018-03-05' }))
      .then([received('2018-03-05', { channel: 'email', receiptEvidence: 'systemReceivedOn' })]);
  });

  it('an e-mail from 2019-05-15 is received when both sides confirm it (条例（2019）第三十一条)', () => {
    given()
      .when(receive({ channel: 'email', systemReceivedOn: '2019-06-03', confirmedOn: '2019-06-04' }))
      .then([received('2019-06-04', { channel: 'email', receiptEvidence: 'confirmedOn' })]);
  });

  it('an internet application without the confirmation date is refused', () => {
    given()
      .when(receive({ channel: 'internet', submittedOn: '2020-01-02' }))
      .thenThrows('RECEIPT_EVIDENCE_MISSING', { evidence: 'confirmedOn' });
  });

  it('an application is not received twice', () => {
    given([received('2020-09-21')])
      .when(receive({ submittedOn: '2020-09-22' }))
      .thenThrows('APPLICATION_ALREADY_RECEIVED');
  });

  it('a receipt cannot be dated after the command that records it', () => {
    given()
      .when(receive({ submittedOn: '2020-09-21' }))
      .at('2020-09-20T10:00:00+08:00')
      .thenThrows('DATE_IN_FUTURE');
  });

  it('the prefecture cannot receive an application for its county’s office', () => {
    given()
      .when(receive({ submittedOn: '2020-09-21' }))
      .by(prefectureAdmin('230100'))
      .thenThrows('ROLE_FORBIDDEN', { allowed: ['county'] });
  });

  it('another county cannot receive it', () => {
    given()
      .when(receive({ submittedOn: '2020-09-21' }))
      .by(countyAdmin('230382'))
      .thenThrows('TENANT_FORBIDDEN');
  });

  it('an applicant kind outside the annual report’s columns is refused', () => {
    given()
      .when(receive({ submittedOn: '2020-09-21', applicantKind: 'government' }))
      .thenThrows('INVALID_COMMAND');
  });
});
