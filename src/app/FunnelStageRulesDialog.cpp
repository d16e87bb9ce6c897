#include "app/FunnelStageRulesDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::app {

namespace {

constexpr int kMaxStallDays = 3650;

} // namespace

FunnelStageRulesDialog::FunnelStageRulesDialog(WorkspaceSettings settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_table(new QTableWidget(int(m_settings.stages.size()), ColumnCount))
    , m_problemLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("stageRulesDialog"));
    setWindowTitle(tr("Stage rules: stall days and exit criteria"));
    m_table->setObjectName(QStringLiteral("stageRulesTable"));
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    auto* intro = new QLabel(tr("Stall days: a deal in the stage this many days or more is stalled (empty: the "
                                "workspace's %1 days). Exit criteria: the checklist asked when a deal moves past the "
                                "stage, one per line or separated by semicolons.")
                                 .arg(m_settings.stallDays));
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Stall days"), tr("Exit criteria")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    for (int r = 0; r < int(m_settings.stages.size()); ++r) {
        const StageDef& s = m_settings.stages[size_t(r)];
        auto* name = new QTableWidgetItem(
            QStringLiteral("%1 (%2)").arg(QString::fromStdString(s.name), QString::fromStdString(s.code)));
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_table->setItem(r, StageColumn, name);
        m_table->setItem(r, StallDaysColumn,
                         new QTableWidgetItem(s.stallDays ? QString::number(*s.stallDays) : QString()));
        QStringList criteria;
        for (const std::string& c : s.exitCriteria)
            criteria << QString::fromStdString(c);
        m_table->setItem(r, CriteriaColumn, new QTableWidgetItem(criteria.join(QStringLiteral("; "))));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(CriteriaColumn, std::max(m_table->columnWidth(CriteriaColumn), 360));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FunnelStageRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &FunnelStageRulesDialog::validate);
    validate();
    resize(760, 420);
}

std::optional<WorkspaceSettings> FunnelStageRulesDialog::edited() const
{
    WorkspaceSettings s = m_settings;
    QStringList problems;
    static const QRegularExpression separators(QStringLiteral("[;；\\n]"));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        StageDef& stage = s.stages[size_t(r)];
        const QString name = QString::fromStdString(stage.name);
        const QString days
            = m_table->item(r, StallDaysColumn) ? m_table->item(r, StallDaysColumn)->text().trimmed() : QString();
        if (days.isEmpty()) {
            stage.stallDays.reset();
        } else {
            bool ok = false;
            const int n = days.toInt(&ok);
            if (!ok || n < 1 || n > kMaxStallDays)
                problems << tr("%1: stall days \"%2\" is not a whole number from 1 to %3 (leave it empty for the "
                               "workspace's default).")
                                .arg(name, days)
                                .arg(kMaxStallDays);
            else
                stage.stallDays = n;
        }
        stage.exitCriteria.clear();
        const QString criteria
            = m_table->item(r, CriteriaColumn) ? m_table->item(r, CriteriaColumn)->text() : QString();
        for (const QString& c : criteria.split(separators)) {
            const QString t = c.trimmed();
            if (t.isEmpty())
                continue;
            if (std::find(stage.exitCriteria.begin(), stage.exitCriteria.end(), t.toStdString())
                != stage.exitCriteria.end()) {
                problems << tr("%1: the exit criterion \"%2\" is given twice.").arg(name, t);
                continue;
            }
            stage.exitCriteria.push_back(t.toStdString());
        }
    }
    m_problemLabel->setText(problems.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        return std::nullopt;
    return s;
}

void FunnelStageRulesDialog::validate()
{
    const bool ok = edited().has_value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void FunnelStageRulesDialog::accept()
{
    if (!edited())
        return;
    QDialog::accept();
}

} // namespace sd::app
