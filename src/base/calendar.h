// Calendar facts for dates typed or found as YYYY-MM-DD.
#ifndef NEWSARCHIVE_BASE_CALENDAR_H_
#define NEWSARCHIVE_BASE_CALENDAR_H_

namespace newsarchive {

bool IsLeapYear(int year);

// True when year >= 1 and the month has that day (2019-02-29 and 2021-04-31 do not exist).
bool IsCalendarDate(int year, int month, int day);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_BASE_CALENDAR_H_
