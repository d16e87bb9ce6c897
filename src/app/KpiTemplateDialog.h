#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#endif

#include <QDialog>
#include <QStringList>

#include <set>
#include <string>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sd::app {

class KpiTemplateItemEditor;
class WorkspaceDocument;

// The KPI library and template editor (SPEC §6): the built-in KPIs (read only) and the workspace's manual ones
// (add, edit, remove — not while a template uses one), and the KPI templates per role and level with their items
// (KPI, weight, perspective, target, scoring rule with floor/cap/threshold/bands, behaviour anchors) and the live
// weight total. Edits a copy; Save checks everything (checkKpiLibrary, then the workspace JSON rules), refuses with
// a message naming the template and item, and otherwise replaces the workspace's KPIs and templates with one
// undoable ChangeSettings ("Edit KPI Templates"). docs/kpi.md, "KPI library and template editor".
class KpiTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    KpiTemplateDialog(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~KpiTemplateDialog() override;

    // The edited copy (what Save would store).
    const WorkspaceSettings& editedSettings() const { return m_settings; }
    // Every problem of the edited copy, one line each (what Save refuses with); empty when it can be saved.
    QStringList problems() const;

public Q_SLOTS:
    // Stores the KPIs and templates as one undoable edit and closes the dialog; false (with a message, nothing
    // stored) when something is wrong.
    bool save();
    void addKpi();
    void removeKpi();
    void addTemplate();
    void copyTemplate();
    void removeTemplate();
    void addItem();
    void removeItem();
    void moveItemUp();
    void moveItemDown();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildLibraryPage();
    QWidget* buildTemplatesPage();
    void retranslate();
    void refreshAll();
    // library
    void fillKpiTable();
    void fillKpiRow(int row);
    int kpiIndexOfRow(int row) const; // into m_settings.kpis; -1 for a built-in row
    void loadKpiForm();
    void kpiFormEdited();
    void commitKpiCode();
    // templates
    void fillTemplateList();
    void selectTemplate(int index);
    void loadTemplateForm();
    void templateFormEdited();
    void fillItemTable();
    void fillItemRow(int row);
    void selectItem(int index);
    void itemEdited();
    void moveItem(int delta);
    KpiTemplate* currentTemplate();
    void updateTotal();
    void updateIssues();
    void updateButtons();

    WorkspaceDocument* m_document;
    WorkspaceSettings m_settings;
    std::set<std::string> m_savedKpiCodes; // manual KPIs already stored: their code is fixed
    int m_template = -1;
    int m_item = -1;
    bool m_loading = false;

    QTabWidget* m_tabs = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_issuesLabel = nullptr;
    // library page
    QLabel* m_libraryHint = nullptr;
    QTableWidget* m_kpiTable = nullptr;
    QLabel* m_kpiCodeLabel = nullptr;
    QLabel* m_kpiNameLabel = nullptr;
    QLabel* m_kpiUnitLabel = nullptr;
    QLabel* m_kpiKindLabel = nullptr;
    QLineEdit* m_kpiCodeEdit = nullptr;
    QLineEdit* m_kpiNameEdit = nullptr;
    QLineEdit* m_kpiUnitEdit = nullptr;
    QComboBox* m_kpiKindCombo = nullptr;
    QCheckBox* m_kpiLowerCheck = nullptr;
    QLabel* m_kpiNote = nullptr;
    QPushButton* m_addKpiButton = nullptr;
    QPushButton* m_removeKpiButton = nullptr;
    // templates page
    QLabel* m_templatesLabel = nullptr;
    QListWidget* m_templateList = nullptr;
    QPushButton* m_addTemplateButton = nullptr;
    QPushButton* m_copyTemplateButton = nullptr;
    QPushButton* m_removeTemplateButton = nullptr;
    QLabel* m_templateCodeLabel = nullptr;
    QLabel* m_templateRoleLabel = nullptr;
    QLabel* m_templateLevelLabel = nullptr;
    QLineEdit* m_templateCodeEdit = nullptr;
    QComboBox* m_roleCombo = nullptr;
    QComboBox* m_levelCombo = nullptr;
    QTableWidget* m_itemTable = nullptr;
    QPushButton* m_addItemButton = nullptr;
    QPushButton* m_removeItemButton = nullptr;
    QPushButton* m_moveItemUpButton = nullptr;
    QPushButton* m_moveItemDownButton = nullptr;
    QLabel* m_weightTotalLabel = nullptr;
    KpiTemplateItemEditor* m_itemEditor = nullptr;
};

} // namespace sd::app
