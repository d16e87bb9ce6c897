// The KPI library and template editor: the dialog's frame, the KPI library page and Save. The templates page is
// in KpiTemplateDialogTemplates.cpp.

#include "app/KpiTemplateDialog.h"

#include "app/ChangeSettings.h"
#include "app/DialogHooks.h"
#include "app/KpiTemplateItemEditor.h"
#include "app/KpiTemplateTexts.h"
#include "app/WorkspaceDocument.h"
#include "domain/KpiLibrary.h"
#include "io/AppraisalExport.h"
#include "io/WorkspaceJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace sd::app {

namespace {

enum KpiColumn
{
    CodeColumn,
    NameColumn,
    UnitColumn,
    KindColumn,
    LowerColumn,
    SourceColumn,
    UsedByColumn,
    KpiColumns
};
constexpr int kKpiIndexRole = Qt::UserRole + 1;

bool isManualEntry(const KpiDef& def)
{
    return def.source != "builtin" && !isBuiltinKpi(def.code);
}

QString unitName(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Money:
        return QCoreApplication::translate("KpiTemplateDialog", "money");
    case KpiUnit::Count:
        return QCoreApplication::translate("KpiTemplateDialog", "count");
    case KpiUnit::Ratio:
        return QCoreApplication::translate("KpiTemplateDialog", "ratio");
    case KpiUnit::Score:
        return QCoreApplication::translate("KpiTemplateDialog", "score 0–100");
    case KpiUnit::Value:
        break;
    }
    return {};
}

QString joined(const std::vector<std::string>& codes)
{
    QStringList out;
    for (const std::string& c : codes)
        out << QString::fromStdString(c);
    return out.join(QStringLiteral(", "));
}

} // namespace

KpiTemplateDialog::KpiTemplateDialog(WorkspaceDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_settings(document->settings())
{
    setObjectName(QStringLiteral("kpiTemplateDialog"));
    for (const KpiDef& def : m_settings.kpis)
        if (isManualEntry(def))
            m_savedKpiCodes.insert(def.code);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("kpiTemplateTabs"));
    m_tabs->addTab(buildLibraryPage(), QString());
    m_tabs->addTab(buildTemplatesPage(), QString());
    m_tabs->setCurrentIndex(1);

    m_issuesLabel = new QLabel(this);
    m_issuesLabel->setObjectName(QStringLiteral("issuesLabel"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issuesLabel->setStyleSheet(QStringLiteral("color: #c01c28;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("kpiTemplateButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_document->isOpen());
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &KpiTemplateDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_buttons);

    retranslate();
    refreshAll();
    if (!m_settings.kpiTemplates.empty())
        selectTemplate(0);
    resize(1180, 720);
}

KpiTemplateDialog::~KpiTemplateDialog() = default;

QWidget* KpiTemplateDialog::buildLibraryPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("kpiLibraryPage"));
    m_libraryHint = new QLabel(page);
    m_libraryHint->setWordWrap(true);
    m_kpiTable = new QTableWidget(0, KpiColumns, page);
    m_kpiTable->setObjectName(QStringLiteral("kpiTableWidget"));
    m_kpiTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpiTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kpiTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kpiTable->verticalHeader()->setVisible(false);
    m_kpiTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kpiTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    m_kpiCodeEdit = new QLineEdit(page);
    m_kpiCodeEdit->setObjectName(QStringLiteral("kpiCodeEdit"));
    m_kpiNameEdit = new QLineEdit(page);
    m_kpiNameEdit->setObjectName(QStringLiteral("kpiNameEdit"));
    m_kpiUnitEdit = new QLineEdit(page);
    m_kpiUnitEdit->setObjectName(QStringLiteral("kpiUnitEdit"));
    m_kpiKindCombo = new QComboBox(page);
    m_kpiKindCombo->setObjectName(QStringLiteral("kpiKindCombo"));
    m_kpiLowerCheck = new QCheckBox(page);
    m_kpiLowerCheck->setObjectName(QStringLiteral("kpiLowerIsBetterCheck"));
    m_kpiNote = new QLabel(page);
    m_kpiNote->setObjectName(QStringLiteral("kpiNoteLabel"));
    m_kpiNote->setWordWrap(true);
    m_kpiCodeLabel = new QLabel(page);
    m_kpiNameLabel = new QLabel(page);
    m_kpiUnitLabel = new QLabel(page);
    m_kpiKindLabel = new QLabel(page);
    m_addKpiButton = new QPushButton(page);
    m_addKpiButton->setObjectName(QStringLiteral("addKpiButton"));
    m_removeKpiButton = new QPushButton(page);
    m_removeKpiButton->setObjectName(QStringLiteral("removeKpiButton"));

    auto* form = new QFormLayout;
    form->addRow(m_kpiCodeLabel, m_kpiCodeEdit);
    form->addRow(m_kpiNameLabel, m_kpiNameEdit);
    form->addRow(m_kpiUnitLabel, m_kpiUnitEdit);
    form->addRow(m_kpiKindLabel, m_kpiKindCombo);
    form->addRow(QString(), m_kpiLowerCheck);
    form->addRow(m_kpiNote);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addKpiButton);
    buttons->addWidget(m_removeKpiButton);
    buttons->addStretch(1);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addLayout(buttons);
    side->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_kpiTable, 3);
    body->addLayout(side, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_libraryHint);
    layout->addLayout(body, 1);

    connect(m_kpiTable, &QTableWidget::itemSelectionChanged, this, &KpiTemplateDialog::loadKpiForm);
    connect(m_kpiNameEdit, &QLineEdit::textChanged, this, &KpiTemplateDialog::kpiFormEdited);
    connect(m_kpiUnitEdit, &QLineEdit::textChanged, this, &KpiTemplateDialog::kpiFormEdited);
    connect(m_kpiKindCombo, &QComboBox::currentIndexChanged, this, &KpiTemplateDialog::kpiFormEdited);
    connect(m_kpiLowerCheck, &QCheckBox::toggled, this, &KpiTemplateDialog::kpiFormEdited);
    connect(m_kpiCodeEdit, &QLineEdit::editingFinished, this, &KpiTemplateDialog::commitKpiCode);
    connect(m_addKpiButton, &QPushButton::clicked, this, &KpiTemplateDialog::addKpi);
    connect(m_removeKpiButton, &QPushButton::clicked, this, &KpiTemplateDialog::removeKpi);
    return page;
}

