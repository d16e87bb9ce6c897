#include "app/CareListWidget.h"

#include "app/Formatting.h"
#include "domain/Dataset.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::app {

CareListWidget::CareListWidget(QWidget* parent)
    : QWidget(parent)
    , m_daysLabel(new QLabel)
    , m_days(new QSpinBox)
    , m_horizonLabel(new QLabel)
    , m_horizon(new QSpinBox)
    , m_summary(new QLabel)
    , m_table(new QTableWidget(0, 4))
{
    setObjectName(QStringLiteral("careListWidget"));
    m_days->setObjectName(QStringLiteral("notContactedDaysSpinBox"));
    m_days->setRange(1, 3650);
    m_days->setValue(60);
    m_horizon->setObjectName(QStringLiteral("careHorizonSpinBox"));
    m_horizon->setRange(0, 366);
    m_horizon->setValue(14);
    m_summary->setObjectName(QStringLiteral("careSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("careTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_daysLabel);
    top->addWidget(m_days);
    top->addSpacing(16);
    top->addWidget(m_horizonLabel);
    top->addWidget(m_horizon);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_days, &QSpinBox::valueChanged, this, [this] { fill(); });
    connect(m_horizon, &QSpinBox::valueChanged, this, [this] { fill(); });
    retranslateUi();
}

void CareListWidget::setRep(const Dataset* data, const Rep* rep, Date today)
{
    m_data = data;
    m_rep = rep;
    m_today = today;
    m_stale = true;
    if (isVisible())
        fill();
}

void CareListWidget::setNotContactedDays(int days)
{
    m_days->setValue(days);
    fill();
}

void CareListWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        fill();
}

void CareListWidget::fill()
{
    m_stale = false;
    m_rows.clear();
    m_table->setRowCount(0);
    if (!m_data || !m_rep) {
        m_summary->setText(tr("Select a rep to see its care reminders."));
        return;
    }
    m_rows = careList(*m_data, m_rep->id, m_today, {m_horizon->value(), m_days->value()});
    int keyDates = 0;
    for (const CareReminder& r : m_rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(
                                     QString::fromStdString(r.customer->name), QString::fromStdString(r.customer->id))));
        QString what;
        QString days;
        switch (r.kind) {
        case CareReminder::Kind::Birthday:
            what = tr("Birthday");
            days = r.days == 0 ? tr("today") : tr("in %n day(s)", nullptr, r.days);
            ++keyDates;
            break;
        case CareReminder::Kind::Founded:
            what = tr("Founding day");
            days = r.days == 0 ? tr("today") : tr("in %n day(s)", nullptr, r.days);
            ++keyDates;
            break;
        case CareReminder::Kind::NotContacted:
            what = tr("Not contacted since");
            days = tr("%n day(s)", nullptr, r.days);
            break;
        }
        m_table->setItem(row, 1, new QTableWidgetItem(what));
        m_table->setItem(row, 2, new QTableWidgetItem(Formatting::date(r.date)));
        m_table->setItem(row, 3, new QTableWidgetItem(days));
    }
    m_summary->setText(tr("%1 as of %2: %3 key date(s) in the next %4 days, %5 customer(s) not contacted for %6 "
                          "days or more.")
                           .arg(QString::fromStdString(m_rep->name), Formatting::date(m_today))
                           .arg(keyDates)
                           .arg(m_horizon->value())
                           .arg(int(m_rows.size()) - keyDates)
                           .arg(m_days->value()));
    for (int c = 0; c < 3; ++c)
        m_table->resizeColumnToContents(c);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 170)); // long names elide; the last column shows
}

void CareListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void CareListWidget::retranslateUi()
{
    m_daysLabel->setText(tr("Not contacted for (days):"));
    m_horizonLabel->setText(tr("Key dates within (days):"));
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Reminder"), tr("Date"), tr("When")});
}

} // namespace sd::app
