// A statement explained in HTML (io/IncentiveExport.h): the PDF page and the app's statement pane.

#include "io/IncentiveExport.h"

#include "io/PdfReport.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

QString tr(const char* text)
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
        m_out += QStringLiteral("<h1>%1</h1>").arg(tr("Incentive statement"));
        m_out += QStringLiteral("<p><b>%1</b> (%2)%3</p>")
                     .arg(esc(m_st.repName), esc(m_st.repId),
                          m_org.empty() ? QString() : QStringLiteral(" · ") + esc(m_org));
        m_out += QStringLiteral("<p>%1: %2 (%3 – %4) · %5: %6 · %7: %8</p>")
                     .arg(tr("Period"), esc(m_p.period), esc(m_p.from.toString()), esc(m_p.to.toString()), tr("Plan"),
                          esc(m_st.planCode), tr("Currency"), esc(m_p.currency));
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
        m_out += PdfReport::table({tr("Input"), tr("Value")}, rows, {false, true});
    }

    void summary()
    {
        QList<QStringList> rows;
        for (const ComponentResult& c : m_st.components)
            rows.append(
                {title(c).toHtmlEscaped(), c.isError() ? tr("error: %1").arg(esc(c.error)) : money(*c.amountCents)});
        rows.append(
            {QStringLiteral("<b>%1</b>").arg(tr("Total")), QStringLiteral("<b>%1</b>").arg(money(m_st.totalCents))});
        m_out += QStringLiteral("<h2>%1</h2>").arg(tr("Summary"));
        m_out += PdfReport::table({tr("Component"), tr("Amount")}, rows, {false, true});
        if (m_st.components.empty())
            para(tr("No incentive plan applies to this rep for the period."));
        else
            para(tr("The total is the sum of the components that are not errors; a component in error is not paid "
                    "until its cause is fixed."));
    }

    void component(int n, const ComponentResult& c)
    {
        m_out += QStringLiteral("<h2>%1. %2 — %3</h2>")
                     .arg(n)
                     .arg(title(c).toHtmlEscaped(), c.isError() ? tr("not paid") : money(*c.amountCents));
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
            para(QStringLiteral("<b>%1</b>").arg(tr("Not paid: %1").arg(esc(c.error))));
    }

    void commission(const ComponentResult& c)
    {
        QList<QStringList> rows{
            {tr("Actual A (sum of the lines)"), figure(c.actual, true)},
            {tr("Target T"), figure(c.target, true)},
            {tr("Attainment a = A / T"), pct(c.attainment)},
            {tr("Mode"), c.mode == CommissionMode::Marginal ? tr("marginal (分段累进)") : tr("retroactive (全额累进)")},
        };
        if (c.attainment && c.tier > 0)
            rows.append({tr("Tier containing a"), tr("tier %1, rate %2").arg(c.tier).arg(pct(c.rate, 4))});
        if (c.threshold)
            rows.append({tr("Threshold"),
                         pct(c.threshold) + QStringLiteral(" — ") + (c.thresholdMet ? tr("met") : tr("not met"))});
        if (c.effectiveRate)
            rows.append({tr("Effective rate e = C₀ / A"), pct(c.effectiveRate, 4)});
        if (c.weightedBaseCents)
            rows.append({tr("Σ amount × multiplier"), exactMoney(*c.weightedBaseCents)});
        if (c.cap)
            rows.append(
                {tr("Cap"),
                 money(c.cap->cents()) + QStringLiteral(" — ") + (c.capApplied ? tr("applied") : tr("not reached"))});
        inputs(rows);
        if (const PlanComponent* pc = planComponent(c)) {
            QString tiers;
            for (const auto& [from, rate] : pc->tiers)
                tiers += (tiers.isEmpty() ? QString() : QStringLiteral(", "))
                    + tr("from %1: %2").arg(pct(from, 0), pct(rate, 2));
            para(tr("Tiers of the plan: %1.").arg(tiers));
            if (!pc->categoryMultipliers.empty()) {
                QString m;
                for (const auto& [cat, factor] : pc->categoryMultipliers)
                    m += (m.isEmpty() ? QString() : QStringLiteral(", ")) + esc(cat) + QStringLiteral(" × ")
                        + QString::fromStdString(factor.toString());
                para(tr("Category multipliers: %1; other categories × 1.").arg(m));
            }
        }
        if (c.isError())
            return explainLines(c);
        if (c.attainment && !c.thresholdMet) {
            para(tr("The attainment is below the threshold, so no commission is paid this period."));
        } else if (!c.actual || *c.actual <= 0) {
            para(tr("There is no positive actual, so the commission is 0."));
        } else if (c.effectiveRate) {
            const Rational c0 = *c.effectiveRate * Rational(*c.actual);
            if (c.mode == CommissionMode::Marginal) {
                QList<QStringList> rows2;
                for (const TierSlice& s : c.slices)
                    rows2.append(
                        {pct(s.from, 0), pct(s.rate, 4), exactMoney(s.baseCents), exactMoney(s.commissionCents)});
                m_out += PdfReport::table({tr("Tier from"), tr("Rate"), tr("Part of A in the tier"), tr("Commission")},
                                          rows2, {true, true, true, true});
                para(tr("Each tier's rate applies to the part of A that falls in it: C₀ = %1.").arg(exactMoney(c0)));
            } else {
                para(tr("The rate of the tier containing a applies to all of A: C₀ = %1 × %2 = %3.")
                         .arg(pct(c.rate, 4), money(*c.actual), exactMoney(c0)));
            }
            QString text = tr("C = e × Σ amount × multiplier = %1 × %2")
                               .arg(pct(c.effectiveRate, 4), exactMoney(*c.weightedBaseCents));
            if (c.uncappedCents)
                text += QStringLiteral(" = ") + exactMoney(*c.uncappedCents);
            if (c.capApplied)
                text += QStringLiteral("; ") + tr("limited to the cap %1").arg(money(c.cap->cents()));
            text += QStringLiteral("; ") + tr("paid, rounded once to the cent: %1.").arg(money(*c.amountCents));
            para(text);
        }
        explainLines(c);
    }

    void explainLines(const ComponentResult& c)
    {
        if (c.lines.empty()) {
            para(tr("No lines in this period."));
            return;
        }
        QList<QStringList> rows;
        for (const IncentiveLine& l : c.lines) {
            QString id = esc(l.id);
            if (l.hypothetical)
                id += QStringLiteral(" (%1)").arg(tr("what-if"));
            rows.append({id, esc(l.orderId), esc(l.category), money(l.amountCents),
                         QString::fromStdString(l.multiplier.toString()),
                         exactMoney(Rational(l.amountCents) * l.multiplier), money(l.shareCents)});
        }
        m_out += PdfReport::table({tr("Line"), tr("Order"), tr("Category"), tr("Amount"), tr("Multiplier"),
                                   tr("Amount × multiplier"), tr("Share of C")},
                                  rows, {false, false, false, true, true, true, true});
        para(tr("The lines share the commission in proportion to amount × multiplier, so the shares add up to it "
                "exactly (to the cent)."));
    }

    void clawback(const ComponentResult& c)
    {
        para(tr("Orders booked in an earlier period and cancelled in this one: each line is minus that order's share "
                "of the commission on the statement of the period it was booked in — the approved statement when "
                "that period's was approved (marked *), else that period as calculated today."));
        if (c.lines.empty()) {
            para(tr("Nothing is clawed back this period."));
            return;
        }
        QList<QStringList> rows;
        for (const IncentiveLine& l : c.lines)
            rows.append({esc(l.id), esc(l.orderId), esc(l.category),
                         esc(l.bookedPeriod) + (l.bookedApproved ? QStringLiteral(" *") : QString()),
                         money(l.amountCents)});
        m_out += PdfReport::table({tr("Line"), tr("Order"), tr("Category"), tr("Booked in"), tr("Clawed back")}, rows,
                                  {false, false, false, false, true});
    }

    void bonus(const ComponentResult& c)
    {
        inputs({{tr("Actual A"), figure(c.actual, c.moneyMetric)},
                {tr("Target T"), figure(c.target, c.moneyMetric)},
                {tr("Attainment a = A / T"), pct(c.attainment)}});
        if (const PlanComponent* pc = planComponent(c)) {
            QList<QStringList> rows;
            for (size_t i = 0; i < pc->steps.size(); ++i)
                rows.append({pct(pc->steps[i].first, 0), money(pc->steps[i].second.cents()),
                             int(i) + 1 == c.step ? tr("reached") : QString()});
            m_out += PdfReport::table({tr("Step from"), tr("Pays"), QString()}, rows, {true, true, false});
        }
        if (!c.isError())
            para(c.step > 0
                     ? tr("The highest step with attainment ≤ a is step %1: %2.").arg(c.step).arg(money(*c.amountCents))
                     : tr("No step is reached, so no bonus is paid."));
    }

    void gradeBonus(const ComponentResult& c)
    {
        inputs({{tr("Grade"), c.grade.empty() ? QStringLiteral("—") : esc(c.grade)},
                {tr("Coefficient"),
                 c.coefficient ? QString::fromStdString(c.coefficient->toString()) : QStringLiteral("—")},
                {tr("Base"), money(c.gradeBase.cents())}});
        if (!c.isError())
            para(tr("Base × coefficient of the grade = %1 × %2 = %3.")
                     .arg(money(c.gradeBase.cents()), QString::fromStdString(c.coefficient->toString()),
                          money(*c.amountCents)));
        if (c.provisional)
            para(tr("Provisional: the quarter's appraisal is not signed off yet."));
    }

    void contest(const ComponentResult& c)
    {
        inputs({{tr("Value"), c.value ? value(*c.value, c.moneyMetric) : QStringLiteral("—")},
                {tr("Rank"), c.rank ? tr("%1 of %2").arg(*c.rank).arg(c.contestants) : tr("not ranked")},
                {tr("Titles"), c.titles.empty() ? QStringLiteral("—") : esc(join(c.titles))}});
        if (const PlanComponent* pc = planComponent(c)) {
            QList<QStringList> rows;
            for (size_t i = 0; i < pc->prizes.size(); ++i) {
                const Prize& prize = pc->prizes[i];
                rows.append({QString::number(i + 1), prize.money ? money(prize.money->cents()) : esc(prize.title)});
            }
            m_out += PdfReport::table({tr("Rank"), tr("Prize")}, rows, {true, false});
        }
        para(tr("Only values above 0 are ranked, highest first; reps tied share the money prizes of the ranks they "
                "cover and each gets every title among them."));
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
        return tr("Commission");
    case ComponentKind::Clawback:
        return tr("Clawback");
    case ComponentKind::Bonus:
        return tr("Bonus");
    case ComponentKind::GradeBonus:
        return tr("Grade bonus");
    case ComponentKind::Contest:
        return tr("Contest");
    }
    return {};
}

QString metricLabel(const std::string& code)
{
    if (code == "revenue")
        return tr("Revenue");
    if (code == "gross_profit")
        return tr("Gross profit");
    if (code == "collections")
        return tr("Collections");
    if (code == "new_customers")
        return tr("New customers");
    if (code == "visits")
        return tr("Visits");
    return QString::fromStdString(code);
}

QString statementHtml(const IncentivePayroll& payroll, size_t index, const StatementFormat& format)
{
    return Writer(payroll, index, format).html();
}

} // namespace sd::io
