#pragma once

// The pieces the section's entry forms share: named fields, the red error line under the form, OK/Cancel, and
// "accept, or show why not". A form names the field of every refusal in that error line (docs/app.md).

#include <QString>

#include <optional>
#include <string>

class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace sd::app::form {

QLineEdit* lineEdit(const QString& objectName, const QString& text = {}, const QString& placeholder = {});
// The hidden error line ("errorLabel"), shown by showOrAccept.
QLabel* errorLabel();
// Lays out the form, the error line and OK/Cancel ("buttonBox") in the dialog.
void finish(QDialog* dialog, QFormLayout* form, QLabel* error);
// Accepts the dialog when ok, else shows the error in the label and keeps the dialog open.
void showOrAccept(QDialog* dialog, QLabel* label, const QString& error, bool ok);
// Trimmed text, or none when empty.
std::optional<std::string> optionalText(const QString& text);

} // namespace sd::app::form
