// The KPI library and template editor: the templates page (templates per role and level, their items, the live
// weight total). The dialog's frame, the library page and Save are in KpiTemplateDialog.cpp.

#include "app/KpiTemplateDialog.h"

#include "app/KpiTemplateItemEditor.h"
#include "app/KpiTemplateTexts.h"
#include "domain/KpiLibrary.h"
#include "io/AppraisalExport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace sd::app {

namespace {

enum ItemColumn
{
    KpiColumn,
    WeightColumn,
    PerspectiveColumn,
    TargetColumn,
    RuleColumn,
    ItemColumns
};

// A new item of a KPI: the usual perspective, rule and target for it (all editable).
KpiTemplateItem newItem(const WorkspaceSettings& settings, const std::string& kpi, const Rational& weight)
{
    KpiTemplateItem item;
    item.kpi = kpi;
    item.weight = weight;
    const KpiUnit unit = kpiUnit(kpi);
    if (kpi == "review_360" || !isBuiltinKpi(kpi)) {
        item.rule.type = ScoringRuleType::Direct;
        item.perspective = kpi == "review_360" ? Perspective::Learning : Perspective::Customer;
    } else if (kpiTargetMetric(kpi)) {
        item.targetSource = KpiTemplateItem::TargetSource::OwnerTarget;
        item.perspective = kpi == "new_customers" ? Perspective::Customer : Perspective::Financial;
    } else {
        item.targetSource = KpiTemplateItem::TargetSource::Fixed;
        item.fixedTarget = unit == KpiUnit::Ratio ? Rational(1, 2) : Rational(20);
        item.perspective = Perspective::Financial;
    }
    if (kpiKind(settings, kpi) == KpiKind::Process && kpi != "review_360")
        item.perspective = Perspective::Process;
    return item;
}

QPushButton* button(const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

QWidget* KpiTemplateDialog::buildTemplatesPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("kpiTemplatesPage"));

    // Left: the templates.
    m_templatesLabel = new QLabel(page);
    m_templatesLabel->setWordWrap(true);
    m_templateList = new QListWidget(page);
    m_templateList->setObjectName(QStringLiteral("templateListWidget"));
    m_addTemplateButton = button(QStringLiteral("addTemplateButton"), page);
    m_copyTemplateButton = button(QStringLiteral("copyTemplateButton"), page);
    m_removeTemplateButton = button(QStringLiteral("removeTemplateButton"), page);
    auto* templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_addTemplateButton);
    templateButtons->addWidget(m_copyTemplateButton);
    templateButtons->addWidget(m_removeTemplateButton);
    auto* left = new QWidget(page);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_templatesLabel);
    leftLayout->addWidget(m_templateList, 1);
    leftLayout->addLayout(templateButtons);

    // Middle: the template's role, level and items.
    m_templateCodeEdit = new QLineEdit(page);
    m_templateCodeEdit->setObjectName(QStringLiteral("templateCodeEdit"));
    m_roleCombo = new QComboBox(page);
    m_roleCombo->setObjectName(QStringLiteral("templateRoleCombo"));
    m_levelCombo = new QComboBox(page);
    m_levelCombo->setObjectName(QStringLiteral("templateLevelCombo"));
    m_templateCodeLabel = new QLabel(page);
    m_templateRoleLabel = new QLabel(page);
    m_templateLevelLabel = new QLabel(page);
    auto* header = new QHBoxLayout;
    header->addWidget(m_templateCodeLabel);
    header->addWidget(m_templateCodeEdit, 1);
    header->addWidget(m_templateRoleLabel);
    header->addWidget(m_roleCombo, 1);
    header->addWidget(m_templateLevelLabel);
    header->addWidget(m_levelCombo, 1);
    m_itemTable = new QTableWidget(0, ItemColumns, page);
    m_itemTable->setObjectName(QStringLiteral("itemTableWidget"));
    m_itemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemTable->setWordWrap(false);
    m_itemTable->verticalHeader()->setVisible(false);
    m_itemTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_itemTable->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    m_addItemButton = button(QStringLiteral("addItemButton"), page);
    m_removeItemButton = button(QStringLiteral("removeItemButton"), page);
    m_moveItemUpButton = button(QStringLiteral("moveItemUpButton"), page);
    m_moveItemDownButton = button(QStringLiteral("moveItemDownButton"), page);
    m_weightTotalLabel = new QLabel(page);
    m_weightTotalLabel->setObjectName(QStringLiteral("weightTotalLabel"));
    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addItemButton);
    itemButtons->addWidget(m_removeItemButton);
    itemButtons->addWidget(m_moveItemUpButton);
    itemButtons->addWidget(m_moveItemDownButton);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_weightTotalLabel);
    auto* middle = new QWidget(page);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(header);
    middleLayout->addWidget(m_itemTable, 1);
    middleLayout->addLayout(itemButtons);

    // Right: the selected item.
    m_itemEditor = new KpiTemplateItemEditor(page);
    auto* scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("itemEditorScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_itemEditor);
    scroll->setMinimumWidth(360);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("templateSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({230, 520, 400});
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_templateList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            selectTemplate(row);
    });
    connect(m_templateCodeEdit, &QLineEdit::textChanged, this, &KpiTemplateDialog::templateFormEdited);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &KpiTemplateDialog::templateFormEdited);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &KpiTemplateDialog::templateFormEdited);
    connect(m_itemTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_loading)
            selectItem(row);
    });
    connect(m_itemEditor, &KpiTemplateItemEditor::itemEdited, this, &KpiTemplateDialog::itemEdited);
    connect(m_addTemplateButton, &QPushButton::clicked, this, &KpiTemplateDialog::addTemplate);
    connect(m_copyTemplateButton, &QPushButton::clicked, this, &KpiTemplateDialog::copyTemplate);
    connect(m_removeTemplateButton, &QPushButton::clicked, this, &KpiTemplateDialog::removeTemplate);
    connect(m_addItemButton, &QPushButton::clicked, this, &KpiTemplateDialog::addItem);
    connect(m_removeItemButton, &QPushButton::clicked, this, &KpiTemplateDialog::removeItem);
    connect(m_moveItemUpButton, &QPushButton::clicked, this, &KpiTemplateDialog::moveItemUp);
    connect(m_moveItemDownButton, &QPushButton::clicked, this, &KpiTemplateDialog::moveItemDown);
    return page;
}

