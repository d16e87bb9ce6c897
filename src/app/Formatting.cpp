#include "app/Formatting.h"

#include <QDate>

#include <cstdint>

namespace sd::app {

namespace {

// The absolute value with grouping and two decimals, in unsigned arithmetic so INT64_MIN does not overflow.
QString magnitudeText(std::int64_t cents, const QLocale& locale)
{
    const std::uint64_t magnitude = cents < 0 ? std::uint64_t(0) - std::uint64_t(cents) : std::uint64_t(cents);
    QString text = locale.toString(qulonglong(magnitude / 100));
    text += locale.decimalPoint();
    text += QString::number(unsigned(magnitude % 100)).rightJustified(2, QLatin1Char('0'));
    return text;
}

} // namespace

QString Formatting::amount(Money amount, const QLocale& locale)
{
    const QString text = magnitudeText(amount.cents(), locale);
    return amount.isNegative() ? locale.negativeSign() + text : text;
}

QString Formatting::currencySymbol(const QString& currency)
{
    if (currency == QLatin1String("CNY") || currency == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("HKD"))
        return QStringLiteral("HK$");
    return currency + QLatin1Char(' ');
}

QString Formatting::money(Money value, const QString& currency, const QLocale& locale)
{
    const QString symbol = currencySymbol(currency);
    const QString text = symbol + magnitudeText(value.cents(), locale);
    return value.isNegative() ? locale.negativeSign() + text : text;
}

QString Formatting::date(Date value, const QLocale& locale)
{
    int y = 0, m = 0, d = 0;
    value.ymd(y, m, d);
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(QDate(y, m, d), format);
}

QString Formatting::date(const std::optional<Date>& value, const QLocale& locale)
{
    return value ? date(*value, locale) : QString();
}

} // namespace sd::app
