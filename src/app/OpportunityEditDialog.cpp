#include "app/OpportunityEditDialog.h"

#include "app/DialogHooks.h"
#include "app/Formatting.h"
#include "io/FunnelWeeklyExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace sd::app {

namespace {

QDate toQDate(Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

Date fromQDate(const QDate& d)
{
    return Date::fromYmd(d.year(), d.month(), d.day());
}

std::string currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? std::string("user") : user.toStdString();
}

} // namespace

OpportunityEditDialog::OpportunityEditDialog(const Opportunity& opportunity, ForecastCategory category,
                                             const WorkspaceSettings& settings, Date today, QWidget* parent)
    : QDialog(parent)
    , m_opp(opportunity)
    , m_category(category)
    , m_settings(settings)
    , m_stageCombo(new QComboBox)
    , m_criteriaLabel(new QLabel)
    , m_lastChangeLabel(new QLabel)
    , m_criteriaList(new QListWidget)
    , m_amountEdit(new QLineEdit)
    , m_closeCheck(new QCheckBox(tr("Expected close date:")))
    , m_closeEdit(new QDateEdit)
    , m_categoryCombo(new QComboBox)
    , m_effectiveEdit(new QDateEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("opportunityEditDialog"));
    setWindowTitle(tr("Edit opportunity %1").arg(QString::fromStdString(m_opp.id)));
    m_stageCombo->setObjectName(QStringLiteral("stageCombo"));
    m_criteriaList->setObjectName(QStringLiteral("criteriaList"));
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_closeCheck->setObjectName(QStringLiteral("closeDateCheck"));
    m_closeEdit->setObjectName(QStringLiteral("closeDateEdit"));
    m_categoryCombo->setObjectName(QStringLiteral("forecastCategoryCombo"));
    m_effectiveEdit->setObjectName(QStringLiteral("effectiveDateEdit"));
    m_buttons->setObjectName(QStringLiteral("editButtonBox"));

    for (const StageDef& s : m_settings.stages)
        m_stageCombo->addItem(QString::fromStdString(s.name), QString::fromStdString(s.code));
    m_stageCombo->addItem(io::stageDisplayName(m_settings, "won"), QStringLiteral("won"));
    m_stageCombo->addItem(io::stageDisplayName(m_settings, "lost"), QStringLiteral("lost"));
    const int current = m_stageCombo->findData(QString::fromStdString(m_opp.stage));
    if (current < 0)
        m_stageCombo->addItem(QString::fromStdString(m_opp.stage), QString::fromStdString(m_opp.stage));
    m_stageCombo->setCurrentIndex(current >= 0 ? current : m_stageCombo->count() - 1);

    m_amountEdit->setText(QString::fromStdString(m_opp.amount.toString()));
    m_closeCheck->setChecked(m_opp.expectedCloseOn.has_value());
    m_closeEdit->setCalendarPopup(true);
    m_closeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_closeEdit->setDate(toQDate(m_opp.expectedCloseOn.value_or(today)));
    m_closeEdit->setEnabled(m_closeCheck->isChecked());
    connect(m_closeCheck, &QCheckBox::toggled, m_closeEdit, &QWidget::setEnabled);

    m_categoryCombo->addItem(tr("Pipeline"), QStringLiteral("pipeline"));
    m_categoryCombo->addItem(tr("Best case"), QStringLiteral("best_case"));
    m_categoryCombo->addItem(tr("Commit"), QStringLiteral("commit"));
    m_categoryCombo->addItem(tr("Closed"), QStringLiteral("closed"));
    const std::string_view categoryCode = toCode(m_category);
    m_categoryCombo->setCurrentIndex(
        m_categoryCombo->findData(QString::fromUtf8(categoryCode.data(), qsizetype(categoryCode.size()))));
    m_effectiveEdit->setCalendarPopup(true);
    m_effectiveEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const Date lastEntry = m_opp.effectiveHistory().back().enteredOn;
    m_effectiveEdit->setDate(toQDate(std::max(today, lastEntry)));

    auto* form = new QFormLayout;
    form->addRow(tr("Opportunity:"), new QLabel(QString::fromStdString(m_opp.id + " · " + m_opp.name)));
    m_lastChangeLabel->setObjectName(QStringLiteral("lastChangeLabel"));
    m_lastChangeLabel->setVisible(false);
    form->addRow(m_lastChangeLabel);
    form->addRow(tr("Stage:"), m_stageCombo);
    form->addRow(m_criteriaLabel);
    form->addRow(m_criteriaList);
    form->addRow(tr("Amount:"), m_amountEdit);
    form->addRow(m_closeCheck, m_closeEdit);
    form->addRow(tr("Forecast category:"), m_categoryCombo);
    form->addRow(tr("Takes effect on:"), m_effectiveEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpportunityEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this, &OpportunityEditDialog::updateCriteria);
    updateCriteria();
}

