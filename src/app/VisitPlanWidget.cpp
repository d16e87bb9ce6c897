#include "app/VisitPlanWidget.h"

#include "app/DialogHooks.h"
#include "app/Formatting.h"
#include "app/TeamEdits.h"
#include "domain/Period.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace sd::app {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

Date toDate(const QDate& d)
{
    return Date::fromYmd(d.year(), d.month(), d.day());
}

} // namespace

QString VisitPlanWidget::kindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Visit: return tr("visit");
    case ActivityKind::Call: return tr("call");
    case ActivityKind::Meeting: return tr("meeting");
    case ActivityKind::Demo: return tr("demo");
    case ActivityKind::Email: return tr("e-mail");
    }
    return {};
}

VisitPlanWidget::VisitPlanWidget(TeamEdits* edits, QWidget* parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_weekLabel(new QLabel)
    , m_weekDate(new QDateEdit(QDate::currentDate()))
    , m_weekRange(new QLabel)
    , m_summary(new QLabel)
    , m_table(new QTableWidget(0, 4))
    , m_customerLabel(new QLabel)
    , m_customer(new QComboBox)
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
{
    setObjectName(QStringLiteral("visitPlanWidget"));
    m_weekDate->setObjectName(QStringLiteral("visitWeekDateEdit"));
    m_weekDate->setCalendarPopup(true);
    m_weekDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_weekRange->setObjectName(QStringLiteral("visitWeekLabel"));
    m_summary->setObjectName(QStringLiteral("visitSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("visitPlanTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_customer->setObjectName(QStringLiteral("planCustomerCombo"));
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->setMinimumContentsLength(18);
    m_add->setObjectName(QStringLiteral("addPlanButton"));
    m_remove->setObjectName(QStringLiteral("removePlanButton"));

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_weekLabel);
    top->addWidget(m_weekDate);
    top->addWidget(m_weekRange, 1);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_customerLabel);
    bottom->addWidget(m_customer, 1);
    bottom->addWidget(m_add);
    bottom->addWidget(m_remove);
    layout->addLayout(bottom);

    connect(m_weekDate, &QDateEdit::dateChanged, this, [this] { fill(); });
    connect(m_add, &QPushButton::clicked, this, &VisitPlanWidget::addPlan);
    connect(m_remove, &QPushButton::clicked, this, &VisitPlanWidget::removeSelectedPlan);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_remove->setEnabled(row >= 0 && m_table->item(row, 1) && m_table->item(row, 1)->data(Qt::UserRole).toBool());
    });
    retranslateUi();
}

void VisitPlanWidget::setRep(const DatasetIndex* index, const DailyRecords* records, const Rep* rep)
{
    const std::string repId = rep ? rep->id : std::string();
    const bool sameRep = index == m_index && repId == m_repId;
    m_index = index;
    m_records = records;
    m_rep = rep;
    m_repId = repId;
    if (!sameRep) {
        const QSignalBlocker blocker(m_customer);
        m_customer->clear();
        if (rep && index) {
            std::vector<const Customer*> owned;
            for (const Customer& c : index->data().customers)
                if (c.ownerRepId == rep->id)
                    owned.push_back(&c);
            std::sort(owned.begin(), owned.end(), [](auto* a, auto* b) { return a->name < b->name; });
            for (const Customer* c : owned)
                m_customer->addItem(QStringLiteral("%1 (%2)").arg(qs(c->name), qs(c->id)), qs(c->id));
        }
        m_customer->setCurrentIndex(-1);
        m_customer->setEditText(QString());
    }
    fill();
}

void VisitPlanWidget::setWeek(const QDate& anyDayOfWeek)
{
    m_weekDate->setDate(anyDayOfWeek);
    fill();
}

QString VisitPlanWidget::week() const
{
    return qs(Period::weekOf(toDate(m_weekDate->date())).label());
}

