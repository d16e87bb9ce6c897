#pragma once

#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;

namespace sd::app {

class AuditLogModel;
class WorkspaceDocument;

// Browses the workspace's audit log (who changed which target, stage, appraisal, calibration, plan or statement,
// when, from what to what): filters by date range, kind of record, user and text; sortable by clicking a header;
// pages fetched as the list scrolls. Read-only — the log cannot be edited from the application.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(WorkspaceDocument* document, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    // Reads the filter lists and the rows again.
    void reload();

    // Adds "Audit Log…" to `menu`, opening (or raising) one dialog over `window`; its text follows the language.
    static QAction* addMenuAction(QMenu* menu, WorkspaceDocument* document, QWidget* window);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyFilter();
    void fillChoices();
    void updateStatus();

    WorkspaceDocument* m_document;
    AuditLogModel* m_model;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_toCheck;
    QDateEdit* m_to;
    QLabel* m_entityLabel;
    QComboBox* m_entity;
    QLabel* m_userLabel;
    QComboBox* m_user;
    QLineEdit* m_text;
    QPushButton* m_refresh;
    QPushButton* m_close;
    QTableView* m_table;
    QLabel* m_status;
    QTimer* m_textTimer;
};

} // namespace sd::app