void OpportunityEditDialog::setLastChange(const QString& text)
{
    m_lastChangeLabel->setText(text);
    m_lastChangeLabel->setVisible(!text.isEmpty());
}

int OpportunityEditDialog::stagePosition(const std::string& code) const
{
    if (code == "lost")
        return 0;
    if (code == "won")
        return int(m_settings.stages.size()) + 1;
    for (size_t i = 0; i < m_settings.stages.size(); ++i)
        if (m_settings.stages[i].code == code)
            return int(i) + 1;
    return -1;
}

// The exit criteria of every open stage the move passes (from the current stage up to the one before the target).
void OpportunityEditDialog::updateCriteria()
{
    m_criteriaList->clear();
    const int from = stagePosition(m_opp.stage);
    const int to = stagePosition(m_stageCombo->currentData().toString().toStdString());
    if (from >= 1 && to > from) {
        for (int k = from; k < to && k <= int(m_settings.stages.size()); ++k) {
            const StageDef& s = m_settings.stages[size_t(k - 1)];
            for (const std::string& c : s.exitCriteria) {
                auto* item = new QListWidgetItem(QString::fromStdString(s.name + ": " + c), m_criteriaList);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
    }
    m_criteriaLabel->setText(m_criteriaList->count() > 0 ? tr("Exit criteria to leave the stage (check what is done):")
                                                          : tr("No exit criteria to check for this move."));
    m_criteriaList->setVisible(m_criteriaList->count() > 0);
}

void OpportunityEditDialog::accept()
{
    m_edits.clear();
    const Date effective = fromQDate(m_effectiveEdit->date());
    const std::string user = currentUser();
    auto edit = [&](ChangeField f, std::string value) {
        storage::OpportunityEdit e;
        e.opportunityId = m_opp.id;
        e.field = f;
        e.newValue = std::move(value);
        e.effectiveOn = effective;
        e.changedBy = user;
        return e;
    };

    QString amountText = m_amountEdit->text().trimmed();
    amountText.remove(QLocale().groupSeparator());
    amountText.remove(QLatin1Char(','));
    const auto amount = Money::parse(amountText.toStdString());
    if (!amount || amount->isNegative()) {
        DialogHooks::warning(this, windowTitle(),
                             tr("Amount: \"%1\" is not an amount like 1234.50 (at most two decimals, not negative).")
                                 .arg(m_amountEdit->text()));
        return;
    }
    const std::string stage = m_stageCombo->currentData().toString().toStdString();
    if (stage != m_opp.stage) {
        const Date lastEntry = m_opp.effectiveHistory().back().enteredOn;
        if (effective < lastEntry) {
            DialogHooks::warning(this, windowTitle(),
                                 tr("Takes effect on: the opportunity entered its stage on %1; a stage change cannot "
                                    "be dated before that.")
                                     .arg(Formatting::date(lastEntry)));
            return;
        }
        storage::OpportunityEdit e = edit(ChangeField::Stage, stage);
        QStringList unchecked;
        for (int i = 0; i < m_criteriaList->count(); ++i)
            if (m_criteriaList->item(i)->checkState() != Qt::Checked)
                unchecked << m_criteriaList->item(i)->text();
        if (!unchecked.isEmpty()) {
            if (!DialogHooks::question(this, windowTitle(),
                                       tr("These exit criteria are not checked:\n\n%1\n\nMove the opportunity anyway? "
                                          "The change history will mark the move.")
                                           .arg(unchecked.join(QLatin1Char('\n')))))
                return;
            e.criteriaSkipped = true;
            e.note = unchecked.join(QStringLiteral("; ")).toStdString();
        }
        m_edits.push_back(std::move(e));
    }
    if (*amount != m_opp.amount)
        m_edits.push_back(edit(ChangeField::Amount, changeValue(*amount)));
    const std::optional<Date> close =
        m_closeCheck->isChecked() ? std::optional<Date>(fromQDate(m_closeEdit->date())) : std::nullopt;
    if (close != m_opp.expectedCloseOn)
        m_edits.push_back(edit(ChangeField::ExpectedClose, changeValue(close)));
    const std::string category = m_categoryCombo->currentData().toString().toStdString();
    if (category != toCode(m_category))
        m_edits.push_back(edit(ChangeField::ForecastCategory, category));
    QDialog::accept();
}

} // namespace sd::app
