import { describe, expect, test } from 'vitest';

import { cnHolidayCalendarData, officialWorkingDayCalendar as calendar } from './officialCalendar';
import { datesFrom } from './isoDate';
import type { IsoDate } from './types';

// Each test restates one State Council General Office notice: the rest days it grants and the
// weekend days it turns into working days (调休上班).
const working = (dates: IsoDate[]) => Object.fromEntries(dates.map((d) => [d, calendar.isWorkingDay(d)]));
const all = (dates: IsoDate[], value: boolean) => Object.fromEntries(dates.map((d) => [d, value]));
const expectRest = (...dates: IsoDate[]) => expect(working(dates)).toEqual(all(dates, false));
const expectWorking = (...dates: IsoDate[]) => expect(working(dates)).toEqual(all(dates, true));
const noticesOf = (year: number) =>
  cnHolidayCalendarData.years.find((entry) => entry.year === year)?.notices.map((n) => n.documentNumber);

describe('the official holiday notices', () => {
  test('2017 (国办发明电〔2016〕17号): 元旦 is made up on Monday 1-2, 春节 27 Jan–2 Feb, and the 8-day 中秋国庆 break is preceded by a working Saturday 9-30', () => {
    expect(noticesOf(2017)).toEqual(['国办发明电〔2016〕17号']);
    expectRest(
      '2017-01-02',
      ...datesFrom('2017-01-27', '2017-02-02'),
      ...datesFrom('2017-10-01', '2017-10-08'),
    );
    expectWorking('2017-01-22', '2017-02-04', '2017-04-01', '2017-05-27', '2017-09-30', '2017-10-09');
  });

  test('2018 (国办发明电〔2017〕12号): 春节 15–21 Feb with 2-11 and 2-24 worked; 国庆 with both 9-29 and 9-30 worked; 2019 元旦 already takes 12-30 and 12-31 with 12-29 worked', () => {
    expect(noticesOf(2018)).toEqual(['国办发明电〔2017〕12号']);
    expectRest(...datesFrom('2018-02-15', '2018-02-21'), '2018-04-30', '2018-09-24', '2018-12-31');
    expectWorking('2018-02-11', '2018-02-24', '2018-04-08', '2018-04-28', '2018-09-29', '2018-09-30');
    expectWorking('2018-12-29');
  });

  test('2019 (国办发明电〔2018〕15号, amended by 〔2019〕3号): 劳动节 became 1–4 May with Sundays 4-28 and 5-5 worked', () => {
    expect(noticesOf(2019)).toEqual(['国办发明电〔2018〕15号', '国办发明电〔2019〕3号']);
    expectRest('2019-01-01', ...datesFrom('2019-02-04', '2019-02-10'), '2019-05-02', '2019-05-03');
    expectWorking('2019-02-02', '2019-02-03', '2019-04-28', '2019-05-05', '2019-09-29', '2019-10-12');
  });

  test('2020 (国办发明电〔2019〕16号, extended by 〔2020〕1号): 春节 ran to 2 February, so Saturday 2-1 was no longer a make-up day and work resumed on 2-3', () => {
    expect(noticesOf(2020)).toEqual(['国办发明电〔2019〕16号', '国办发明电〔2020〕1号']);
    expectRest(...datesFrom('2020-01-24', '2020-02-02'), '2020-05-04', '2020-05-05', '2020-10-08');
    expectWorking(
      '2020-01-19',
      '2020-02-03',
      '2020-04-26',
      '2020-05-09',
      '2020-06-28',
      '2020-09-27',
      '2020-10-10',
    );
  });

  test('2021 (国办发明电〔2020〕27号): 春节 11–17 Feb with 2-7 and 2-20 worked; 中秋 with Saturday 9-18 worked', () => {
    expect(noticesOf(2021)).toEqual(['国办发明电〔2020〕27号']);
    expectRest(...datesFrom('2021-02-11', '2021-02-17'), '2021-05-04', '2021-09-20', '2021-10-07');
    expectWorking(
      '2021-02-07',
      '2021-02-20',
      '2021-04-25',
      '2021-05-08',
      '2021-09-18',
      '2021-09-26',
      '2021-10-09',
    );
  });

  test('2022 (国办发明电〔2021〕11号): 春节 31 Jan–6 Feb with the weekend 1-29/1-30 worked; 国庆 followed by the weekend 10-8/10-9 worked', () => {
    expect(noticesOf(2022)).toEqual(['国办发明电〔2021〕11号']);
    expectRest(
      '2022-01-03',
      ...datesFrom('2022-01-31', '2022-02-06'),
      '2022-04-04',
      '2022-05-04',
      '2022-09-12',
    );
    expectWorking(
      '2022-01-29',
      '2022-01-30',
      '2022-04-02',
      '2022-04-24',
      '2022-05-07',
      '2022-10-08',
      '2022-10-09',
    );
  });

  test('2023 (国办发明电〔2022〕16号): 元旦 from 2022-12-31 to Monday 1-2; the 8-day 中秋国庆 break from 9-29, with 10-7 and 10-8 worked', () => {
    expect(noticesOf(2023)).toEqual(['国办发明电〔2022〕16号']);
    expectRest(
      '2023-01-02',
      ...datesFrom('2023-01-21', '2023-01-27'),
      '2023-06-23',
      '2023-09-29',
      '2023-10-06',
    );
    expectWorking(
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    );
  });

  test('2024 (国办发明电〔2023〕7号): 春节 10–17 Feb with Sundays 2-4 and 2-18 worked, and 除夕 2-9 officially a working day', () => {
    expect(noticesOf(2024)).toEqual(['国办发明电〔2023〕7号']);
    expectRest(
      ...datesFrom('2024-02-10', '2024-02-17'),
      '2024-04-05',
      '2024-05-03',
      '2024-09-16',
      '2024-10-07',
    );
    expectWorking(
      '2024-02-04',
      '2024-02-09',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
    );
    expectWorking('2024-09-29', '2024-10-12');
  });

  test('2025 (国办发明电〔2024〕12号): the first year of the longer 春节 from 除夕, 28 Jan–4 Feb, with 1-26 and 2-8 worked', () => {
    expect(noticesOf(2025)).toEqual(['国办发明电〔2024〕12号']);
    expectRest(
      '2025-01-01',
      ...datesFrom('2025-01-28', '2025-02-04'),
      '2025-05-05',
      '2025-06-02',
      '2025-10-08',
    );
    expectWorking('2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11');
  });

  test('2026 (国办发明电〔2025〕7号): 元旦 1–3 Jan with Sunday 1-4 worked; the 9-day 春节 15–23 Feb with 2-14 and 2-28 worked', () => {
    expect(noticesOf(2026)).toEqual(['国办发明电〔2025〕7号']);
    expectRest(
      '2026-01-02',
      ...datesFrom('2026-02-15', '2026-02-23'),
      '2026-05-05',
      '2026-06-19',
      '2026-10-07',
    );
    expectWorking('2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10');
  });
});
