#include "app/IncentivePlanEditor.h"

#include "app/PlanVersionForm.h"
#include "io/WorkspaceJson.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace sd::app {

namespace {

constexpr int maxShownProblems = 8;

bool sameFamily(const IncentivePlan& a, const IncentivePlan& b)
{
    return a.role == b.role && a.level == b.level && a.period == b.period;
}

QString familyLabel(const IncentivePlan& p)
{
    QString role;
    switch (p.role) {
    case Role::Rep:
        role = IncentivePlanEditor::tr("Sales rep");
        break;
    case Role::RegionalManager:
        role = IncentivePlanEditor::tr("Regional manager");
        break;
    case Role::SeniorManager:
        role = IncentivePlanEditor::tr("Senior manager");
        break;
    }
    QString level = IncentivePlanEditor::tr("all levels");
    if (p.level)
        level = *p.level == Level::Junior ? IncentivePlanEditor::tr("junior")
            : *p.level == Level::Mid      ? IncentivePlanEditor::tr("mid")
                                          : IncentivePlanEditor::tr("senior");
    const QString period
        = p.period == PeriodKind::Quarter ? IncentivePlanEditor::tr("quarterly") : IncentivePlanEditor::tr("monthly");
    return QStringLiteral("%1 · %2 · %3").arg(role, level, period);
}

bool earlierVersion(const IncentivePlan& a, const IncentivePlan& b)
{
    if (a.effectiveFrom.has_value() != b.effectiveFrom.has_value())
        return !a.effectiveFrom.has_value();
    return a.effectiveFrom && *a.effectiveFrom < *b.effectiveFrom;
}

Date firstOfNextMonth()
{
    const QDate today = QDate::currentDate();
    const QDate next = QDate(today.year(), today.month(), 1).addMonths(1);
    return Date::fromYmd(next.year(), next.month(), 1);
}

} // namespace

IncentivePlanEditor::IncentivePlanEditor(const WorkspaceSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_plans(settings.incentivePlans)
    , m_planCombo(new QComboBox(this))
    , m_versionList(new QListWidget(this))
    , m_newVersionDate(new QDateEdit(this))
    , m_newVersionButton(new QPushButton(tr("New version from date"), this))
    , m_newPlanButton(new QPushButton(tr("New plan"), this))
    , m_deleteButton(new QPushButton(tr("Delete version"), this))
    , m_tabs(new QTabWidget(this))
    , m_form(new PlanVersionForm(settings, this))
    , m_edit(new QPlainTextEdit(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("incentivePlanEditor"));
    setWindowTitle(tr("Incentive plans"));
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_versionList->setObjectName(QStringLiteral("versionList"));
    m_newVersionDate->setObjectName(QStringLiteral("newVersionDateEdit"));
    m_newVersionDate->setCalendarPopup(true);
    m_newVersionDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const Date next = firstOfNextMonth();
    m_newVersionDate->setDate(QDate(next.year(), next.month(), next.day()));
    m_newVersionButton->setObjectName(QStringLiteral("newVersionButton"));
    m_newPlanButton->setObjectName(QStringLiteral("newPlanButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteVersionButton"));
    m_tabs->setObjectName(QStringLiteral("planEditorTabs"));
    m_edit->setObjectName(QStringLiteral("planJsonEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errors->setObjectName(QStringLiteral("planErrorsLabel"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setStyleSheet(QStringLiteral("color: #c01c28;"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Plan (role, level, period)"), left));
    leftLayout->addWidget(m_planCombo);
    leftLayout->addWidget(new QLabel(tr("Versions by effective-from date"), left));
    leftLayout->addWidget(m_versionList, 1);
    auto* versionHint = new QLabel(tr("A period is paid by the version in force on its first day: a new version "
                                      "leaves the periods before its date as they were."),
                                   left);
    versionHint->setWordWrap(true);
    leftLayout->addWidget(versionHint);
    auto* newVersion = new QGridLayout;
    newVersion->addWidget(m_newVersionDate, 0, 0);
    newVersion->addWidget(m_newVersionButton, 0, 1);
    newVersion->addWidget(m_newPlanButton, 1, 0);
    newVersion->addWidget(m_deleteButton, 1, 1);
    leftLayout->addLayout(newVersion);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("planFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    auto* advanced = new QWidget(this);
    auto* advancedLayout = new QVBoxLayout(advanced);
    auto* jsonHint = new QLabel(tr("All plans as in the workspace JSON (incentive_plans). Edits here replace the "
                                   "form's when you switch back to the form or save."),
                                advanced);
    jsonHint->setWordWrap(true);
    advancedLayout->addWidget(jsonHint);
    advancedLayout->addWidget(m_edit, 1);
    m_tabs->addTab(scroll, tr("Form"));
    m_tabs->addTab(advanced, tr("Advanced (JSON)"));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("planEditorButtons"));
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("planSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IncentivePlanEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    connect(m_planCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            fillVersions(-1);
    });
    connect(m_versionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_updating && row >= 0)
            selectVersion(m_versionList->item(row)->data(Qt::UserRole).toInt());
    });
    connect(m_newVersionButton, &QPushButton::clicked, this, [this] {
        const QDate d = m_newVersionDate->date();
        addVersionFrom(Date::fromYmd(d.year(), d.month(), d.day()));
    });
    connect(m_newPlanButton, &QPushButton::clicked, this, &IncentivePlanEditor::addPlan);
    connect(m_deleteButton, &QPushButton::clicked, this, &IncentivePlanEditor::deleteVersion);
    connect(m_form, &PlanVersionForm::changed, this, &IncentivePlanEditor::formChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &IncentivePlanEditor::tabChanged);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && m_tabs->currentIndex() == 1)
            check();
    });

    rebuildPicker(m_plans.empty() ? -1 : 0);
    check();
    resize(1180, 780);
}

