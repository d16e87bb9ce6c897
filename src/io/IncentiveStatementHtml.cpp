// A statement explained in HTML (io/IncentiveExport.h): the PDF page and the app's statement pane.

#include "io/IncentiveExport.h"

#include "io/PdfReport.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("IncentiveExport", text);
}
QString esc(const std::string& s)
{
    return PdfReport::escape(s);
}

QString grouped(std::int64_t cents)
{
    const std::string s = Money::fromCents(cents).toString();
    const bool negative = s.front() == '-';
    const std::string digits = s.substr(negative ? 1 : 0, s.size() - (negative ? 4 : 3));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return QString::fromStdString((negative ? "-" : "") + out + s.substr(s.size() - 3));
}

// Writes one statement; the helpers below keep each component's explanation short.
class Writer
{
public:
    Writer(const IncentivePayroll& p, size_t index, const StatementFormat& f)
        : m_p(p)
        , m_st(p.statements.at(index))
        , m_plan(index < p.plans.size() && p.plans[index] ? &*p.plans[index] : nullptr)
        , m_org(index < p.orgUnits.size() ? p.orgUnits[index] : std::string())
        , m_f(f)
    {
    }

    QString html()
    {
        m_out += QStringLiteral("<h1>%1</h1>").arg(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Incentive statement")));
        m_out += QStringLiteral("<p><b>%1</b> (%2)%3</p>")
                     .arg(esc(m_st.repName), esc(m_st.repId),
                          m_org.empty() ? QString() : QStringLiteral(" · ") + esc(m_org));
        m_out += QStringLiteral("<p>%1: %2 (%3 – %4) · %5: %6 · %7: %8</p>")
                     .arg(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Period")), esc(m_p.period), esc(m_p.from.toString()),
                          esc(m_p.to.toString()), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Plan")), esc(m_st.planCode),
                          tx(QT_TRANSLATE_NOOP("IncentiveExport", "Currency")), esc(m_p.currency));
        summary();
        int n = 1;
        for (const ComponentResult& c : m_st.components)
            component(n++, c);
        return m_out;
    }

private:
    QString money(std::int64_t cents) const { return m_f.money(cents); }
    QString exactMoney(const Rational& cents) const { return money(Money::fromExactCents(cents).cents()); }
    QString pct(const std::optional<Rational>& r, int places = 2) const
    {
        return r ? m_f.percent(*r, places) : QStringLiteral("—");
    }
    QString figure(const std::optional<std::int64_t>& v, bool isMoney) const
    {
        if (!v)
            return QStringLiteral("—");
        return isMoney ? money(*v) : QString::number(*v);
    }
    QString value(const Rational& v, bool isMoney) const
    {
        if (isMoney)
            return exactMoney(v);
        return QString::fromStdString(v.isInteger() ? v.toString() : v.toFixed(2));
    }
    QString title(const ComponentResult& c) const
    {
        QString t = componentLabel(c.kind);
        if (!c.metric.empty())
            t += QStringLiteral(" (%1)").arg(metricLabel(c.metric));
        return t;
    }
    const PlanComponent* planComponent(const ComponentResult& c) const
    {
        if (!m_plan || c.planIndex < 0 || size_t(c.planIndex) >= m_plan->components.size())
            return nullptr;
        return &m_plan->components[size_t(c.planIndex)];
    }
    void para(const QString& text) { m_out += QStringLiteral("<p>%1</p>").arg(text); }
    void inputs(const QList<QStringList>& rows)
    {
        m_out += PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Input")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Value"))},
            rows, {false, true});
    }

    void summary()
    {
        QList<QStringList> rows;
        for (const ComponentResult& c : m_st.components)
            rows.append({title(c).toHtmlEscaped(),
                         c.isError() ? tx(QT_TRANSLATE_NOOP("IncentiveExport", "error: %1")).arg(esc(c.error))
                                     : money(*c.amountCents)});
        rows.append({QStringLiteral("<b>%1</b>").arg(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Total"))),
                     QStringLiteral("<b>%1</b>").arg(money(m_st.totalCents))});
        m_out += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Summary")));
        m_out += PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Component")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Amount"))},
            rows, {false, true});
        if (m_st.components.empty())
            para(tx(QT_TRANSLATE_NOOP("IncentiveExport", "No incentive plan applies to this rep for the period.")));
        else
            para(tx(QT_TRANSLATE_NOOP(
                "IncentiveExport",
                "The total is the sum of the components that are not errors; a component in error is not paid "
                "until its cause is fixed.")));
    }

    void component(int n, const ComponentResult& c)
    {
        m_out += QStringLiteral("<h2>%1. %2 — %3</h2>")
                     .arg(n)
                     .arg(title(c).toHtmlEscaped(),
                          c.isError() ? tx(QT_TRANSLATE_NOOP("IncentiveExport", "not paid")) : money(*c.amountCents));
        switch (c.kind) {
        case ComponentKind::Commission:
            commission(c);
            break;
        case ComponentKind::Clawback:
            clawback(c);
            break;
        case ComponentKind::Bonus:
            bonus(c);
            break;
        case ComponentKind::GradeBonus:
            gradeBonus(c);
            break;
        case ComponentKind::Contest:
            contest(c);
            break;
        }
        if (c.isError())
            para(QStringLiteral("<b>%1</b>")
                     .arg(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Not paid: %1")).arg(esc(c.error))));
    }

    void commission(const ComponentResult& c)
    {
        QList<QStringList> rows{
            {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Actual A (sum of the lines)")), figure(c.actual, true)},
            {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Target T")), figure(c.target, true)},
            {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Attainment a = A / T")), pct(c.attainment)},
            {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Mode")),
             c.mode == CommissionMode::Marginal ? tx(QT_TRANSLATE_NOOP("IncentiveExport", "marginal (分段累进)"))
                                                : tx(QT_TRANSLATE_NOOP("IncentiveExport", "retroactive (全额累进)"))},
        };
        if (c.attainment && c.tier > 0)
            rows.append({tx(QT_TRANSLATE_NOOP("IncentiveExport", "Tier containing a")),
                         tx(QT_TRANSLATE_NOOP("IncentiveExport", "tier %1, rate %2")).arg(c.tier).arg(pct(c.rate, 4))});
        if (c.threshold)
            rows.append({tx(QT_TRANSLATE_NOOP("IncentiveExport", "Threshold")),
                         pct(c.threshold) + QStringLiteral(" — ")
                             + (c.thresholdMet ? tx(QT_TRANSLATE_NOOP("IncentiveExport", "met"))
                                               : tx(QT_TRANSLATE_NOOP("IncentiveExport", "not met")))});
        if (c.effectiveRate)
            rows.append(
                {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Effective rate e = C₀ / A")), pct(c.effectiveRate, 4)});
        if (c.weightedBaseCents)
            rows.append(
                {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Σ amount × multiplier")), exactMoney(*c.weightedBaseCents)});
        if (c.cap)
            rows.append({tx(QT_TRANSLATE_NOOP("IncentiveExport", "Cap")),
                         money(c.cap->cents()) + QStringLiteral(" — ")
                             + (c.capApplied ? tx(QT_TRANSLATE_NOOP("IncentiveExport", "applied"))
                                             : tx(QT_TRANSLATE_NOOP("IncentiveExport", "not reached")))});
        inputs(rows);
        if (const PlanComponent* pc = planComponent(c)) {
            QString tiers;
            for (const auto& [from, rate] : pc->tiers)
                tiers += (tiers.isEmpty() ? QString() : QStringLiteral(", "))
                    + tx(QT_TRANSLATE_NOOP("IncentiveExport", "from %1: %2")).arg(pct(from, 0), pct(rate, 2));
            para(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Tiers of the plan: %1.")).arg(tiers));
            if (!pc->categoryMultipliers.empty()) {
                QString m;
                for (const auto& [cat, factor] : pc->categoryMultipliers)
                    m += (m.isEmpty() ? QString() : QStringLiteral(", ")) + esc(cat) + QStringLiteral(" × ")
                        + QString::fromStdString(factor.toString());
                para(
                    tx(QT_TRANSLATE_NOOP("IncentiveExport", "Category multipliers: %1; other categories × 1.")).arg(m));
            }
        }
        if (c.isError())
            return explainLines(c);
        if (c.attainment && !c.thresholdMet) {
            para(tx(QT_TRANSLATE_NOOP("IncentiveExport",
                                      "The attainment is below the threshold, so no commission is paid this period.")));
        } else if (!c.actual || *c.actual <= 0) {
            para(tx(QT_TRANSLATE_NOOP("IncentiveExport", "There is no positive actual, so the commission is 0.")));
        } else if (c.effectiveRate) {
            const Rational c0 = *c.effectiveRate * Rational(*c.actual);
            if (c.mode == CommissionMode::Marginal) {
                QList<QStringList> rows2;
                for (const TierSlice& s : c.slices)
                    rows2.append(
                        {pct(s.from, 0), pct(s.rate, 4), exactMoney(s.baseCents), exactMoney(s.commissionCents)});
                m_out += PdfReport::table({tx(QT_TRANSLATE_NOOP("IncentiveExport", "Tier from")),
                                           tx(QT_TRANSLATE_NOOP("IncentiveExport", "Rate")),
                                           tx(QT_TRANSLATE_NOOP("IncentiveExport", "Part of A in the tier")),
                                           tx(QT_TRANSLATE_NOOP("IncentiveExport", "Commission"))},
                                          rows2, {true, true, true, true});
                para(tx(QT_TRANSLATE_NOOP("IncentiveExport",
                                          "Each tier's rate applies to the part of A that falls in it: C₀ = %1."))
                         .arg(exactMoney(c0)));
            } else {
                para(tx(QT_TRANSLATE_NOOP("IncentiveExport",
                                          "The rate of the tier containing a applies to all of A: C₀ = %1 × %2 = %3."))
                         .arg(pct(c.rate, 4), money(*c.actual), exactMoney(c0)));
            }
            QString text = tx(QT_TRANSLATE_NOOP("IncentiveExport", "C = e × Σ amount × multiplier = %1 × %2"))
                               .arg(pct(c.effectiveRate, 4), exactMoney(*c.weightedBaseCents));
            if (c.uncappedCents)
                text += QStringLiteral(" = ") + exactMoney(*c.uncappedCents);
            if (c.capApplied)
                text += QStringLiteral("; ")
                    + tx(QT_TRANSLATE_NOOP("IncentiveExport", "limited to the cap %1")).arg(money(c.cap->cents()));
            text += QStringLiteral("; ")
                + tx(QT_TRANSLATE_NOOP("IncentiveExport", "paid, rounded once to the cent: %1."))
                      .arg(money(*c.amountCents));
            para(text);
        }
        explainLines(c);
    }

    void explainLines(const ComponentResult& c)
    {
        if (c.lines.empty()) {
            para(tx(QT_TRANSLATE_NOOP("IncentiveExport", "No lines in this period.")));
            return;
        }
        QList<QStringList> rows;
        for (const IncentiveLine& l : c.lines) {
            QString id = esc(l.id);
            if (l.hypothetical)
                id += QStringLiteral(" (%1)").arg(tx(QT_TRANSLATE_NOOP("IncentiveExport", "what-if")));
            rows.append({id, esc(l.orderId), esc(l.category), money(l.amountCents),
                         QString::fromStdString(l.multiplier.toString()),
                         exactMoney(Rational(l.amountCents) * l.multiplier), money(l.shareCents)});
        }
        m_out += PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Line")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Order")),
             tx(QT_TRANSLATE_NOOP("IncentiveExport", "Category")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Amount")),
             tx(QT_TRANSLATE_NOOP("IncentiveExport", "Multiplier")),
             tx(QT_TRANSLATE_NOOP("IncentiveExport", "Amount × multiplier")),
             tx(QT_TRANSLATE_NOOP("IncentiveExport", "Share of C"))},
            rows, {false, false, false, true, true, true, true});
        para(tx(QT_TRANSLATE_NOOP(
            "IncentiveExport",
            "The lines share the commission in proportion to amount × multiplier, so the shares add up to it "
            "exactly (to the cent).")));
    }

    void clawback(const ComponentResult& c)
    {
        para(tx(QT_TRANSLATE_NOOP(
            "IncentiveExport",
            "Orders booked in an earlier period and cancelled in this one: each line is minus that order's share "
            "of the commission on the statement of the period it was booked in — the approved statement when "
            "that period's was approved (marked *), else that period as calculated today.")));
        if (c.lines.empty()) {
            para(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Nothing is clawed back this period.")));
            return;
        }
        QList<QStringList> rows;
        for (const IncentiveLine& l : c.lines)
            rows.append({esc(l.id), esc(l.orderId), esc(l.category),
                         esc(l.bookedPeriod) + (l.bookedApproved ? QStringLiteral(" *") : QString()),
                         money(l.amountCents)});
        m_out += PdfReport::table({tx(QT_TRANSLATE_NOOP("IncentiveExport", "Line")),
                                   tx(QT_TRANSLATE_NOOP("IncentiveExport", "Order")),
                                   tx(QT_TRANSLATE_NOOP("IncentiveExport", "Category")),
                                   tx(QT_TRANSLATE_NOOP("IncentiveExport", "Booked in")),
                                   tx(QT_TRANSLATE_NOOP("IncentiveExport", "Clawed back"))},
                                  rows, {false, false, false, false, true});
    }

    void bonus(const ComponentResult& c)
    {
        inputs({{tx(QT_TRANSLATE_NOOP("IncentiveExport", "Actual A")), figure(c.actual, c.moneyMetric)},
                {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Target T")), figure(c.target, c.moneyMetric)},
                {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Attainment a = A / T")), pct(c.attainment)}});
        if (const PlanComponent* pc = planComponent(c)) {
            QList<QStringList> rows;
            for (size_t i = 0; i < pc->steps.size(); ++i)
                rows.append({pct(pc->steps[i].first, 0), money(pc->steps[i].second.cents()),
                             int(i) + 1 == c.step ? tx(QT_TRANSLATE_NOOP("IncentiveExport", "reached")) : QString()});
            m_out += PdfReport::table({tx(QT_TRANSLATE_NOOP("IncentiveExport", "Step from")),
                                       tx(QT_TRANSLATE_NOOP("IncentiveExport", "Pays")), QString()},
                                      rows, {true, true, false});
        }
        if (!c.isError())
            para(c.step > 0
                     ? tx(QT_TRANSLATE_NOOP("IncentiveExport", "The highest step with attainment ≤ a is step %1: %2."))
                           .arg(c.step)
                           .arg(money(*c.amountCents))
                     : tx(QT_TRANSLATE_NOOP("IncentiveExport", "No step is reached, so no bonus is paid.")));
    }

    void gradeBonus(const ComponentResult& c)
    {
        inputs(
            {{tx(QT_TRANSLATE_NOOP("IncentiveExport", "Grade")), c.grade.empty() ? QStringLiteral("—") : esc(c.grade)},
             {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Coefficient")),
              c.coefficient ? QString::fromStdString(c.coefficient->toString()) : QStringLiteral("—")},
             {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Base")), money(c.gradeBase.cents())}});
        if (!c.isError())
            para(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Base × coefficient of the grade = %1 × %2 = %3."))
                     .arg(money(c.gradeBase.cents()), QString::fromStdString(c.coefficient->toString()),
                          money(*c.amountCents)));
        if (c.provisional)
            para(tx(
                QT_TRANSLATE_NOOP("IncentiveExport", "Provisional: the quarter's appraisal is not signed off yet.")));
    }

    void contest(const ComponentResult& c)
    {
        inputs({{tx(QT_TRANSLATE_NOOP("IncentiveExport", "Value")),
                 c.value ? value(*c.value, c.moneyMetric) : QStringLiteral("—")},
                {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Rank")),
                 c.rank ? tx(QT_TRANSLATE_NOOP("IncentiveExport", "%1 of %2")).arg(*c.rank).arg(c.contestants)
                        : tx(QT_TRANSLATE_NOOP("IncentiveExport", "not ranked"))},
                {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Titles")),
                 c.titles.empty() ? QStringLiteral("—") : esc(join(c.titles))}});
        if (const PlanComponent* pc = planComponent(c)) {
            QList<QStringList> rows;
            for (size_t i = 0; i < pc->prizes.size(); ++i) {
                const Prize& prize = pc->prizes[i];
                rows.append({QString::number(i + 1), prize.money ? money(prize.money->cents()) : esc(prize.title)});
            }
            m_out += PdfReport::table(
                {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Rank")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Prize"))},
                rows, {true, false});
        }
        para(tx(QT_TRANSLATE_NOOP(
            "IncentiveExport",
            "Only values above 0 are ranked, highest first; reps tied share the money prizes of the ranks they "
            "cover and each gets every title among them.")));
    }

    static std::string join(const std::vector<std::string>& v)
    {
        std::string out;
        for (const std::string& s : v)
            out += (out.empty() ? "" : ", ") + s;
        return out;
    }

    const IncentivePayroll& m_p;
    const IncentiveStatement& m_st;
    const IncentivePlan* m_plan;
    std::string m_org;
    const StatementFormat& m_f;
    QString m_out;
};

} // namespace

StatementFormat StatementFormat::plain()
{
    StatementFormat f;
    f.money = grouped;
    f.percent = [](const Rational& r, int places) -> QString {
        return QString::fromStdString((r * Rational(100)).toFixed(places)) + QStringLiteral("%");
    };
    return f;
}

QString componentLabel(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Commission:
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "Commission"));
    case ComponentKind::Clawback:
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "Clawback"));
    case ComponentKind::Bonus:
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "Bonus"));
    case ComponentKind::GradeBonus:
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "Grade bonus"));
    case ComponentKind::Contest:
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "Contest"));
    }
    return {};
}

QString metricLabel(const std::string& code)
{
    if (code == "revenue")
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "Revenue"));
    if (code == "gross_profit")
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "Gross profit"));
    if (code == "collections")
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "Collections"));
    if (code == "new_customers")
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "New customers"));
    if (code == "visits")
        return tx(QT_TRANSLATE_NOOP("IncentiveExport", "Visits"));
    return QString::fromStdString(code);
}

QString statementHtml(const IncentivePayroll& payroll, size_t index, const StatementFormat& format)
{
    return Writer(payroll, index, format).html();
}

} // namespace sd::io
