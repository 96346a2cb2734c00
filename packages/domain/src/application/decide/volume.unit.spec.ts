import { describe, it } from 'vitest';
import { applicationCommand, given, received } from '../testing';

const defer = (notifiedOn: string, deferredTo: string) =>
  applicationCommand('DeferForVolume', { notifiedOn, deferredTo });

describe('DeferForVolume (条例（2019）第三十五条)', () => {
  it('a large but reasonable request gets a later answer date', () => {
    given([received('2020-09-21')])
      .when(defer('2020-09-25', '2020-12-31'))
      .then([
        {
          type: 'AnswerDeferredForVolume',
          data: { applicationId: 'A-2020-0001', notifiedOn: '2020-09-25', deferredTo: '2020-12-31' },
        },
      ]);
  });

  it('the later date must be after the statutory deadline', () => {
    given([received('2020-09-21')])
      .when(defer('2020-09-25', '2020-10-23'))
      .thenThrows('VOLUME_DEFERRAL_NOT_LATER', { dueOn: '2020-10-23' });
  });

  it('the 2007 regulation has no such rule', () => {
    given([received('2018-03-05')])
      .when(defer('2018-03-06', '2018-06-30'))
      .thenThrows('VOLUME_DEFERRAL_NOT_APPLICABLE');
  });
});
