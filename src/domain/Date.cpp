#include "domain/Date.h"

#include "domain/Error.h"

#include <cstdio>

namespace sd {

namespace {

// Howard Hinnant's civil-date algorithms.
std::int32_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

void civilFromDays(std::int32_t z, int& y, int& m, int& d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int yy = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = yy + (m <= 2);
}

} // namespace

bool Date::isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int Date::daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && isLeapYear(y))
        return 29;
    return days[m - 1];
}

bool Date::isValidYmd(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

Date Date::fromYmd(int y, int m, int d)
{
    if (!isValidYmd(y, m, d))
        throw DomainError("invalid date " + std::to_string(y) + "-" + std::to_string(m) + "-" + std::to_string(d));
    return Date(daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
}

std::optional<Date> Date::parse(std::string_view t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return std::nullopt;
    auto num = [&](size_t from, size_t len, int& out) {
        out = 0;
        for (size_t i = from; i < from + len; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return false;
            out = out * 10 + (t[i] - '0');
        }
        return true;
    };
    int y, m, d;
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d) || !isValidYmd(y, m, d))
        return std::nullopt;
    return Date(daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
}

Date Date::parseOrThrow(std::string_view text)
{
    auto d = parse(text);
    if (!d)
        throw DomainError("not a date (YYYY-MM-DD): '" + std::string(text) + "'");
    return *d;
}

void Date::ymd(int& y, int& m, int& d) const { civilFromDays(m_days, y, m, d); }

int Date::year() const
{
    int y, m, d;
    ymd(y, m, d);
    return y;
}

int Date::month() const
{
    int y, m, d;
    ymd(y, m, d);
    return m;
}

int Date::day() const
{
    int y, m, d;
    ymd(y, m, d);
    return d;
}

int Date::isoWeekday() const
{
    // 1970-01-01 was a Thursday (4).
    int w = (m_days % 7 + 7) % 7; // 0 = Thursday
    return (w + 3) % 7 + 1;
}

void Date::isoWeek(int& isoYear, int& week) const
{
    // The Thursday of this date's week decides the ISO year.
    Date thursday = addDays(4 - isoWeekday());
    isoYear = thursday.year();
    Date jan1 = fromYmd(isoYear, 1, 1);
    week = (thursday - jan1) / 7 + 1;
}

Date Date::addMonths(int n) const
{
    int y, m, d;
    ymd(y, m, d);
    int total = y * 12 + (m - 1) + n;
    int ny = total / 12;
    int nm = total % 12 + 1;
    int nd = d > daysInMonth(ny, nm) ? daysInMonth(ny, nm) : d;
    return fromYmd(ny, nm, nd);
}

std::string Date::toString() const
{
    int y, m, d;
    ymd(y, m, d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

int workingDaysBetween(Date from, Date to)
{
    if (to < from)
        return 0;
    int total = (to - from) + 1;
    int full = total / 7;
    int count = full * 5;
    Date d = from.addDays(full * 7);
    for (; d <= to; d = d.addDays(1))
        if (d.isWorkingDay())
            ++count;
    return count;
}

} // namespace sd