void VisitPlanWidget::fill()
{
    m_table->setRowCount(0);
    const Period week = Period::weekOf(toDate(m_weekDate->date()));
    const Date monday = isoWeekMonday(week.yearNumber(), week.index());
    const Date sunday = monday.addDays(6);
    m_weekRange->setText(tr("%1: %2 – %3").arg(qs(week.label()), Formatting::date(monday), Formatting::date(sunday)));
    const bool ready = m_rep && m_index && m_records;
    m_add->setEnabled(ready);
    m_remove->setEnabled(false);
    m_customer->setEnabled(ready);
    if (!ready) {
        m_summary->setText(tr("Select a rep to plan its visits."));
        return;
    }
    const std::string label = week.label();
    std::set<std::string> planned;
    for (const VisitPlan& p : m_records->visitPlans)
        if (p.repId == m_rep->id && p.week == label)
            planned.insert(p.customerId);
    struct Done
    {
        QStringList visits;
        QStringList other;
    };
    std::map<std::string, Done> done;
    std::map<ActivityKind, int> counts;
    for (const Activity& a : m_index->data().activities) {
        if (a.repId != m_rep->id || a.date < monday || a.date > sunday)
            continue;
        ++counts[a.kind];
        Done& d = done[a.customerId];
        if (a.kind == ActivityKind::Visit)
            d.visits << Formatting::date(a.date);
        else
            d.other << QStringLiteral("%1 %2").arg(kindName(a.kind), Formatting::date(a.date));
    }
    std::set<std::string> customers = planned;
    for (const auto& [id, d] : done)
        customers.insert(id);
    int plannedVisited = 0;
    int unplannedVisited = 0;
    for (const std::string& id : customers) {
        const bool isPlanned = planned.count(id) > 0;
        const auto it = done.find(id);
        const bool visited = it != done.end() && !it->second.visits.isEmpty();
        if (visited)
            ++(isPlanned ? plannedVisited : unplannedVisited);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const Customer* c = m_index->customer(id);
        auto* name = new QTableWidgetItem(c ? QStringLiteral("%1 (%2)").arg(qs(c->name), qs(id)) : qs(id));
        name->setData(Qt::UserRole, qs(id));
        m_table->setItem(row, 0, name);
        auto* plan = new QTableWidgetItem(isPlanned ? tr("planned") : tr("not planned"));
        plan->setData(Qt::UserRole, isPlanned);
        m_table->setItem(row, 1, plan);
        auto* visits = new QTableWidgetItem(visited ? it->second.visits.join(QStringLiteral(", "))
                                                    : (isPlanned ? tr("not visited yet") : QString()));
        if (isPlanned && !visited)
            visits->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_table->setItem(row, 2, visits);
        m_table->setItem(row, 3, new QTableWidgetItem(it != done.end() ? it->second.other.join(QStringLiteral(", "))
                                                                       : QString()));
    }
    const QString completion = planned.empty()
                                   ? tr("no plan")
                                   : QStringLiteral("%1%").arg(qs((Rational(plannedVisited * 100)
                                                                   / Rational(int(planned.size())))
                                                                      .toFixed(0)));
    m_summary->setText(tr("Planned %1 · visited %2 of them (%3) · %4 visited without a plan · "
                          "visits %5, calls %6, meetings %7, demos %8")
                           .arg(planned.size())
                           .arg(plannedVisited)
                           .arg(completion)
                           .arg(unplannedVisited)
                           .arg(counts[ActivityKind::Visit])
                           .arg(counts[ActivityKind::Call])
                           .arg(counts[ActivityKind::Meeting])
                           .arg(counts[ActivityKind::Demo]));
    for (int c = 0; c < 3; ++c)
        m_table->resizeColumnToContents(c);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 170)); // long names elide; the last column shows
}

void VisitPlanWidget::addPlan()
{
    if (!m_rep)
        return;
    QString id = m_customer->currentData().toString();
    const QString typed = m_customer->currentText().trimmed();
    if (id.isEmpty() || m_customer->itemText(m_customer->currentIndex()) != typed)
        id = typed;
    if (const auto error = m_edits->addVisitPlan({m_rep->id, week().toStdString(), id.toStdString(), std::nullopt}))
        DialogHooks::warning(this, tr("Visit plan"), *error);
}

void VisitPlanWidget::removeSelectedPlan()
{
    const int row = m_table->currentRow();
    if (!m_rep || row < 0 || !m_table->item(row, 1)->data(Qt::UserRole).toBool())
        return;
    const std::string id = m_table->item(row, 0)->data(Qt::UserRole).toString().toStdString();
    if (const auto error = m_edits->removeVisitPlan({m_rep->id, week().toStdString(), id, std::nullopt}))
        DialogHooks::warning(this, tr("Visit plan"), *error);
}

void VisitPlanWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void VisitPlanWidget::retranslateUi()
{
    m_weekLabel->setText(tr("Week of:"));
    m_customerLabel->setText(tr("Customer:"));
    m_customer->lineEdit()->setPlaceholderText(tr("name or ID"));
    m_add->setText(tr("Plan Visit"));
    m_remove->setText(tr("Remove from Plan"));
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Plan"), tr("Visits"), tr("Other activities")});
}

} // namespace sd::app
