import { describe, expect, it } from 'vitest';
import { testCalendar } from '../../testing';
import { disclosureTimeliness, timelinessWithin } from './timeliness';

const twentyWorkingDays = {
  text: '信息形成或者变更之日起20个工作日内',
  rules: [{ type: 'working-days-after-formation' as const, days: 20 }],
};

describe('disclosureTimeliness', () => {
  it('counts 20 working days over the 2017 National Day and Mid-Autumn holiday (10-01..08), with 09-30 a make-up working day', () => {
    expect(disclosureTimeliness(twentyWorkingDays, '2017-09-28', '2017-11-01', testCalendar)).toEqual({
      rule: 'working-days-after-formation',
      allowedWorkingDays: 20,
      deadline: '2017-11-01',
      workingDaysTaken: 20,
      onTime: true,
    });
  });

  it('the day after the deadline is late', () => {
    expect(disclosureTimeliness(twentyWorkingDays, '2017-09-28', '2017-11-02', testCalendar)).toMatchObject({
      workingDaysTaken: 21,
      onTime: false,
    });
  });

  it('a publication on a rest day after the deadline is late, though it adds no working day', () => {
    const result = timelinessWithin(
      'working-days-after-publication',
      1,
      '2017-09-29',
      '2017-10-01',
      testCalendar,
    );
    expect(result).toEqual({
      rule: 'working-days-after-publication',
      allowedWorkingDays: 1,
      deadline: '2017-09-30',
      workingDaysTaken: 1,
      onTime: false,
    });
  });

  it('publishing on the day the information is formed takes no working day', () => {
    expect(disclosureTimeliness(twentyWorkingDays, '2017-10-09', '2017-10-09', testCalendar)).toMatchObject({
      workingDaysTaken: 0,
      onTime: true,
    });
  });

  it('has nothing to say about open-ended time limits', () => {
    expect(
      disclosureTimeliness(
        { text: '及时公开', rules: [{ type: 'timely' }] },
        '2017-09-28',
        '2018-01-01',
        testCalendar,
      ),
    ).toBeNull();
  });
});
