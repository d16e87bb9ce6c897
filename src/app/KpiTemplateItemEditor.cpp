#include "app/KpiTemplateItemEditor.h"

#include "app/KpiTemplateTexts.h"
#include "domain/Kpi.h"
#include "domain/KpiLibrary.h"
#include "io/AppraisalExport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::app {

namespace {

// "5." and ".5" are read as 5 and 0.5 while typing; up to six decimals (SPEC §1).
std::optional<Rational> parseNumber(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'.'))
        t.append(u'0');
    if (t.startsWith(u'.'))
        t.prepend(u'0');
    if (t.isEmpty())
        return std::nullopt;
    return Rational::parse(t.toStdString(), 6);
}

constexpr ScoringRuleType kRuleTypes[] = {ScoringRuleType::Linear, ScoringRuleType::Threshold, ScoringRuleType::Bands,
                                          ScoringRuleType::Direct, ScoringRuleType::Anchored};
constexpr Perspective kPerspectives[]
    = {Perspective::Financial, Perspective::Customer, Perspective::Process, Perspective::Learning};
constexpr KpiTemplateItem::TargetSource kTargetSources[]
    = {KpiTemplateItem::TargetSource::OwnerTarget, KpiTemplateItem::TargetSource::Fixed,
       KpiTemplateItem::TargetSource::None};

template <class T, size_t N> int indexOf(const T (&values)[N], T value)
{
    for (size_t i = 0; i < N; ++i)
        if (values[i] == value)
            return int(i);
    return 0;
}

void markInvalid(QLineEdit* edit, bool invalid)
{
    edit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { background: #fde2e2; }") : QString());
}

} // namespace

KpiTemplateItemEditor::KpiTemplateItemEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiTemplateItemEditor"));
    build();
    retranslate();
    load();
}

QLineEdit* KpiTemplateItemEditor::numberEdit(const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,15}(\\.\\d{0,6})?")), edit));
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return edit;
}

