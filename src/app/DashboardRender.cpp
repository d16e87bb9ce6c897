// DashboardPanel::render: the tiles' texts and bars from the computed figures (kept apart from the panel's wiring).

#include "app/DashboardPanel.h"

#include "app/Formatting.h"
#include "app/WorkspaceDocument.h"
#include "io/MeetingPackExport.h"

#include <QLabel>
#include <QProgressBar>

namespace sd::app {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString percent(const std::optional<Rational>& r)
{
    if (!r)
        return QStringLiteral("—");
    return QString::fromStdString((*r * Rational(100)).toFixed(1)) + QLatin1Char('%');
}

void setBar(QProgressBar* bar, const std::optional<DashboardSummary::Bar>& s, const QString& currency,
            const QString& none)
{
    if (!s || !s->attainment) {
        bar->setValue(0);
        bar->setFormat(none);
        bar->setToolTip(QString());
        return;
    }
    const Rational pct = *s->attainment * Rational(100);
    const auto value = static_cast<int>(std::clamp<long long>(static_cast<long long>(pct.floor()), 0, 100));
    bar->setValue(value);
    bar->setFormat(percent(s->attainment));
    bar->setToolTip(QStringLiteral("%1 / %2")
                        .arg(Formatting::money(Money::fromCents(s->actualCents), currency),
                             Formatting::money(Money::fromCents(s->targetCents), currency)));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px; color:#5b6675\">%1</td><td align=\"right\"><b>%2</b></td>"
                          "</tr>")
        .arg(label, value);
}

} // namespace

