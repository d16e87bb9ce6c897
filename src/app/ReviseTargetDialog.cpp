#include "app/ReviseTargetDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::app {

ReviseTargetDialog::ReviseTargetDialog(const QString& target, const QString& currentText, std::int64_t current,
                                       Parser parse, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_parse(std::move(parse))
{
    setObjectName(QStringLiteral("reviseTargetDialog"));
    setWindowTitle(tr("Revise an approved target"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Target"), new QLabel(target));
    form->addRow(tr("Approved figure"), new QLabel(currentText));
    m_amountEdit = new QLineEdit(currentText);
    m_amountEdit->setObjectName(QStringLiteral("reviseAmountLineEdit"));
    form->addRow(tr("New figure"), m_amountEdit);
    m_reasonEdit = new QPlainTextEdit;
    m_reasonEdit->setObjectName(QStringLiteral("reviseReasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why the approved target changes (kept with the version)"));
    form->addRow(tr("Reason"), m_reasonEdit);
    layout->addLayout(form);
    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    layout->addWidget(m_problemLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &ReviseTargetDialog::validate);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &ReviseTargetDialog::validate);
    validate();
}

std::int64_t ReviseTargetDialog::amount() const
{
    return m_parse(m_amountEdit->text()).value_or(m_current);
}

QString ReviseTargetDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void ReviseTargetDialog::validate()
{
    const auto a = m_parse(m_amountEdit->text());
    QString problem;
    if (!a || *a < 0)
        problem = tr("The new figure is not an amount ≥ 0.");
    else if (*a == m_current)
        problem = tr("The new figure is the approved one.");
    else if (reason().isEmpty())
        problem = tr("A revision needs a reason.");
    m_problemLabel->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace sd::app