void IncentivePlanEditor::rebuildPicker(int select)
{
    m_updating = true;
    m_planCombo->clear();
    std::vector<int> firsts;
    for (int i = 0; i < int(m_plans.size()); ++i) {
        const bool known = std::any_of(firsts.begin(), firsts.end(),
                                       [&](int f) { return sameFamily(m_plans[size_t(f)], m_plans[size_t(i)]); });
        if (!known) {
            firsts.push_back(i);
            m_planCombo->addItem(familyLabel(m_plans[size_t(i)]), i);
        }
    }
    if (select >= 0 && select < int(m_plans.size()))
        for (int k = 0; k < int(firsts.size()); ++k)
            if (sameFamily(m_plans[size_t(firsts[size_t(k)])], m_plans[size_t(select)]))
                m_planCombo->setCurrentIndex(k);
    m_updating = false;
    fillVersions(select);
}

void IncentivePlanEditor::fillVersions(int select)
{
    m_updating = true;
    m_versionList->clear();
    const int first = m_planCombo->currentData().toInt();
    std::vector<int> versions;
    if (m_planCombo->currentIndex() >= 0)
        for (int i = 0; i < int(m_plans.size()); ++i)
            if (sameFamily(m_plans[size_t(i)], m_plans[size_t(first)]))
                versions.push_back(i);
    std::stable_sort(versions.begin(), versions.end(),
                     [this](int a, int b) { return earlierVersion(m_plans[size_t(a)], m_plans[size_t(b)]); });
    if (select < 0 && !versions.empty())
        select = versions.back(); // the latest version
    for (int i : versions) {
        const IncentivePlan& p = m_plans[size_t(i)];
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(versionLabel(p), QString::fromStdString(p.code)),
                                         m_versionList);
        item->setData(Qt::UserRole, i);
        if (i == select)
            m_versionList->setCurrentItem(item);
    }
    m_updating = false;
    m_deleteButton->setEnabled(!versions.empty());
    m_newVersionButton->setEnabled(!versions.empty());
    if (select >= 0)
        selectVersion(select);
    else {
        m_current = -1;
        m_form->setEnabled(false);
    }
}

void IncentivePlanEditor::selectVersion(int index)
{
    if (index < 0 || index >= int(m_plans.size()))
        return;
    m_current = index;
    m_form->setEnabled(true);
    m_form->setPlan(m_plans[size_t(index)]);
    m_formProblems.clear();
    for (int r = 0; r < m_versionList->count(); ++r)
        if (m_versionList->item(r)->data(Qt::UserRole).toInt() == index && m_versionList->currentRow() != r) {
            m_updating = true;
            m_versionList->setCurrentRow(r);
            m_updating = false;
        }
    check();
}

void IncentivePlanEditor::formChanged()
{
    if (m_current < 0)
        return;
    std::vector<PlanProblem> problems;
    IncentivePlan plan = m_form->plan(problems);
    for (PlanProblem& p : problems)
        p.plan = m_current;
    m_formProblems = problems;
    if (problems.empty()) {
        const bool moved = !sameFamily(plan, m_plans[size_t(m_current)]);
        m_plans[size_t(m_current)] = std::move(plan);
        if (moved) {
            rebuildPicker(m_current); // re-selects the version, which refills the form with the same values
        } else {
            for (int r = 0; r < m_versionList->count(); ++r) {
                QListWidgetItem* item = m_versionList->item(r);
                const IncentivePlan& p = m_plans[size_t(item->data(Qt::UserRole).toInt())];
                item->setText(QStringLiteral("%1 — %2").arg(versionLabel(p), QString::fromStdString(p.code)));
            }
        }
    }
    check();
}