void KpiTemplateDialog::retranslate()
{
    setWindowTitle(tr("KPI Library and Templates"));
    m_tabs->setTabText(0, tr("KPI library"));
    m_tabs->setTabText(1, tr("Templates"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_libraryHint->setText(tr("Built-in KPIs are computed from the data and cannot be changed. Manual KPIs take the "
                              "values entered or imported per rep and period (kpi_values.csv); process metrics "
                              "(visits, calls, pipeline created) sit beside the result metrics."));
    m_kpiTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Unit"), tr("Metric"), tr("Lower is better"), tr("Source"), tr("Used by")});
    m_kpiCodeLabel->setText(tr("Code:"));
    m_kpiNameLabel->setText(tr("Name:"));
    m_kpiUnitLabel->setText(tr("Unit:"));
    m_kpiKindLabel->setText(tr("Metric:"));
    m_kpiUnitEdit->setPlaceholderText(tr("e.g. points, %, hours"));
    m_kpiLowerCheck->setText(tr("Lower is better (attainment = target ÷ actual)"));
    m_addKpiButton->setText(tr("Add KPI"));
    m_removeKpiButton->setText(tr("Remove KPI"));
    {
        const QSignalBlocker blocker(m_kpiKindCombo);
        const int kind = std::max(0, m_kpiKindCombo->currentIndex());
        m_kpiKindCombo->clear();
        m_kpiKindCombo->addItem(tr("Result metric"));
        m_kpiKindCombo->addItem(tr("Process metric"));
        m_kpiKindCombo->setCurrentIndex(kind);
    }
    m_templatesLabel->setText(tr("Templates (per role, optionally per level):"));
    m_addTemplateButton->setText(tr("Add"));
    m_copyTemplateButton->setText(tr("Copy"));
    m_removeTemplateButton->setText(tr("Remove"));
    m_templateCodeLabel->setText(tr("Code:"));
    m_templateRoleLabel->setText(tr("Role:"));
    m_templateLevelLabel->setText(tr("Level:"));
    {
        const QSignalBlocker roleBlocker(m_roleCombo);
        const QSignalBlocker levelBlocker(m_levelCombo);
        const int role = std::max(0, m_roleCombo->currentIndex());
        const int level = std::max(0, m_levelCombo->currentIndex());
        m_roleCombo->clear();
        for (Role r : {Role::Rep, Role::RegionalManager, Role::SeniorManager})
            m_roleCombo->addItem(io::AppraisalExport::roleName(r), int(r));
        m_levelCombo->clear();
        m_levelCombo->addItem(tr("Any level"), -1);
        for (Level l : {Level::Junior, Level::Mid, Level::Senior})
            m_levelCombo->addItem(io::AppraisalExport::levelName(l), int(l));
        m_roleCombo->setCurrentIndex(role);
        m_levelCombo->setCurrentIndex(level);
    }
    m_itemTable->setHorizontalHeaderLabels({tr("KPI"), tr("Weight"), tr("Perspective"), tr("Target"), tr("Rule")});
    m_addItemButton->setText(tr("Add item"));
    m_removeItemButton->setText(tr("Remove item"));
    m_moveItemUpButton->setText(tr("Move up"));
    m_moveItemDownButton->setText(tr("Move down"));
    m_itemEditor->retranslate();
}

void KpiTemplateDialog::refreshAll()
{
    fillKpiTable();
    m_itemEditor->setLibrary(m_settings);
    fillTemplateList();
    loadTemplateForm();
    updateIssues();
}

void KpiTemplateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshAll();
        if (m_item >= 0)
            selectItem(m_item);
    }
    QDialog::changeEvent(event);
}

