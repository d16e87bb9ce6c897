#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sd::app {

// Shows every error of a failed import (or any long list of problems) in a read-only text the user can
// select and copy whole, to fix the files or send to whoever exported them.
class ErrorListDialog : public QDialog
{
    Q_OBJECT

public:
    ErrorListDialog(const QString& title, const QString& summary, const QStringList& lines, QWidget* parent = nullptr);

    QString text() const;

public Q_SLOTS:
    void copyAll();

private:
    QLabel* m_summaryLabel;
    QPlainTextEdit* m_errorTextEdit;
    QPushButton* m_copyButton;
};

} // namespace sd::app
