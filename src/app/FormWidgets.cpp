#include "app/FormWidgets.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sd::app::form {

QLineEdit* lineEdit(const QString& objectName, const QString& text, const QString& placeholder)
{
    auto* edit = new QLineEdit(text);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel* errorLabel()
{
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void finish(QDialog* dialog, QFormLayout* form, QLabel* error)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
}

void showOrAccept(QDialog* dialog, QLabel* label, const QString& error, bool ok)
{
    if (ok) {
        label->hide();
        dialog->QDialog::accept();
        return;
    }
    label->setText(error);
    label->show();
}

std::optional<std::string> optionalText(const QString& text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<std::string>(t.toStdString());
}

} // namespace sd::app::form