void KpiTemplateItemEditor::build()
{
    m_kpiCombo = new QComboBox(this);
    m_kpiCombo->setObjectName(QStringLiteral("itemKpiCombo"));
    m_weightEdit = numberEdit(QStringLiteral("itemWeightEdit"));
    m_perspectiveCombo = new QComboBox(this);
    m_perspectiveCombo->setObjectName(QStringLiteral("itemPerspectiveCombo"));
    m_targetCombo = new QComboBox(this);
    m_targetCombo->setObjectName(QStringLiteral("itemTargetSourceCombo"));
    m_fixedTargetEdit = numberEdit(QStringLiteral("itemFixedTargetEdit"));
    m_unitLabel = new QLabel(this);
    m_unitLabel->setObjectName(QStringLiteral("itemTargetUnitLabel"));
    m_unitLabel->setWordWrap(true);
    m_ruleCombo = new QComboBox(this);
    m_ruleCombo->setObjectName(QStringLiteral("itemRuleCombo"));
    m_ruleLabel = new QLabel(this);
    m_ruleLabel->setObjectName(QStringLiteral("itemRuleTextLabel"));
    m_ruleLabel->setWordWrap(true);
    m_floorEdit = numberEdit(QStringLiteral("itemFloorEdit"));
    m_capEdit = numberEdit(QStringLiteral("itemCapEdit"));
    m_thresholdEdit = numberEdit(QStringLiteral("itemThresholdEdit"));

    m_kpiLabel = new QLabel(this);
    m_weightLabel = new QLabel(this);
    m_perspectiveLabel = new QLabel(this);
    m_targetLabel = new QLabel(this);
    m_fixedTargetLabel = new QLabel(this);
    m_ruleTypeLabel = new QLabel(this);
    m_floorLabel = new QLabel(this);
    m_capLabel = new QLabel(this);
    m_thresholdLabel = new QLabel(this);

    m_itemBox = new QGroupBox(this);
    m_itemBox->setObjectName(QStringLiteral("itemGroupBox"));
    auto* itemForm = new QFormLayout(m_itemBox);
    itemForm->addRow(m_kpiLabel, m_kpiCombo);
    itemForm->addRow(m_weightLabel, m_weightEdit);
    itemForm->addRow(m_perspectiveLabel, m_perspectiveCombo);
    itemForm->addRow(m_targetLabel, m_targetCombo);
    auto* fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_fixedTargetEdit, 1);
    fixedRow->addWidget(m_unitLabel, 2);
    itemForm->addRow(m_fixedTargetLabel, fixedRow);

    m_ruleBox = new QGroupBox(this);
    m_ruleBox->setObjectName(QStringLiteral("ruleGroupBox"));
    auto* ruleForm = new QFormLayout(m_ruleBox);
    ruleForm->addRow(m_ruleTypeLabel, m_ruleCombo);
    ruleForm->addRow(m_thresholdLabel, m_thresholdEdit);
    ruleForm->addRow(m_floorLabel, m_floorEdit);
    ruleForm->addRow(m_capLabel, m_capEdit);
    ruleForm->addRow(m_ruleLabel);

    m_bandsBox = new QGroupBox(this);
    m_bandsBox->setObjectName(QStringLiteral("bandsGroupBox"));
    m_bandsTable = new QTableWidget(0, 2, m_bandsBox);
    m_bandsTable->setObjectName(QStringLiteral("itemBandsTable"));
    m_bandsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_bandsTable->verticalHeader()->setVisible(false);
    m_bandsTable->setMinimumHeight(110);
    m_addBandButton = new QPushButton(m_bandsBox);
    m_addBandButton->setObjectName(QStringLiteral("addBandButton"));
    m_removeBandButton = new QPushButton(m_bandsBox);
    m_removeBandButton->setObjectName(QStringLiteral("removeBandButton"));
    auto* bandButtons = new QVBoxLayout;
    bandButtons->addWidget(m_addBandButton);
    bandButtons->addWidget(m_removeBandButton);
    bandButtons->addStretch(1);
    auto* bandsLayout = new QHBoxLayout(m_bandsBox);
    bandsLayout->addWidget(m_bandsTable, 1);
    bandsLayout->addLayout(bandButtons);

    m_anchorsBox = new QGroupBox(this);
    m_anchorsBox->setObjectName(QStringLiteral("anchorsGroupBox"));
    auto* anchorsForm = new QFormLayout(m_anchorsBox);
    for (size_t i = 0; i < m_anchorEdits.size(); ++i) {
        m_anchorLabels[i] = new QLabel(m_anchorsBox);
        m_anchorEdits[i] = new QLineEdit(m_anchorsBox);
        m_anchorEdits[i]->setObjectName(QStringLiteral("anchorEdit%1").arg(i + 1));
        anchorsForm->addRow(m_anchorLabels[i], m_anchorEdits[i]);
        connect(m_anchorEdits[i], &QLineEdit::textChanged, this, [this] {
            if (m_loading)
                return;
            std::vector<std::string> anchors;
            bool any = false;
            for (QLineEdit* e : m_anchorEdits) {
                anchors.push_back(e->text().trimmed().toStdString());
                any = any || !anchors.back().empty();
            }
            m_item.anchors = any ? anchors : std::vector<std::string>{};
            edited();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_itemBox);
    layout->addWidget(m_ruleBox);
    layout->addWidget(m_bandsBox, 1);
    layout->addWidget(m_anchorsBox);
    layout->addStretch(0);

    connect(m_kpiCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index < 0)
            return;
        m_item.kpi = m_kpiCombo->itemData(index).toString().toStdString();
        updateVisibility();
        edited();
    });
    connect(m_perspectiveCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index < 0)
            return;
        m_item.perspective = kPerspectives[index];
        edited();
    });
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index < 0)
            return;
        m_item.targetSource = kTargetSources[index];
        updateVisibility();
        edited();
    });
    connect(m_ruleCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index < 0)
            return;
        m_item.rule.type = kRuleTypes[index];
        updateVisibility();
        edited();
    });
    const std::pair<QLineEdit*, Rational*> numbers[] = {{m_weightEdit, &m_item.weight},
                                                        {m_fixedTargetEdit, &m_item.fixedTarget},
                                                        {m_floorEdit, &m_item.rule.floor},
                                                        {m_capEdit, &m_item.rule.cap},
                                                        {m_thresholdEdit, &m_item.rule.threshold}};
    for (const auto& [edit, field] : numbers) {
        connect(edit, &QLineEdit::textChanged, this, [this, edit = edit, field = field] { numberEdited(edit, field); });
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit = edit, field = field] { numberFinished(edit, field); });
    }
    connect(m_bandsTable, &QTableWidget::cellChanged, this, &KpiTemplateItemEditor::bandEdited);
    connect(m_addBandButton, &QPushButton::clicked, this, &KpiTemplateItemEditor::addBand);
    connect(m_removeBandButton, &QPushButton::clicked, this, &KpiTemplateItemEditor::removeBand);
}

