#include "app/FunnelFormat.h"

#include <QCoreApplication>

namespace sd::app {

namespace {

QString localized(const std::string& fixed, const QLocale& locale)
{
    QString s = QString::fromStdString(fixed);
    s.replace(QLatin1Char('.'), locale.decimalPoint());
    return s;
}

QString tx(const char* text)
{
    return QCoreApplication::translate("FunnelFormat", text);
}

} // namespace

QString FunnelFormat::notApplicable()
{
    return tx(QT_TRANSLATE_NOOP("FunnelFormat", "n/a"));
}

QString FunnelFormat::percent(const std::optional<Rational>& ratio, const QLocale& locale)
{
    if (!ratio)
        return notApplicable();
    return localized((*ratio * Rational(100)).toFixed(2), locale) + QLatin1Char('%');
}

QString FunnelFormat::decimal(const std::optional<Rational>& value, int places, const QLocale& locale)
{
    if (!value)
        return notApplicable();
    return localized(value->toFixed(places), locale);
}

QString FunnelFormat::buyingStep(int position)
{
    // The seeds' customer buying steps (认知需求 → 信息收集 → 方案评估 → 购买决策 → 购后评价), paired in order
    // with the five default seller stages.
    switch (position) {
    case 1:
        //: 认知需求
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Need recognition"));
    case 2:
        //: 信息收集
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Information search"));
    case 3:
        //: 方案评估
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Evaluation of alternatives"));
    case 4:
        //: 购买决策
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Purchase decision"));
    case 5:
        //: 购后评价
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Post-purchase evaluation"));
    default:
        return {};
    }
}

QString FunnelFormat::sellerAction(int position)
{
    // The seeds' seller steps matching the customer's (理解客户的需求，建立信任，提供解决方案，达成交易，售后服务).
    switch (position) {
    case 1:
        //: 理解客户的需求
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Seller: understand the customer's needs"));
    case 2:
        //: 建立信任
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Seller: build trust"));
    case 3:
        //: 提供解决方案
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Seller: offer the solution"));
    case 4:
        //: 达成交易
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Seller: close the deal"));
    case 5:
        //: 售后服务
        return tx(QT_TRANSLATE_NOOP("FunnelFormat", "Seller: after-sales service"));
    default:
        return {};
    }
}

} // namespace sd::app