// ---- KPI library ------------------------------------------------------------------------------------------------

int KpiTemplateDialog::kpiIndexOfRow(int row) const
{
    const QTableWidgetItem* item = row >= 0 ? m_kpiTable->item(row, CodeColumn) : nullptr;
    return item ? item->data(kKpiIndexRole).toInt() : -1;
}

void KpiTemplateDialog::fillKpiTable()
{
    const int current = kpiIndexOfRow(m_kpiTable->currentRow());
    const QSignalBlocker blocker(m_kpiTable);
    m_kpiTable->setRowCount(0);
    for (const BuiltinKpi& k : builtinKpis()) {
        const int row = m_kpiTable->rowCount();
        m_kpiTable->insertRow(row);
        auto* code = new QTableWidgetItem(QString::fromUtf8(k.code.data(), qsizetype(k.code.size())));
        code->setData(kKpiIndexRole, -1);
        m_kpiTable->setItem(row, CodeColumn, code);
        fillKpiRow(row);
    }
    for (size_t i = 0; i < m_settings.kpis.size(); ++i) {
        if (!isManualEntry(m_settings.kpis[i]))
            continue;
        const int row = m_kpiTable->rowCount();
        m_kpiTable->insertRow(row);
        auto* code = new QTableWidgetItem;
        code->setData(kKpiIndexRole, int(i));
        m_kpiTable->setItem(row, CodeColumn, code);
        fillKpiRow(row);
        if (int(i) == current)
            m_kpiTable->setCurrentCell(row, CodeColumn);
    }
    loadKpiForm();
}

