#pragma once

#include "domain/Rational.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace sd::app {

// Exact ratios and day counts of the funnel for display (rounded once, half away from zero, with the locale's
// decimal point); "n/a" (translated) when not applicable.
class FunnelFormat
{
public:
    static QString percent(const std::optional<Rational>& ratio, const QLocale& locale = QLocale()); // "62.50%"
    static QString decimal(const std::optional<Rational>& value, int places = 2, const QLocale& locale = QLocale());
    static QString notApplicable();
    // The customer's buying step the seeds pair with the seller's open stage at `position` (1-based; the first
    // five stages), empty beyond; and the seller's action at that step (a tooltip).
    static QString buyingStep(int position);
    static QString sellerAction(int position);
};

} // namespace sd::app
