#include "app/TargetResponsibilityDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

namespace sd::app {

TargetResponsibilityDialog::TargetResponsibilityDialog(const QString& target, const Dataset& org,
                                                       const WorkspaceSettings& settings, Date yearFirst, Date yearLast,
                                                       const std::optional<std::string>& responsible,
                                                       const std::string& kpiCode, int fiscalYear, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("responsibilityDialog"));
    setWindowTitle(tr("Responsibility of a target (目标三定)"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* targetLabel = new QLabel(target);
    targetLabel->setObjectName(QStringLiteral("targetLabel"));
    m_responsibleCombo = new QComboBox;
    m_responsibleCombo->setObjectName(QStringLiteral("responsibleComboBox"));
    m_kpiCombo = new QComboBox;
    m_kpiCombo->setObjectName(QStringLiteral("kpiComboBox"));
    m_wholeYearCheck = new QCheckBox(tr("For every period and customer segment of fiscal year %1").arg(fiscalYear));
    m_wholeYearCheck->setObjectName(QStringLiteral("wholeYearCheckBox"));
    m_wholeYearCheck->setChecked(true);
    form->addRow(tr("Target"), targetLabel);
    form->addRow(tr("Responsible person"), m_responsibleCombo);
    form->addRow(tr("KPI item it feeds"), m_kpiCombo);
    form->addRow(QString(), m_wholeYearCheck);
    layout->addLayout(form);
    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    layout->addWidget(m_problemLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Reps active in the fiscal year, by unit then name; the current person stays selectable even when inactive.
    std::unordered_map<std::string, QString> unitNames;
    for (const OrgUnit& u : org.orgUnits)
        unitNames.emplace(u.id, QString::fromStdString(u.name));
    std::vector<const Rep*> reps;
    for (const Rep& r : org.reps)
        if (r.isActiveIn(yearFirst, yearLast) || (responsible && r.id == *responsible))
            reps.push_back(&r);
    std::sort(reps.begin(), reps.end(), [](const Rep* a, const Rep* b) {
        return std::tie(a->orgUnitId, a->name, a->id) < std::tie(b->orgUnitId, b->name, b->id);
    });
    m_responsibleCombo->addItem(tr("(choose a person)"), QString());
    for (const Rep* r : reps)
        m_responsibleCombo->addItem(
            QStringLiteral("%1 · %2 (%3)")
                .arg(QString::fromStdString(r->name), unitNames[r->orgUnitId], QString::fromStdString(r->id)),
            QString::fromStdString(r->id));
    const int current = responsible ? m_responsibleCombo->findData(QString::fromStdString(*responsible)) : -1;
    m_responsibleCombo->setCurrentIndex(std::max(current, 0));

    const std::vector<std::pair<const char*, QString>> builtins{{"revenue", tr("Revenue")},
                                                                {"gross_profit", tr("Gross profit")},
                                                                {"collections", tr("Collections")},
                                                                {"new_customers", tr("New customers")}};
    std::set<std::string> seen;
    for (const KpiDef& k : settings.kpis)
        if (seen.insert(k.code).second)
            m_kpiCombo->addItem(
                QStringLiteral("%1 (%2)").arg(QString::fromStdString(k.name), QString::fromStdString(k.code)),
                QString::fromStdString(k.code));
    for (const auto& [code, name] : builtins)
        if (seen.insert(code).second)
            m_kpiCombo->addItem(QStringLiteral("%1 (%2)").arg(name, QString::fromLatin1(code)),
                                QString::fromLatin1(code));
    m_kpiCombo->setCurrentIndex(std::max(m_kpiCombo->findData(QString::fromStdString(kpiCode)), 0));

    connect(m_responsibleCombo, &QComboBox::currentIndexChanged, this, &TargetResponsibilityDialog::validate);
    connect(m_kpiCombo, &QComboBox::currentIndexChanged, this, &TargetResponsibilityDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

std::string TargetResponsibilityDialog::responsibleRepId() const
{
    return m_responsibleCombo->currentData().toString().toStdString();
}

std::string TargetResponsibilityDialog::kpiCode() const
{
    return m_kpiCombo->currentData().toString().toStdString();
}

bool TargetResponsibilityDialog::wholeYear() const
{
    return m_wholeYearCheck->isChecked();
}

void TargetResponsibilityDialog::validate()
{
    QString problem;
    if (responsibleRepId().empty())
        problem = tr("Responsible person: choose who answers for this target.");
    else if (kpiCode().empty())
        problem = tr("KPI item: choose the KPI item this target feeds.");
    m_problemLabel->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace sd::app