KpiTemplate* KpiTemplateDialog::currentTemplate()
{
    if (m_template < 0 || size_t(m_template) >= m_settings.kpiTemplates.size())
        return nullptr;
    return &m_settings.kpiTemplates[size_t(m_template)];
}

void KpiTemplateDialog::fillTemplateList()
{
    m_loading = true;
    m_templateList->clear();
    for (const KpiTemplate& t : m_settings.kpiTemplates)
        m_templateList->addItem(kpitexts::templateEntry(t));
    if (m_template >= int(m_settings.kpiTemplates.size()))
        m_template = int(m_settings.kpiTemplates.size()) - 1;
    m_templateList->setCurrentRow(m_template);
    m_loading = false;
}

void KpiTemplateDialog::selectTemplate(int index)
{
    m_template = index;
    m_item = -1;
    {
        m_loading = true;
        m_templateList->setCurrentRow(index);
        m_loading = false;
    }
    loadTemplateForm();
    const KpiTemplate* t = currentTemplate();
    selectItem(t && !t->items.empty() ? 0 : -1);
}

void KpiTemplateDialog::loadTemplateForm()
{
    const KpiTemplate* t = currentTemplate();
    m_loading = true;
    for (QWidget* w : std::initializer_list<QWidget*>{m_templateCodeEdit, m_roleCombo, m_levelCombo, m_itemTable})
        w->setEnabled(t != nullptr);
    m_templateCodeEdit->setText(t ? QString::fromStdString(t->code) : QString());
    m_roleCombo->setCurrentIndex(t ? m_roleCombo->findData(int(t->role)) : -1);
    m_levelCombo->setCurrentIndex(t ? m_levelCombo->findData(t->level ? int(*t->level) : -1) : -1);
    m_loading = false;
    fillItemTable();
    updateTotal();
    updateButtons();
}

