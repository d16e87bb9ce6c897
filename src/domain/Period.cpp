#include "domain/Period.h"

#include "domain/Error.h"

#include <cstdio>

namespace sd {

namespace {

bool parseDigits(std::string_view t, int& out)
{
    if (t.empty() || t.size() > 4)
        return false;
    out = 0;
    for (char c : t) {
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

} // namespace

int isoWeeksInYear(int isoYear)
{
    // A year has 53 weeks when Dec 28 falls in week 53.
    int y, w;
    Date::fromYmd(isoYear, 12, 28).isoWeek(y, w);
    return w;
}

Date isoWeekMonday(int isoYear, int week)
{
    Date jan4 = Date::fromYmd(isoYear, 1, 4);
    Date week1Monday = jan4.addDays(1 - jan4.isoWeekday());
    return week1Monday.addDays((week - 1) * 7);
}

std::optional<Period> Period::parse(std::string_view t)
{
    int y = 0;
    if (t.size() == 4) {
        if (!parseDigits(t, y) || y < 1 || y > 9998)
            return std::nullopt;
        return year(y);
    }
    if (t.size() == 6 && t[4] == 'Q') {
        int q;
        if (!parseDigits(t.substr(0, 4), y) || !parseDigits(t.substr(5, 1), q) || y < 2 || y > 9998 || q < 1 || q > 4)
            return std::nullopt;
        return quarter(y, q);
    }
    if (t.size() == 7 && t[4] == '-' && t[5] != 'W') {
        int m;
        if (!parseDigits(t.substr(0, 4), y) || !parseDigits(t.substr(5, 2), m) || y < 1 || m < 1 || m > 12)
            return std::nullopt;
        return month(y, m);
    }
    if (t.size() == 8 && t[4] == '-' && t[5] == 'W') {
        int w;
        if (!parseDigits(t.substr(0, 4), y) || !parseDigits(t.substr(6, 2), w) || y < 2 || y > 9998 || w < 1
            || w > isoWeeksInYear(y))
            return std::nullopt;
        return week(y, w);
    }
    return std::nullopt;
}

Period Period::parseOrThrow(std::string_view label)
{
    auto p = parse(label);
    if (!p)
        throw DomainError("unknown period label '" + std::string(label)
                          + "' (expected 2026, 2026Q1, 2026-03 or 2026-W47)");
    return *p;
}

Period Period::quarterOf(Date d, const FiscalCalendar& cal)
{
    int fy = cal.fiscalYearOf(d);
    int offset = (d.month() - cal.startMonth + 12) % 12; // months since fiscal year start
    return quarter(fy, offset / 3 + 1);
}

Period Period::weekOf(Date d)
{
    int y, w;
    d.isoWeek(y, w);
    return week(y, w);
}

std::string Period::label() const
{
    char buf[16];
    switch (m_kind) {
    case PeriodKind::Month:
        std::snprintf(buf, sizeof buf, "%04d-%02d", m_year, m_index);
        break;
    case PeriodKind::Quarter:
        std::snprintf(buf, sizeof buf, "%04dQ%d", m_year, m_index);
        break;
    case PeriodKind::Year:
        std::snprintf(buf, sizeof buf, "%04d", m_year);
        break;
    case PeriodKind::Week:
        std::snprintf(buf, sizeof buf, "%04d-W%02d", m_year, m_index);
        break;
    }
    return buf;
}

Date Period::firstDay(const FiscalCalendar& cal) const
{
    switch (m_kind) {
    case PeriodKind::Month:
        return Date::fromYmd(m_year, m_index, 1);
    case PeriodKind::Quarter:
        return cal.yearStart(m_year).addMonths((m_index - 1) * 3);
    case PeriodKind::Year:
        return cal.yearStart(m_year);
    case PeriodKind::Week:
        return isoWeekMonday(m_year, m_index);
    }
    return {};
}

Date Period::lastDay(const FiscalCalendar& cal) const
{
    switch (m_kind) {
    case PeriodKind::Month:
        return Date::fromYmd(m_year, m_index, Date::daysInMonth(m_year, m_index));
    case PeriodKind::Quarter:
        return firstDay(cal).addMonths(3).addDays(-1);
    case PeriodKind::Year:
        return firstDay(cal).addMonths(12).addDays(-1);
    case PeriodKind::Week:
        return isoWeekMonday(m_year, m_index).addDays(6);
    }
    return {};
}

std::vector<Period> Period::months(const FiscalCalendar& cal) const
{
    std::vector<Period> out;
    int n = 0;
    switch (m_kind) {
    case PeriodKind::Month:
        return {*this};
    case PeriodKind::Quarter:
        n = 3;
        break;
    case PeriodKind::Year:
        n = 12;
        break;
    case PeriodKind::Week:
        return out;
    }
    Date first = firstDay(cal);
    for (int i = 0; i < n; ++i)
        out.push_back(monthOf(first.addMonths(i)));
    return out;
}

Period Period::previousYear() const
{
    if (m_kind == PeriodKind::Week) {
        int w = m_index;
        if (w > isoWeeksInYear(m_year - 1))
            w = isoWeeksInYear(m_year - 1);
        return week(m_year - 1, w);
    }
    return Period(m_kind, m_year - 1, m_index);
}

int Period::fiscalYear(const FiscalCalendar& cal) const
{
    switch (m_kind) {
    case PeriodKind::Month:
        return cal.fiscalYearOf(m_year, m_index);
    case PeriodKind::Quarter:
    case PeriodKind::Year:
        return m_year;
    case PeriodKind::Week:
        return cal.fiscalYearOf(isoWeekMonday(m_year, m_index).addDays(3));
    }
    return m_year;
}

} // namespace sd
