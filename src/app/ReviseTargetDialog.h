#pragma once

#include <QDialog>

#include <cstdint>
#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd::app {

// Asks the new figure of an approved target and the reason of the revision; OK only with a valid figure that
// differs from the approved one and a non-empty reason.
class ReviseTargetDialog : public QDialog
{
    Q_OBJECT

public:
    using Parser = std::function<std::optional<std::int64_t>(const QString&)>;
    ReviseTargetDialog(const QString& target, const QString& currentText, std::int64_t current, Parser parse,
                       QWidget* parent = nullptr);

    std::int64_t amount() const;
    QString reason() const;

private:
    void validate();

    std::int64_t m_current;
    Parser m_parse;
    QLineEdit* m_amountEdit;
    QPlainTextEdit* m_reasonEdit;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace sd::app