void DashboardPanel::render()
{
    const QString currency = QString::fromStdString(m_document->settings().currency);
    auto money = [&](std::int64_t cents) { return Formatting::money(Money::fromCents(cents), currency); };
    if (!m_summary) {
        for (int i = 0; i < 3; ++i)
            for (QProgressBar* b : {m_revenueBars[i], m_collectionBars[i]}) {
                b->setValue(0);
                b->setFormat(QString());
            }
        for (QLabel* l : {m_funnelLabel, m_collectionsLabel, m_stalledLabel, m_careLabel, m_contestLabel})
            l->clear();
        return;
    }
    const DashboardSummary& f = *m_summary;
    const QDateTime saved = m_savedAt.toLocalTime();
    if (m_savedAt.isValid() && saved.date() == QDate::currentDate())
        m_statusLabel->setText(tr("Figures as of %1, saved at %2 · updating…")
                                   .arg(Formatting::date(f.today), QLocale().toString(saved.time(), QLocale::ShortFormat)));
    else if (m_savedAt.isValid())
        m_statusLabel->setText(tr("Figures as of %1, saved %2 · updating…")
                                   .arg(Formatting::date(f.today), QLocale().toString(saved, QLocale::ShortFormat)));
    else
        m_statusLabel->setText(tr("As of %1").arg(Formatting::date(f.today)));
    for (std::size_t i = 0; i < 3; ++i) {
        setBar(m_revenueBars[i], f.revenue[i], currency, tr("no target"));
        setBar(m_collectionBars[i], f.collections[i], currency, tr("no target"));
    }

    QString funnel = QStringLiteral("<table>");
    funnel += row(tr("Open deals"), QLocale().toString(qlonglong(f.openCount)));
    funnel += row(tr("Open amount"), money(f.openAmountCents));
    funnel += row(tr("Weighted forecast"), money(f.weightedCents));
    funnel += row(tr("Win rate (year to date)"), percent(f.winRate));
    funnel += QStringLiteral("</table><p style=\"color:#5b6675\">");
    QStringList stages;
    for (const DashboardSummary::Stage& st : f.stages) {
        std::string name = st.code;
        for (const StageDef& def : m_document->settings().stages)
            if (def.code == st.code)
                name = def.name;
        stages << QStringLiteral("%1 %2").arg(qs(name)).arg(st.count);
    }
    funnel += stages.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
    m_funnelLabel->setText(funnel);

    QString ar = QStringLiteral("<table>");
    ar += row(tr("Receivables"), money(f.balanceCents));
    ar += row(tr("Overdue"), money(f.overdueCents));
    ar += row(tr("Over 90 days"), money(f.over90Cents));
    ar += row(tr("Customers flagged (credit risk)"), QLocale().toString(qlonglong(f.creditFlags)));
    ar += row(tr("Collection rate this month"), percent(f.collectionRate));
    ar += QStringLiteral("</table>");
    m_collectionsLabel->setText(ar);

    QString stalled = tr("<b>%1</b> deals, %2, with no stage change for %3 days or more")
                          .arg(QLocale().toString(qlonglong(f.stalledCount)), money(f.stalledAmountCents))
                          .arg(f.stallDays);
    stalled += QStringLiteral("<table>");
    for (const DashboardSummary::Stalled& d : f.stalled)
        stalled += QStringLiteral("<tr><td>%1</td><td style=\"padding-left:8px\">%2</td>"
                                  "<td align=\"right\" style=\"padding-left:8px\">%3</td></tr>")
                       .arg(qs(d.name), tr("%n days", nullptr, d.days), money(d.amountCents));
    stalled += QStringLiteral("</table>");
    m_stalledLabel->setText(stalled);

    QString care = tr("<b>%1</b> key dates in the next 14 days · <b>%2</b> customers not contacted for 60 days")
                       .arg(QLocale().toString(qlonglong(f.keyDatesCount)),
                            QLocale().toString(qlonglong(f.notContactedCount)));
    care += QStringLiteral("<table>");
    for (const DashboardSummary::Care& c : f.care) {
        QString what;
        switch (c.kind) {
        case CareReminder::Kind::Birthday: what = tr("birthday %1").arg(Formatting::date(c.date)); break;
        case CareReminder::Kind::Founded: what = tr("founding day %1").arg(Formatting::date(c.date)); break;
        case CareReminder::Kind::NotContacted: what = tr("no contact for %n days", nullptr, c.days); break;
        }
        care += QStringLiteral("<tr><td>%1</td><td style=\"padding-left:8px; color:#5b6675\">%2</td></tr>")
                    .arg(qs(c.name), what);
    }
    care += QStringLiteral("</table>");
    m_careLabel->setText(care);

    QString contest = tr("%1 · %2").arg(io::packKpiName(m_document->settings(), f.contestMetric).toHtmlEscaped(),
                                        QString::fromStdString(f.contestPeriod));
    contest += QStringLiteral("<table>");
    const bool moneyMetric = f.contestMetric == "revenue" || f.contestMetric == "gross_profit"
                             || f.contestMetric == "collections";
    for (const DashboardSummary::Place& p : f.leaderboard) {        const QString value = moneyMetric ? money(static_cast<std::int64_t>(p.value.roundHalfAwayFromZero()))
                                          : QString::fromStdString(p.value.toFixed(p.value.isInteger() ? 0 : 2));
        QStringList prize;
        if (p.prizeCents)
            prize << money(p.prizeCents);
        for (const std::string& t : p.titles)
            prize << QString::fromStdString(t).toHtmlEscaped();
        contest += QStringLiteral("<tr><td><b>%1</b></td><td style=\"padding-left:8px\">%2</td>"
                                  "<td align=\"right\" style=\"padding-left:8px\">%3</td>"
                                  "<td style=\"padding-left:8px; color:#9a6700\">%4</td></tr>")
                       .arg(p.rank)
                       .arg(qs(p.repName), value, prize.join(QStringLiteral(", ")));
    }
    contest += QStringLiteral("</table>");
    if (f.leaderboard.empty())
        contest += QStringLiteral("<p style=\"color:#5b6675\">%1</p>").arg(tr("Nobody has scored yet."));
    m_contestLabel->setText(contest);
}

} // namespace sd::app
