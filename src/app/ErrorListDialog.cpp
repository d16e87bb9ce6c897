#include "app/ErrorListDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::app {

ErrorListDialog::ErrorListDialog(const QString& title, const QString& summary, const QStringList& lines,
                                 QWidget* parent)
    : QDialog(parent)
    , m_summaryLabel(new QLabel(summary, this))
    , m_errorTextEdit(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("Copy all"), this))
{
    setObjectName(QStringLiteral("errorListDialog"));
    setWindowTitle(title);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_errorTextEdit->setObjectName(QStringLiteral("errorTextEdit"));
    m_errorTextEdit->setReadOnly(true);
    m_errorTextEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_errorTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errorTextEdit->setPlainText(lines.join(QLatin1Char('\n')));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    connect(m_copyButton, &QPushButton::clicked, this, &ErrorListDialog::copyAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_errorTextEdit, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ErrorListDialog::text() const
{
    return m_errorTextEdit->toPlainText();
}

void ErrorListDialog::copyAll()
{
    QApplication::clipboard()->setText(text());
}

} // namespace sd::app
