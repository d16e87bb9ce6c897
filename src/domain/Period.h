#pragma once

#include "domain/Date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

// The fiscal calendar of a workspace: in which calendar month the fiscal year starts.
// Fiscal year N is the one that *ends* in calendar year N when the start month is not 1 (SPEC §1).
struct FiscalCalendar
{
    int startMonth = 1; // 1–12

    // Fiscal year that holds the calendar month (y, m).
    int fiscalYearOf(int y, int m) const { return (startMonth == 1 || m < startMonth) ? y : y + 1; }
    int fiscalYearOf(Date d) const { return fiscalYearOf(d.year(), d.month()); }
    // First day of fiscal year N.
    Date yearStart(int fiscalYear) const
    {
        return startMonth == 1 ? Date::fromYmd(fiscalYear, 1, 1) : Date::fromYmd(fiscalYear - 1, startMonth, 1);
    }
};

enum class PeriodKind { Month, Quarter, Year, Week };

// A period label: month "2026-03" (calendar month), quarter "2026Q1" and year "2026" (fiscal),
// ISO week "2026-W47". The fiscal calendar is passed in wherever days are needed.
class Period
{
public:
    Period() = default;
    static Period month(int calendarYear, int month) { return Period(PeriodKind::Month, calendarYear, month); }
    static Period quarter(int fiscalYear, int q) { return Period(PeriodKind::Quarter, fiscalYear, q); }
    static Period year(int fiscalYear) { return Period(PeriodKind::Year, fiscalYear, 0); }
    static Period week(int isoYear, int week) { return Period(PeriodKind::Week, isoYear, week); }
    // Strict parse of a label; std::nullopt for anything unknown ("2026-13", "2026Q5", "2025-W53").
    static std::optional<Period> parse(std::string_view label);
    static Period parseOrThrow(std::string_view label);
    // The fiscal month, quarter or year holding a date.
    static Period monthOf(Date d) { return month(d.year(), d.month()); }
    static Period quarterOf(Date d, const FiscalCalendar& cal);
    static Period yearOf(Date d, const FiscalCalendar& cal) { return year(cal.fiscalYearOf(d)); }
    static Period weekOf(Date d);

    PeriodKind kind() const { return m_kind; }
    int yearNumber() const { return m_year; } // calendar year (month), fiscal year (quarter, year), ISO year (week)
    int index() const { return m_index; }     // month 1–12, quarter 1–4, week 1–53, 0 for a year

    std::string label() const;
    Date firstDay(const FiscalCalendar& cal) const;
    Date lastDay(const FiscalCalendar& cal) const;
    bool contains(Date d, const FiscalCalendar& cal) const { return d >= firstDay(cal) && d <= lastDay(cal); }
    int workingDays(const FiscalCalendar& cal) const { return workingDaysBetween(firstDay(cal), lastDay(cal)); }
    // The fiscal months inside a quarter or year, in date order; a month gives itself; a week gives nothing.
    std::vector<Period> months(const FiscalCalendar& cal) const;
    // The same period one fiscal year earlier.
    Period previousYear() const;
    // The fiscal year holding this period (a week: the fiscal year of its Thursday).
    int fiscalYear(const FiscalCalendar& cal) const;

    friend bool operator==(const Period& a, const Period& b) = default;

private:
    Period(PeriodKind k, int y, int i)
        : m_kind(k)
        , m_year(y)
        , m_index(i)
    {
    }
    PeriodKind m_kind = PeriodKind::Year;
    int m_year = 1970;
    int m_index = 0;
};

// Number of ISO weeks (52 or 53) in an ISO week-numbering year.
int isoWeeksInYear(int isoYear);
// The Monday of ISO week w of isoYear.
Date isoWeekMonday(int isoYear, int week);

} // namespace sd