void KpiTemplateDialog::fillKpiRow(int row)
{
    const int index = kpiIndexOfRow(row);
    const QString code = m_kpiTable->item(row, CodeColumn)->text();
    QStringList cells;
    if (index < 0) {
        const std::string c = code.toStdString();
        cells << io::AppraisalExport::kpiName(c, m_settings) << unitName(kpiUnit(c))
              << kpitexts::kindName(kpiKind(m_settings, c)) << QString() << tr("Built-in")
              << joined(templatesUsingKpi(m_settings, c));
    } else {
        const KpiDef& def = m_settings.kpis[size_t(index)];
        m_kpiTable->item(row, CodeColumn)->setText(QString::fromStdString(def.code));
        cells << QString::fromStdString(def.name) << QString::fromStdString(def.unit) << kpitexts::kindName(def.kind)
              << (def.lowerIsBetter ? tr("Yes") : QString()) << tr("Manual")
              << joined(templatesUsingKpi(m_settings, def.code));
    }
    for (int column = NameColumn; column < KpiColumns; ++column) {
        QTableWidgetItem* cell = m_kpiTable->item(row, column);
        if (!cell) {
            cell = new QTableWidgetItem;
            m_kpiTable->setItem(row, column, cell);
        }
        cell->setText(cells.at(column - NameColumn));
        if (index < 0)
            cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (index < 0)
        m_kpiTable->item(row, CodeColumn)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
}

void KpiTemplateDialog::loadKpiForm()
{
    const int row = m_kpiTable->currentRow();
    const int index = kpiIndexOfRow(row);
    m_loading = true;
    const bool manual = index >= 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_kpiNameEdit, m_kpiUnitEdit, m_kpiKindCombo, m_kpiLowerCheck})
        w->setEnabled(manual);
    m_removeKpiButton->setEnabled(manual);
    if (manual) {
        const KpiDef& def = m_settings.kpis[size_t(index)];
        const bool fixedCode = m_savedKpiCodes.count(def.code) > 0;
        m_kpiCodeEdit->setText(QString::fromStdString(def.code));
        m_kpiCodeEdit->setEnabled(!fixedCode);
        m_kpiNameEdit->setText(QString::fromStdString(def.name));
        m_kpiUnitEdit->setText(QString::fromStdString(def.unit));
        m_kpiKindCombo->setCurrentIndex(def.kind == KpiKind::Process ? 1 : 0);
        m_kpiLowerCheck->setChecked(def.lowerIsBetter);
        m_kpiNote->setText(fixedCode ? tr("The code is fixed once saved: the values entered and imported are stored "
                                          "under it. To use another code, add a new KPI.")
                                     : QString());
    } else {
        const std::string code = row >= 0 ? m_kpiTable->item(row, CodeColumn)->text().toStdString() : std::string();
        m_kpiCodeEdit->setText(QString::fromStdString(code));
        m_kpiCodeEdit->setEnabled(false);
        m_kpiNameEdit->setText(row >= 0 ? io::AppraisalExport::kpiName(code, m_settings) : QString());
        m_kpiUnitEdit->setText(row >= 0 ? unitName(kpiUnit(code)) : QString());
        m_kpiKindCombo->setCurrentIndex(row >= 0 && kpiKind(m_settings, code) == KpiKind::Process ? 1 : 0);
        m_kpiLowerCheck->setChecked(false);
        m_kpiNote->setText(row >= 0 ? tr("A built-in KPI: computed from the data, read only.") : QString());
    }
    m_loading = false;
}

void KpiTemplateDialog::kpiFormEdited()
{
    const int row = m_kpiTable->currentRow();
    const int index = kpiIndexOfRow(row);
    if (m_loading || index < 0)
        return;
    KpiDef& def = m_settings.kpis[size_t(index)];
    def.name = m_kpiNameEdit->text().trimmed().toStdString();
    def.unit = m_kpiUnitEdit->text().trimmed().toStdString();
    def.kind = m_kpiKindCombo->currentIndex() == 1 ? KpiKind::Process : KpiKind::Result;
    def.lowerIsBetter = m_kpiLowerCheck->isChecked();
    fillKpiRow(row);
    m_itemEditor->setLibrary(m_settings);
    fillItemTable();
    updateIssues();
}

void KpiTemplateDialog::commitKpiCode()
{
    const int row = m_kpiTable->currentRow();
    const int index = kpiIndexOfRow(row);
    if (m_loading || index < 0)
        return;
    KpiDef& def = m_settings.kpis[size_t(index)];
    const std::string code = m_kpiCodeEdit->text().trimmed().toStdString();
    if (code == def.code || m_savedKpiCodes.count(def.code))
        return;
    QString refusal;
    if (!isValidKpiCode(code))
        refusal = tr("“%1” cannot be a KPI code: it must not be empty nor contain spaces, commas or quotes.")
                      .arg(QString::fromStdString(code));
    else if (isKnownKpi(m_settings, code))
        refusal = tr("The KPI code “%1” is already in the library.").arg(QString::fromStdString(code));
    if (!refusal.isEmpty()) {
        DialogHooks::warning(this, tr("KPI library"), refusal);
        m_loading = true;
        m_kpiCodeEdit->setText(QString::fromStdString(def.code));
        m_loading = false;
        return;
    }
    // The new KPI may already be in a template of this session: the items follow the renamed code.
    for (KpiTemplate& t : m_settings.kpiTemplates)
        for (KpiTemplateItem& item : t.items)
            if (item.kpi == def.code)
                item.kpi = code;
    def.code = code;
    fillKpiRow(row);
    m_itemEditor->setLibrary(m_settings);
    fillItemTable();
    if (m_item >= 0)
        selectItem(m_item);
    updateIssues();
}

