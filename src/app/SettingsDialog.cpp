#include "app/SettingsDialog.h"

#include "app/LanguageManager.h"
#include "io/WorkspaceJson.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QSet>

namespace sd::app {

namespace {

constexpr int kCodeColumn = 0;
constexpr int kNameColumn = 1;
constexpr int kProbabilityColumn = 2;
// On the code item: the index of the stage in the original settings (-1 for an added row), so that the fields the
// table does not show (stall days override, exit criteria) follow the row when it moves.
constexpr int kOriginRole = Qt::UserRole + 1;

} // namespace

SettingsDialog::SettingsDialog(const WorkspaceSettings& settings, const QString& language, bool workspaceOpen,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_original(settings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));

    fillMonths();
    m_ui->fiscalYearStartComboBox->setCurrentIndex(std::clamp(settings.fiscalYearStartMonth, 1, 12) - 1);
    m_ui->currencyComboBox->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                                      QStringLiteral("HKD"), QStringLiteral("GBP"), QStringLiteral("JPY")});
    m_ui->currencyComboBox->setCurrentText(QString::fromStdString(settings.currency));
    m_ui->stallDaysSpinBox->setValue(settings.stallDays);

    for (const QString& lang : LanguageManager::available())
        m_ui->languageComboBox->addItem(LanguageManager::displayName(lang), lang);
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(language)));

    m_ui->stageTableWidget->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    m_ui->stageTableWidget->horizontalHeader()->setSectionResizeMode(kProbabilityColumn, QHeaderView::ResizeToContents);
    fillStages(settings.stages);

    m_ui->workspaceGroupBox->setEnabled(workspaceOpen);
    m_ui->stagesTab->setEnabled(workspaceOpen);

    connect(m_ui->addStageButton, &QPushButton::clicked, this, &SettingsDialog::addStage);
    connect(m_ui->removeStageButton, &QPushButton::clicked, this, &SettingsDialog::removeStage);
    connect(m_ui->moveStageUpButton, &QPushButton::clicked, this, &SettingsDialog::moveStageUp);
    connect(m_ui->moveStageDownButton, &QPushButton::clicked, this, &SettingsDialog::moveStageDown);
    connect(m_ui->stageTableWidget, &QTableWidget::itemSelectionChanged, this, &SettingsDialog::updateButtons);
    connect(m_ui->stageTableWidget, &QTableWidget::itemChanged, this, [this] { validate(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    validate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillMonths()
{
    const int current = m_ui->fiscalYearStartComboBox->currentIndex();
    m_ui->fiscalYearStartComboBox->clear();
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        m_ui->fiscalYearStartComboBox->addItem(locale.standaloneMonthName(m, QLocale::LongFormat), m);
    if (current >= 0)
        m_ui->fiscalYearStartComboBox->setCurrentIndex(current);
}

void SettingsDialog::fillStages(const std::vector<StageDef>& stages)
{
    QTableWidget* table = m_ui->stageTableWidget;
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    for (size_t i = 0; i < stages.size(); ++i) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto* code = new QTableWidgetItem(QString::fromStdString(stages[i].code));
        code->setData(kOriginRole, int(i));
        table->setItem(row, kCodeColumn, code);
        table->setItem(row, kNameColumn, new QTableWidgetItem(QString::fromStdString(stages[i].name)));
        auto* probability = new QTableWidgetItem(QString::fromStdString(stages[i].probability.toString()));
        probability->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, kProbabilityColumn, probability);
    }
}

std::vector<StageDef> SettingsDialog::stagesFromTable(QStringList* problems) const
{
    const QTableWidget* table = m_ui->stageTableWidget;
    std::vector<StageDef> stages;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        StageDef stage;
        const QTableWidgetItem* codeItem = table->item(row, kCodeColumn);
        const int origin = codeItem ? codeItem->data(kOriginRole).toInt() : -1;
        if (codeItem && origin >= 0 && size_t(origin) < m_original.stages.size())
            stage = m_original.stages[size_t(origin)];
        stage.code = text(kCodeColumn).toStdString();
        stage.name = text(kNameColumn).toStdString();
        const QString probabilityText = text(kProbabilityColumn);
        const auto probability = Rational::parse(probabilityText.toStdString(), 6);
        if (probability) {
            stage.probability = *probability;
        } else if (problems) {
            problems->append(
                tr("Row %1: the win probability \"%2\" is not a number.").arg(row + 1).arg(probabilityText));
        }
        stages.push_back(std::move(stage));
    }
    return stages;
}

