#pragma once

#include "domain/Date.h"
#include "domain/Money.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace sd::app {

// Locale-aware display of the domain's exact values. Money is formatted from its integer cents (never through
// a double), with the locale's group separator and decimal point and the workspace currency's symbol.
class Formatting
{
public:
    // "¥1,234.50", "-¥0.05"; an unknown currency code is written before the amount ("XYZ 12.00").
    static QString money(Money amount, const QString& currency, const QLocale& locale = QLocale());
    // The amount alone, "1,234.50".
    static QString amount(Money amount, const QLocale& locale = QLocale());
    // The locale's short date with a four-digit year ("11/26/2026", "2026/11/26").
    static QString date(Date date, const QLocale& locale = QLocale());
    static QString date(const std::optional<Date>& date, const QLocale& locale = QLocale());
    static QString currencySymbol(const QString& currency);
};

} // namespace sd::app
