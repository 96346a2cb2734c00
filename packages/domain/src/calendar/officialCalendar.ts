import holidayJson from '../../data/cn-holidays.json' with { type: 'json' };

import { parseHolidayCalendarData, type HolidayCalendarData } from './holidayData';
import { createWorkingDayCalendar, type OfficialWorkingDayCalendar } from './workingDayCalendar';

/** Official holidays and make-up working days, 2017–2026, from the State Council General Office notices. */
export const cnHolidayCalendarData: HolidayCalendarData = parseHolidayCalendarData(holidayJson);

/** The working-day calendar timeliness is computed with. */
export const officialWorkingDayCalendar: OfficialWorkingDayCalendar =
  createWorkingDayCalendar(cnHolidayCalendarData);
