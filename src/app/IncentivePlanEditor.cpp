#include "app/IncentivePlanEditor.h"

#include "domain/Error.h"
#include "domain/IncentivePlans.h"
#include "io/WorkspaceJson.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace sd::app {

IncentivePlanEditor::IncentivePlanEditor(const WorkspaceSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_edit(new QPlainTextEdit(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("incentivePlanEditor"));
    setWindowTitle(tr("Incentive plans"));
    m_edit->setObjectName(QStringLiteral("planJsonEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errors->setObjectName(QStringLiteral("planErrorsLabel"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #c01c28;"));
    const auto doc = nlohmann::json::parse(io::writeWorkspaceJson(settings));
    m_edit->setPlainText(QString::fromStdString(doc.value("incentive_plans", nlohmann::json::array()).dump(2)));

    auto* hint = new QLabel(tr("The plans as in the workspace JSON (incentive_plans). A new version of a plan is a "
                               "second entry with a later effective_from: periods before it keep the old one."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("planEditorButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IncentivePlanEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(720, 560);
}

bool IncentivePlanEditor::check()
{
    m_result.reset();
    QStringList problems;
    nlohmann::json plans;
    try {
        plans = nlohmann::json::parse(m_edit->toPlainText().toStdString());
    } catch (const nlohmann::json::parse_error& e) {
        problems << tr("Not valid JSON: %1").arg(QString::fromStdString(e.what()));
    }
    if (problems.isEmpty()) {
        auto doc = nlohmann::json::parse(io::writeWorkspaceJson(m_settings));
        doc["incentive_plans"] = plans;
        const io::WorkspaceJsonResult parsed = io::parseWorkspaceJson(doc.dump());
        for (const io::JsonIssue& issue : parsed.errors)
            problems << QString::fromStdString(issue.toString());
        if (parsed.ok()) {
            try {
                validatePlans(parsed.settings);
                m_result = parsed.settings;
            } catch (const DomainError& e) {
                problems << QString::fromStdString(e.what());
            }
        }
    }
    m_errors->setText(problems.join(QStringLiteral("\n")));
    return m_result.has_value();
}

void IncentivePlanEditor::accept()
{
    if (check())
        QDialog::accept();
}

} // namespace sd::app
