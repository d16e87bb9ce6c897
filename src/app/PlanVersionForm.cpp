#include "app/PlanVersionForm.h"

#include "app/PlanComponentEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::app {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QDate toQDate(Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

Date fromQDate(const QDate& d)
{
    return Date::fromYmd(d.year(), d.month(), d.day());
}

} // namespace

PlanVersionForm::PlanVersionForm(const WorkspaceSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_code(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_hasDate(new QCheckBox(tr("From"), this))
    , m_date(new QDateEdit(this))
    , m_pastNote(new QLabel(this))
    , m_componentLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("planVersionForm"));
    m_code->setObjectName(QStringLiteral("planCodeEdit"));
    m_role->setObjectName(QStringLiteral("planRoleCombo"));
    m_level->setObjectName(QStringLiteral("planLevelCombo"));
    m_period->setObjectName(QStringLiteral("planPeriodCombo"));
    m_hasDate->setObjectName(QStringLiteral("planHasDateCheck"));
    m_date->setObjectName(QStringLiteral("planEffectiveFromEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_role->addItem(tr("Sales rep"), QStringLiteral("rep"));
    m_role->addItem(tr("Regional manager"), QStringLiteral("regional_manager"));
    m_role->addItem(tr("Senior manager"), QStringLiteral("senior_manager"));
    m_level->addItem(tr("All levels"), QString());
    m_level->addItem(tr("Junior"), QStringLiteral("junior"));
    m_level->addItem(tr("Mid"), QStringLiteral("mid"));
    m_level->addItem(tr("Senior"), QStringLiteral("senior"));
    m_period->addItem(tr("Monthly"), QStringLiteral("month"));
    m_period->addItem(tr("Quarterly"), QStringLiteral("quarter"));
    m_pastNote->setObjectName(QStringLiteral("planPastNote"));
    m_pastNote->setWordWrap(true);
    m_pastNote->setText(tr("Changing a version changes the figures of every period it pays, past ones included "
                           "(approved statements stay locked and show the difference). To change the plan from a "
                           "later date on, use \"New version from date\"."));
    m_pastNote->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto emitChanged = [this] {
        if (!m_filling)
            Q_EMIT changed();
    };
    connect(m_code, &QLineEdit::textChanged, this, emitChanged);
    for (QComboBox* combo : {m_role, m_level, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_hasDate, &QCheckBox::toggled, this, [this, emitChanged](bool on) {
        m_date->setEnabled(on);
        emitChanged();
    });
    connect(m_date, &QDateEdit::dateChanged, this, emitChanged);

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    auto* header = new QFormLayout;
    header->addRow(tr("Code"), m_code);
    header->addRow(tr("Role"), m_role);
    header->addRow(tr("Level"), m_level);
    header->addRow(tr("Period"), m_period);
    header->addRow(tr("Effective from"), dateRow);

    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addComponentButton"));
    add->setText(tr("Add component"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(add);
    for (PlanComponent::Type t : {PlanComponent::Type::Commission, PlanComponent::Type::Bonus,
                                  PlanComponent::Type::GradeBonus, PlanComponent::Type::Contest})
        menu->addAction(PlanComponentEditor::typeName(t), this, [this, t] {
            addComponent(t, nullptr);
            Q_EMIT changed();
        });
    add->setMenu(menu);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_pastNote);
    layout->addLayout(m_componentLayout);
    layout->addLayout(addRow);
    layout->addStretch(1);
}

void PlanVersionForm::setPlan(const IncentivePlan& plan)
{
    m_filling = true;
    m_code->setText(QString::fromStdString(plan.code));
    m_role->setCurrentIndex(std::max(0, m_role->findData(qs(toCode(plan.role)))));
    m_level->setCurrentIndex(plan.level ? std::max(0, m_level->findData(qs(toCode(*plan.level)))) : 0);
    m_period->setCurrentIndex(plan.period == PeriodKind::Quarter ? 1 : 0);
    m_hasDate->setChecked(plan.effectiveFrom.has_value());
    m_date->setEnabled(plan.effectiveFrom.has_value());
    m_date->setDate(plan.effectiveFrom ? toQDate(*plan.effectiveFrom) : QDate::currentDate());
    for (PlanComponentEditor* e : m_components)
        delete e;
    m_components.clear();
    for (const PlanComponent& c : plan.components)
        addComponent(c.type, &c);
    m_filling = false;
}

IncentivePlan PlanVersionForm::plan(std::vector<PlanProblem>& problems) const
{
    IncentivePlan p;
    p.code = m_code->text().trimmed().toStdString();
    p.role = roleFromCode(m_role->currentData().toString().toStdString()).value_or(Role::Rep);
    const QString level = m_level->currentData().toString();
    if (!level.isEmpty())
        p.level = levelFromCode(level.toStdString());
    p.period = m_period->currentIndex() == 1 ? PeriodKind::Quarter : PeriodKind::Month;
    if (m_hasDate->isChecked())
        p.effectiveFrom = fromQDate(m_date->date());
    for (PlanComponentEditor* e : m_components)
        p.components.push_back(e->component(problems));
    return p;
}

void PlanVersionForm::addComponent(PlanComponent::Type type, const PlanComponent* from)
{
    auto* editor = new PlanComponentEditor(m_settings, type, int(m_components.size()), this);
    if (from)
        editor->setComponent(*from);
    connect(editor, &PlanComponentEditor::changed, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    connect(editor, &PlanComponentEditor::removeRequested, this, [this, editor] { removeComponent(editor); });
    m_componentLayout->addWidget(editor);
    m_components.push_back(editor);
}

void PlanVersionForm::removeComponent(PlanComponentEditor* editor)
{
    const auto it = std::find(m_components.begin(), m_components.end(), editor);
    if (it == m_components.end())
        return;
    m_components.erase(it);
    editor->deleteLater();
    editor->hide();
    for (size_t i = 0; i < m_components.size(); ++i)
        m_components[i]->setIndex(int(i));
    Q_EMIT changed();
}

} // namespace sd::app