void KpiTemplateDialog::addKpi()
{
    int n = 1;
    while (isKnownKpi(m_settings, "kpi" + std::to_string(n)))
        ++n;
    KpiDef def;
    def.code = "kpi" + std::to_string(n);
    def.name = tr("New KPI").toStdString();
    def.source = "manual";
    m_settings.kpis.push_back(def);
    const int index = int(m_settings.kpis.size()) - 1;
    fillKpiTable();
    for (int row = 0; row < m_kpiTable->rowCount(); ++row)
        if (kpiIndexOfRow(row) == index)
            m_kpiTable->setCurrentCell(row, CodeColumn);
    m_itemEditor->setLibrary(m_settings);
    m_tabs->setCurrentIndex(0);
    m_kpiCodeEdit->setFocus();
    m_kpiCodeEdit->selectAll();
    updateIssues();
}

void KpiTemplateDialog::removeKpi()
{
    const int index = kpiIndexOfRow(m_kpiTable->currentRow());
    if (index < 0)
        return;
    const std::string code = m_settings.kpis[size_t(index)].code;
    const std::vector<std::string> users = templatesUsingKpi(m_settings, code);
    if (!users.empty()) {
        DialogHooks::warning(this, tr("KPI library"),
                             tr("The KPI “%1” cannot be removed: it is used by the template(s) %2. Remove it from "
                                "there first.")
                                 .arg(QString::fromStdString(code), joined(users)));
        return;
    }
    m_settings.kpis.erase(m_settings.kpis.begin() + index);
    fillKpiTable();
    m_itemEditor->setLibrary(m_settings);
    updateIssues();
}

// ---- Save -------------------------------------------------------------------------------------------------------

QStringList KpiTemplateDialog::problems() const
{
    QStringList out;
    for (const KpiLibraryIssue& issue : checkKpiLibrary(m_settings))
        out << kpitexts::issueText(issue, m_settings);
    if (out.isEmpty()) // anything the workspace JSON would refuse beyond the editor's own checks
        for (const io::JsonIssue& issue : io::validateSettings(m_settings))
            out << QString::fromStdString(issue.toString());
    return out;
}

void KpiTemplateDialog::updateIssues()
{
    const QStringList lines = problems();
    constexpr int kShown = 4;
    QStringList shown = lines.mid(0, kShown);
    if (lines.size() > kShown)
        shown << tr("… and %n more.", nullptr, int(lines.size() - kShown));
    m_issuesLabel->setText(shown.join(QLatin1Char('\n')));
    m_issuesLabel->setVisible(!lines.isEmpty());
}

bool KpiTemplateDialog::save()
{
    const QStringList lines = problems();
    if (!lines.isEmpty()) {
        updateIssues();
        DialogHooks::warning(this, tr("Cannot save the templates"),
                             tr("Nothing was saved. Please correct:\n\n%1").arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    if (!m_document->isOpen())
        return false;
    WorkspaceSettings after = m_document->settings();
    after.kpis = m_settings.kpis;
    after.kpiTemplates = m_settings.kpiTemplates;
    if (io::writeWorkspaceJson(after) != io::writeWorkspaceJson(m_document->settings())) {
        try {
            auto* command = new ChangeSettings(m_document, m_document->settings(), after);
            command->setText(QCoreApplication::translate("UndoCommands", "Edit KPI Templates"));
            m_document->undoStack()->push(command);
        } catch (const std::exception& e) {
            spdlog::error("KPI templates not saved: {}", e.what());
            DialogHooks::warning(this, tr("Cannot save the templates"), QString::fromUtf8(e.what()));
            return false;
        }
    }
    accept();
    return true;
}

} // namespace sd::app