void KpiTemplateDialog::templateFormEdited()
{
    KpiTemplate* t = currentTemplate();
    if (m_loading || !t)
        return;
    t->code = m_templateCodeEdit->text().trimmed().toStdString();
    t->role = Role(m_roleCombo->currentData().toInt());
    const int level = m_levelCombo->currentData().toInt();
    t->level = level < 0 ? std::nullopt : std::optional<Level>(Level(level));
    if (QListWidgetItem* entry = m_templateList->item(m_template))
        entry->setText(kpitexts::templateEntry(*t));
    updateIssues();
}

void KpiTemplateDialog::fillItemTable()
{
    const KpiTemplate* t = currentTemplate();
    m_loading = true;
    m_itemTable->setRowCount(t ? int(t->items.size()) : 0);
    for (int row = 0; row < m_itemTable->rowCount(); ++row)
        fillItemRow(row);
    if (m_item >= 0 && m_item < m_itemTable->rowCount())
        m_itemTable->setCurrentCell(m_item, KpiColumn);
    m_loading = false;
    // Usage in the library follows the items.
    for (int row = 0; row < m_kpiTable->rowCount(); ++row)
        fillKpiRow(row);
}

void KpiTemplateDialog::fillItemRow(int row)
{
    const KpiTemplateItem& item = currentTemplate()->items[size_t(row)];
    const QString cells[ItemColumns] = {
        QStringLiteral("%1 — %2").arg(QString::fromStdString(item.kpi),
                                      io::AppraisalExport::kpiName(item.kpi, m_settings)),
        kpitexts::decimalText(item.weight),
        io::AppraisalExport::perspectiveName(item.perspective),
        kpitexts::targetText(item),
        io::AppraisalExport::ruleText(item.rule),
    };
    for (int column = 0; column < ItemColumns; ++column) {
        QTableWidgetItem* cell = m_itemTable->item(row, column);
        if (!cell) {
            cell = new QTableWidgetItem;
            m_itemTable->setItem(row, column, cell);
        }
        cell->setText(cells[column]);
        cell->setToolTip(cells[column]);
        if (column == WeightColumn)
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

void KpiTemplateDialog::selectItem(int index)
{
    const KpiTemplate* t = currentTemplate();
    if (!t || index < 0 || size_t(index) >= t->items.size())
        index = -1;
    m_item = index;
    m_loading = true;
    m_itemTable->setCurrentCell(index, index < 0 ? -1 : KpiColumn);
    m_loading = false;
    m_itemEditor->setEnabled(index >= 0);
    m_itemEditor->setItem(index >= 0 ? t->items[size_t(index)] : KpiTemplateItem{});
    updateButtons();
}

void KpiTemplateDialog::itemEdited()
{
    KpiTemplate* t = currentTemplate();
    if (!t || m_item < 0 || size_t(m_item) >= t->items.size())
        return;
    t->items[size_t(m_item)] = m_itemEditor->item();
    fillItemRow(m_item);
    for (int row = 0; row < m_kpiTable->rowCount(); ++row)
        fillKpiRow(row);
    updateTotal();
    updateIssues();
}

void KpiTemplateDialog::updateTotal()
{
    const KpiTemplate* t = currentTemplate();
    if (!t) {
        m_weightTotalLabel->clear();
        return;
    }
    const Rational total = weightTotal(*t);
    m_weightTotalLabel->setText(kpitexts::weightTotalText(total));
    m_weightTotalLabel->setStyleSheet(total == Rational(100) ? QStringLiteral("color: #26a269; font-weight: bold;")
                                                             : QStringLiteral("color: #c01c28; font-weight: bold;"));
}

void KpiTemplateDialog::updateButtons()
{
    const KpiTemplate* t = currentTemplate();
    m_copyTemplateButton->setEnabled(t != nullptr);
    m_removeTemplateButton->setEnabled(t != nullptr);
    m_addItemButton->setEnabled(t != nullptr);
    m_removeItemButton->setEnabled(t && m_item >= 0);
    m_moveItemUpButton->setEnabled(t && m_item > 0);
    m_moveItemDownButton->setEnabled(t && m_item >= 0 && size_t(m_item) + 1 < t->items.size());
}

void KpiTemplateDialog::addTemplate()
{
    int n = 1;
    const auto codeTaken = [this](const std::string& code) {
        return std::any_of(m_settings.kpiTemplates.begin(), m_settings.kpiTemplates.end(),
                           [&](const KpiTemplate& t) { return t.code == code; });
    };
    while (codeTaken("template" + std::to_string(n)))
        ++n;
    KpiTemplate t;
    t.code = "template" + std::to_string(n);
    // The first role and level without a template: a role's general template before its level ones.
    std::set<std::pair<int, int>> taken;
    for (const KpiTemplate& other : m_settings.kpiTemplates)
        taken.insert({int(other.role), other.level ? int(*other.level) : -1});
    bool found = false;
    for (Role role : {Role::Rep, Role::RegionalManager, Role::SeniorManager}) {
        for (int level : {-1, int(Level::Junior), int(Level::Mid), int(Level::Senior)}) {
            if (!taken.count({int(role), level})) {
                t.role = role;
                t.level = level < 0 ? std::nullopt : std::optional<Level>(Level(level));
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    m_settings.kpiTemplates.push_back(t);
    fillTemplateList();
    selectTemplate(int(m_settings.kpiTemplates.size()) - 1);
    m_templateCodeEdit->setFocus();
    m_templateCodeEdit->selectAll();
    updateIssues();
}

void KpiTemplateDialog::copyTemplate()
{
    const KpiTemplate* current = currentTemplate();
    if (!current)
        return;
    KpiTemplate copy = *current;
    copy.code += "_copy";
    // Same role, the first level of it without a template (the copy is usually the level-specific variant).
    std::set<int> taken;
    for (const KpiTemplate& other : m_settings.kpiTemplates)
        if (other.role == copy.role)
            taken.insert(other.level ? int(*other.level) : -1);
    for (int level : {int(Level::Junior), int(Level::Mid), int(Level::Senior)})
        if (!taken.count(level)) {
            copy.level = Level(level);
            break;
        }
    m_settings.kpiTemplates.push_back(copy);
    fillTemplateList();
    selectTemplate(int(m_settings.kpiTemplates.size()) - 1);
    updateIssues();
}

void KpiTemplateDialog::removeTemplate()
{
    if (!currentTemplate())
        return;
    m_settings.kpiTemplates.erase(m_settings.kpiTemplates.begin() + m_template);
    fillTemplateList();
    selectTemplate(std::min(m_template, int(m_settings.kpiTemplates.size()) - 1));
    fillKpiTable();
    updateIssues();
}

void KpiTemplateDialog::addItem()
{
    KpiTemplate* t = currentTemplate();
    if (!t)
        return;
    // The first KPI of the library the template does not have yet; the weight still missing to 100.
    std::vector<std::string> codes;
    for (const BuiltinKpi& k : builtinKpis())
        codes.emplace_back(k.code);
    for (const KpiDef& def : m_settings.kpis)
        if (def.source != "builtin" && !isBuiltinKpi(def.code))
            codes.push_back(def.code);
    std::string kpi = codes.front();
    for (const std::string& code : codes)
        if (std::none_of(t->items.begin(), t->items.end(), [&](const KpiTemplateItem& i) { return i.kpi == code; })) {
            kpi = code;
            break;
        }
    const Rational rest = Rational(100) - weightTotal(*t);
    t->items.push_back(newItem(m_settings, kpi, rest.isPositive() ? rest : Rational(0)));
    m_item = int(t->items.size()) - 1;
    fillItemTable();
    selectItem(m_item);
    updateTotal();
    updateIssues();
}

void KpiTemplateDialog::removeItem()
{
    KpiTemplate* t = currentTemplate();
    if (!t || m_item < 0 || size_t(m_item) >= t->items.size())
        return;
    t->items.erase(t->items.begin() + m_item);
    const int next = std::min(m_item, int(t->items.size()) - 1);
    m_item = next;
    fillItemTable();
    selectItem(next);
    updateTotal();
    updateIssues();
}

void KpiTemplateDialog::moveItemUp()
{
    moveItem(-1);
}

void KpiTemplateDialog::moveItemDown()
{
    moveItem(+1);
}

void KpiTemplateDialog::moveItem(int delta)
{
    KpiTemplate* t = currentTemplate();
    const int target = m_item + delta;
    if (!t || m_item < 0 || target < 0 || size_t(target) >= t->items.size())
        return;
    std::swap(t->items[size_t(m_item)], t->items[size_t(target)]);
    m_item = target;
    fillItemTable();
    selectItem(target);
    updateIssues();
}

} // namespace sd::app