void KpiTemplateItemEditor::retranslate()
{
    m_itemBox->setTitle(tr("Item"));
    m_ruleBox->setTitle(tr("Scoring rule"));
    m_bandsBox->setTitle(tr("Bands (highest matching minimum wins)"));
    m_anchorsBox->setTitle(tr("Behaviour anchors (score = 20 × level)"));
    m_kpiLabel->setText(tr("KPI:"));
    m_weightLabel->setText(tr("Weight:"));
    m_perspectiveLabel->setText(tr("Perspective:"));
    m_targetLabel->setText(tr("Target:"));
    m_fixedTargetLabel->setText(tr("Fixed target:"));
    m_ruleTypeLabel->setText(tr("Rule:"));
    m_floorLabel->setText(tr("Floor:"));
    m_capLabel->setText(tr("Cap:"));
    m_thresholdLabel->setText(tr("Threshold (attainment):"));
    m_floorEdit->setPlaceholderText(QStringLiteral("0"));
    m_capEdit->setPlaceholderText(QStringLiteral("120"));
    m_bandsTable->setHorizontalHeaderLabels({tr("Minimum attainment"), tr("Score")});
    m_addBandButton->setText(tr("Add band"));
    m_removeBandButton->setText(tr("Remove band"));
    for (size_t i = 0; i < m_anchorLabels.size(); ++i)
        m_anchorLabels[i]->setText(tr("Level %1:").arg(i + 1));
    fillCombos();
}

void KpiTemplateItemEditor::setLibrary(const WorkspaceSettings& settings)
{
    m_library.kpis = settings.kpis;
    fillCombos();
}

void KpiTemplateItemEditor::fillCombos()
{
    const QSignalBlocker kpiBlocker(m_kpiCombo);
    m_kpiCombo->clear();
    for (const BuiltinKpi& k : builtinKpis()) {
        const QString code = QString::fromUtf8(k.code.data(), qsizetype(k.code.size()));
        m_kpiCombo->addItem(tr("%1 — %2").arg(code, io::AppraisalExport::kpiName(std::string(k.code), m_library)),
                            code);
    }
    for (const KpiDef& k : m_library.kpis)
        if (k.source != "builtin" && !isBuiltinKpi(k.code))
            m_kpiCombo->addItem(tr("%1 — %2").arg(QString::fromStdString(k.code), QString::fromStdString(k.name)),
                                QString::fromStdString(k.code));

    const QSignalBlocker perspectiveBlocker(m_perspectiveCombo);
    m_perspectiveCombo->clear();
    for (Perspective p : kPerspectives)
        m_perspectiveCombo->addItem(io::AppraisalExport::perspectiveName(p));

    const QSignalBlocker targetBlocker(m_targetCombo);
    m_targetCombo->clear();
    m_targetCombo->addItem(tr("The owner's target for the period"));
    m_targetCombo->addItem(tr("A fixed value"));
    m_targetCombo->addItem(tr("None (direct and anchored rules)"));

    const QSignalBlocker ruleBlocker(m_ruleCombo);
    m_ruleCombo->clear();
    m_ruleCombo->addItem(tr("Linear"));
    m_ruleCombo->addItem(tr("Threshold"));
    m_ruleCombo->addItem(tr("Bands"));
    m_ruleCombo->addItem(tr("Direct (the value is the score)"));
    m_ruleCombo->addItem(tr("Behaviour-anchored (level 1–5)"));
    load();
}

void KpiTemplateItemEditor::setItem(const KpiTemplateItem& item)
{
    m_item = item;
    load();
}

void KpiTemplateItemEditor::load()
{
    m_loading = true;
    int kpiIndex = m_kpiCombo->findData(QString::fromStdString(m_item.kpi));
    if (kpiIndex < 0 && !m_item.kpi.empty()) { // a code the library does not know (the check reports it)
        m_kpiCombo->addItem(tr("%1 — unknown KPI").arg(QString::fromStdString(m_item.kpi)),
                            QString::fromStdString(m_item.kpi));
        kpiIndex = m_kpiCombo->count() - 1;
    }
    m_kpiCombo->setCurrentIndex(kpiIndex);
    m_weightEdit->setText(kpitexts::decimalText(m_item.weight));
    m_perspectiveCombo->setCurrentIndex(indexOf(kPerspectives, m_item.perspective));
    m_targetCombo->setCurrentIndex(indexOf(kTargetSources, m_item.targetSource));
    m_fixedTargetEdit->setText(m_item.targetSource == KpiTemplateItem::TargetSource::Fixed
                                   ? kpitexts::decimalText(m_item.fixedTarget)
                                   : QString());
    m_ruleCombo->setCurrentIndex(indexOf(kRuleTypes, m_item.rule.type));
    m_floorEdit->setText(kpitexts::decimalText(m_item.rule.floor));
    m_capEdit->setText(kpitexts::decimalText(m_item.rule.cap));
    m_thresholdEdit->setText(kpitexts::decimalText(m_item.rule.threshold));
    for (QLineEdit* e : {m_weightEdit, m_fixedTargetEdit, m_floorEdit, m_capEdit, m_thresholdEdit})
        markInvalid(e, false);
    for (size_t i = 0; i < m_anchorEdits.size(); ++i)
        m_anchorEdits[i]->setText(i < m_item.anchors.size() ? QString::fromStdString(m_item.anchors[i]) : QString());
    fillBands();
    m_loading = false;
    updateVisibility();
}

