#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sd {

// A calendar date without time zone, stored as days since 1970-01-01 (SPEC §1).
class Date
{
public:
    constexpr Date() = default;
    static Date fromYmd(int y, int m, int d); // throws DomainError when invalid
    static constexpr Date fromDays(std::int32_t days) { return Date(days); }
    // Strict "YYYY-MM-DD".
    static std::optional<Date> parse(std::string_view text);
    static Date parseOrThrow(std::string_view text);
    static bool isValidYmd(int y, int m, int d);
    static int daysInMonth(int y, int m);
    static bool isLeapYear(int y);

    constexpr std::int32_t days() const { return m_days; }
    int year() const;
    int month() const;
    int day() const;
    void ymd(int& y, int& m, int& d) const;
    // 1 = Monday … 7 = Sunday (ISO).
    int isoWeekday() const;
    bool isWorkingDay() const { return isoWeekday() <= 5; }
    // ISO-8601 week-numbering year and week of this date.
    void isoWeek(int& isoYear, int& week) const;

    Date addDays(int n) const { return Date(m_days + n); }
    // Same day n months later, clamped to the month's last day.
    Date addMonths(int n) const;
    std::string toString() const;

    friend constexpr bool operator==(Date a, Date b) = default;
    friend constexpr auto operator<=>(Date a, Date b) = default;
    friend constexpr int operator-(Date a, Date b) { return a.m_days - b.m_days; }

private:
    constexpr explicit Date(std::int32_t d)
        : m_days(d)
    {
    }
    std::int32_t m_days = 0;
};

// Working days (Monday–Friday) in [from, to], inclusive; 0 when to < from.
int workingDaysBetween(Date from, Date to);

} // namespace sd