QStringList SettingsDialog::validateStages(const std::vector<StageDef>& stages)
{
    QStringList problems;
    if (stages.empty())
        problems.append(tr("There must be at least one open stage."));
    QSet<QString> seen;
    for (size_t i = 0; i < stages.size(); ++i) {
        const int row = int(i) + 1;
        const QString code = QString::fromStdString(stages[i].code);
        if (code.isEmpty())
            problems.append(tr("Row %1: the code is empty.").arg(row));
        else if (code.contains(QLatin1Char(' ')) || code.contains(QLatin1Char(',')))
            problems.append(tr("Row %1: the code \"%2\" may not contain spaces or commas.").arg(row).arg(code));
        else if (code == QLatin1String("won") || code == QLatin1String("lost"))
            problems.append(tr("Row %1: \"%2\" is reserved for closed deals.").arg(row).arg(code));
        else if (seen.contains(code))
            problems.append(tr("Row %1: the code \"%2\" is used twice.").arg(row).arg(code));
        seen.insert(code);
        if (stages[i].name.empty())
            problems.append(tr("Row %1: the name is empty.").arg(row));
        if (stages[i].probability < Rational(0) || stages[i].probability > Rational(100))
            problems.append(tr("Row %1: the win probability must be between 0 and 100.").arg(row));
    }
    return problems;
}

bool SettingsDialog::validate()
{
    QStringList problems;
    const std::vector<StageDef> stages = stagesFromTable(&problems);
    problems += validateStages(stages);
    m_ui->validationLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->validationLabel->setVisible(!problems.isEmpty());
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(problems.isEmpty());
    return problems.isEmpty();
}

WorkspaceSettings SettingsDialog::settings() const
{
    WorkspaceSettings s = m_original;
    s.fiscalYearStartMonth = m_ui->fiscalYearStartComboBox->currentIndex() + 1;
    s.currency = m_ui->currencyComboBox->currentText().trimmed().toUpper().toStdString();
    s.stallDays = m_ui->stallDaysSpinBox->value();
    s.stages = stagesFromTable(nullptr);
    return s;
}

QString SettingsDialog::language() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void SettingsDialog::accept()
{
    if (m_ui->currencyComboBox->currentText().trimmed().isEmpty()) {
        m_ui->validationLabel->setText(tr("The currency may not be empty."));
        m_ui->validationLabel->setVisible(true);
        return;
    }
    if (!validate()) {
        m_ui->settingsTabWidget->setCurrentWidget(m_ui->stagesTab);
        return;
    }
    // The rest of the settings (incentive plans that name a stage, …) must still hold with the edited values.
    QStringList problems;
    for (const io::JsonIssue& issue : io::validateSettings(settings()))
        problems.append(QString::fromStdString(issue.toString()));
    if (!problems.isEmpty()) {
        m_ui->validationLabel->setText(problems.join(QLatin1Char('\n')));
        m_ui->validationLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

void SettingsDialog::addStage()
{
    QTableWidget* table = m_ui->stageTableWidget;
    const int row = table->rowCount();
    {
        const QSignalBlocker blocker(table);
        table->insertRow(row);
        auto* code = new QTableWidgetItem(QStringLiteral("stage%1").arg(row + 1));
        code->setData(kOriginRole, -1);
        table->setItem(row, kCodeColumn, code);
        table->setItem(row, kNameColumn, new QTableWidgetItem(tr("New stage")));
        auto* probability = new QTableWidgetItem(QStringLiteral("50"));
        probability->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, kProbabilityColumn, probability);
    }
    table->setCurrentCell(row, kCodeColumn);
    table->editItem(table->item(row, kCodeColumn));
    validate();
}

void SettingsDialog::removeStage()
{
    const int row = m_ui->stageTableWidget->currentRow();
    if (row < 0)
        return;
    m_ui->stageTableWidget->removeRow(row);
    validate();
    updateButtons();
}

void SettingsDialog::moveStageUp()
{
    moveStage(-1);
}

void SettingsDialog::moveStageDown()
{
    moveStage(+1);
}

void SettingsDialog::moveStage(int delta)
{
    QTableWidget* table = m_ui->stageTableWidget;
    const int row = table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= table->rowCount())
        return;
    {
        const QSignalBlocker blocker(table);
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem* a = table->takeItem(row, column);
            QTableWidgetItem* b = table->takeItem(target, column);
            table->setItem(row, column, b);
            table->setItem(target, column, a);
        }
    }
    table->setCurrentCell(target, table->currentColumn());
    validate();
}

void SettingsDialog::updateButtons()
{
    const int row = m_ui->stageTableWidget->currentRow();
    const int rows = m_ui->stageTableWidget->rowCount();
    m_ui->removeStageButton->setEnabled(row >= 0);
    m_ui->moveStageUpButton->setEnabled(row > 0);
    m_ui->moveStageDownButton->setEnabled(row >= 0 && row + 1 < rows);
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillMonths();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace sd::app