void KpiTemplateItemEditor::fillBands()
{
    const QSignalBlocker blocker(m_bandsTable);
    m_bandsTable->setRowCount(0);
    for (const auto& [minimum, score] : m_item.rule.bands) {
        const int row = m_bandsTable->rowCount();
        m_bandsTable->insertRow(row);
        m_bandsTable->setItem(row, 0, new QTableWidgetItem(kpitexts::decimalText(minimum)));
        m_bandsTable->setItem(row, 1, new QTableWidgetItem(kpitexts::decimalText(score)));
    }
}

void KpiTemplateItemEditor::updateVisibility()
{
    const ScoringRuleType type = m_item.rule.type;
    const bool clamps = type == ScoringRuleType::Linear || type == ScoringRuleType::Threshold;
    auto* ruleForm = static_cast<QFormLayout*>(m_ruleBox->layout());
    ruleForm->setRowVisible(m_thresholdEdit, type == ScoringRuleType::Threshold);
    ruleForm->setRowVisible(m_floorEdit, clamps);
    ruleForm->setRowVisible(m_capEdit, clamps);
    m_bandsBox->setVisible(type == ScoringRuleType::Bands);
    m_anchorsBox->setVisible(type == ScoringRuleType::Anchored);
    m_fixedTargetEdit->setEnabled(m_item.targetSource == KpiTemplateItem::TargetSource::Fixed);
    m_ruleLabel->setText(io::AppraisalExport::ruleText(m_item.rule));

    QString unit;
    switch (kpiUnit(m_item.kpi)) {
    case KpiUnit::Money:
        unit = tr("in currency units (500000 = 500,000.00)");
        break;
    case KpiUnit::Count:
        unit = tr("a count");
        break;
    case KpiUnit::Ratio:
        unit = tr("a ratio (0.9 = 90%)");
        break;
    case KpiUnit::Score:
        unit = tr("a score (0–100)");
        break;
    case KpiUnit::Value: {
        const KpiDef* def = findKpiDef(m_library, m_item.kpi);
        unit = def && !def->unit.empty() ? tr("in %1").arg(QString::fromStdString(def->unit)) : tr("in the KPI's unit");
        break;
    }
    }
    m_unitLabel->setText(unit);
}

void KpiTemplateItemEditor::edited()
{
    m_ruleLabel->setText(io::AppraisalExport::ruleText(m_item.rule));
    Q_EMIT itemEdited();
}

void KpiTemplateItemEditor::numberEdited(QLineEdit* edit, Rational* field)
{
    if (m_loading)
        return;
    const auto value = parseNumber(edit->text());
    markInvalid(edit, !value);
    if (!value || *value == *field)
        return;
    *field = *value;
    edited();
}

void KpiTemplateItemEditor::numberFinished(QLineEdit* edit, const Rational* field)
{
    if (parseNumber(edit->text()))
        return;
    if (edit == m_fixedTargetEdit && m_item.targetSource != KpiTemplateItem::TargetSource::Fixed)
        return;
    const bool loading = m_loading;
    m_loading = true;
    edit->setText(kpitexts::decimalText(*field));
    m_loading = loading;
    markInvalid(edit, false);
}

void KpiTemplateItemEditor::bandEdited(int row, int column)
{
    if (m_loading || row < 0 || size_t(row) >= m_item.rule.bands.size())
        return;
    QTableWidgetItem* cell = m_bandsTable->item(row, column);
    auto& band = m_item.rule.bands[size_t(row)];
    Rational& field = column == 0 ? band.first : band.second;
    const auto value = cell ? parseNumber(cell->text()) : std::nullopt;
    if (!value) { // not a number: the band keeps its value
        const QSignalBlocker blocker(m_bandsTable);
        if (cell)
            cell->setText(kpitexts::decimalText(field));
        return;
    }
    field = *value;
    edited();
}

void KpiTemplateItemEditor::addBand()
{
    // Below the lowest band so far, by 0.1 (down to 0): the usual way a band table is written.
    Rational minimum(1);
    for (const auto& band : m_item.rule.bands)
        minimum = std::min(minimum, band.first - Rational(1, 10));
    if (minimum.isNegative())
        minimum = Rational(0);
    m_item.rule.bands.emplace_back(minimum, Rational(0));
    fillBands();
    m_bandsTable->setCurrentCell(m_bandsTable->rowCount() - 1, 1);
    edited();
}

void KpiTemplateItemEditor::removeBand()
{
    const int row = m_bandsTable->currentRow();
    if (row < 0 || size_t(row) >= m_item.rule.bands.size())
        return;
    m_item.rule.bands.erase(m_item.rule.bands.begin() + row);
    fillBands();
    edited();
}

} // namespace sd::app