void IncentivePlanEditor::tabChanged(int index)
{
    if (m_updating || index == m_shownTab)
        return;
    auto stay = [this] {
        m_updating = true;
        m_tabs->setCurrentIndex(m_shownTab);
        m_updating = false;
    };
    if (index == 1) {
        if (!m_formProblems.empty()) {
            stay(); // the JSON would not hold what the form shows
            check();
            return;
        }
        m_updating = true;
        m_edit->setPlainText(plansJson());
        m_updating = false;
    } else {
        QStringList problems;
        const auto plans = parseJson(problems);
        if (!plans) {
            stay();
            showProblems(problems);
            return;
        }
        m_plans = *plans;
        m_formProblems.clear();
        rebuildPicker(m_current >= 0 && m_current < int(m_plans.size()) ? m_current : (m_plans.empty() ? -1 : 0));
    }
    m_shownTab = index;
    check();
}

QString IncentivePlanEditor::plansJson() const
{
    WorkspaceSettings s = m_settings;
    s.incentivePlans = m_plans;
    const auto doc = nlohmann::json::parse(io::writeWorkspaceJson(s));
    return QString::fromStdString(doc.value("incentive_plans", nlohmann::json::array()).dump(2));
}

std::optional<std::vector<IncentivePlan>> IncentivePlanEditor::parseJson(QStringList& problems) const
{
    nlohmann::json plans;
    try {
        plans = nlohmann::json::parse(m_edit->toPlainText().toStdString());
    } catch (const nlohmann::json::parse_error& e) {
        problems << tr("Not valid JSON: %1").arg(QString::fromStdString(e.what()));
        return std::nullopt;
    }
    auto doc = nlohmann::json::parse(io::writeWorkspaceJson(m_settings));
    doc["incentive_plans"] = plans;
    const io::WorkspaceJsonResult parsed = io::parseWorkspaceJson(doc.dump());
    for (const io::JsonIssue& issue : parsed.errors)
        problems << QString::fromStdString(issue.toString());
    if (!parsed.ok())
        return std::nullopt;
    return parsed.settings.incentivePlans;
}

bool IncentivePlanEditor::check()
{
    m_result.reset();
    QStringList problems;
    WorkspaceSettings candidate = m_settings;
    candidate.incentivePlans = m_plans;
    if (m_tabs->currentIndex() == 1) {
        const auto plans = parseJson(problems);
        if (plans)
            candidate.incentivePlans = *plans;
    } else {
        for (const PlanProblem& p : m_formProblems)
            problems << p.text(candidate);
    }
    if (problems.isEmpty())
        for (const PlanProblem& p : checkPlans(candidate))
            problems << p.text(candidate);
    if (problems.isEmpty())
        m_result = std::move(candidate);
    showProblems(problems);
    return m_result.has_value();
}

void IncentivePlanEditor::showProblems(const QStringList& problems)
{
    QStringList shown = problems.mid(0, maxShownProblems);
    if (problems.size() > maxShownProblems)
        shown << tr("… and %n more problem(s)", nullptr, int(problems.size() - maxShownProblems));
    m_errors->setText(shown.join(QStringLiteral("\n")));
    m_errors->setVisible(!problems.isEmpty());
    m_saveButton->setEnabled(problems.isEmpty());
}

bool IncentivePlanEditor::addVersionFrom(Date from)
{
    if (m_current < 0 || !m_formProblems.empty())
        return false;
    const IncentivePlan& base = m_plans[size_t(m_current)];
    for (const IncentivePlan& p : m_plans)
        if (sameFamily(p, base) && p.effectiveFrom == from) {
            // A refused action, not a problem of the plans: Save keeps its state.
            m_errors->setText(tr("Plan \"%1\" already has a version from %2: select it in the list to edit it.")
                                  .arg(QString::fromStdString(p.code), QString::fromStdString(from.toString())));
            m_errors->setVisible(true);
            return false;
        }
    IncentivePlan copy = base;
    copy.effectiveFrom = from;
    std::string code = base.code + "_" + std::to_string(from.year() * 10000 + from.month() * 100 + from.day());
    for (int n = 2; std::any_of(m_plans.begin(), m_plans.end(), [&](const auto& p) { return p.code == code; }); ++n)
        code = base.code + "_" + std::to_string(n);
    copy.code = code;
    m_plans.push_back(std::move(copy));
    rebuildPicker(int(m_plans.size()) - 1);
    return true;
}

void IncentivePlanEditor::addPlan()
{
    IncentivePlan plan;
    plan.code = "plan_" + std::to_string(m_plans.size() + 1);
    const QDate d = m_newVersionDate->date();
    plan.effectiveFrom = Date::fromYmd(d.year(), d.month(), d.day());
    PlanComponent commission;
    commission.tiers = {{Rational(0), Rational(0)}};
    plan.components.push_back(commission);
    m_plans.push_back(std::move(plan));
    rebuildPicker(int(m_plans.size()) - 1);
}

void IncentivePlanEditor::deleteVersion()
{
    if (m_current < 0)
        return;
    m_plans.erase(m_plans.begin() + m_current);
    m_current = -1;
    m_formProblems.clear();
    rebuildPicker(m_plans.empty() ? -1 : 0);
    check();
}

void IncentivePlanEditor::accept()
{
    if (check())
        QDialog::accept();
}

} // namespace sd::app
