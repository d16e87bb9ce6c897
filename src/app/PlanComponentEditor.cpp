#include "app/PlanComponentEditor.h"

#include "app/PlanTableEditor.h"
#include "io/IncentiveExport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include <set>

namespace sd::app {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void selectData(QComboBox* combo, const QString& code)
{
    int i = combo->findData(code);
    if (i < 0) {
        combo->addItem(code, code); // a code the list does not know (from the JSON): shown, and refused by the check
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

} // namespace

PlanComponentEditor::PlanComponentEditor(const WorkspaceSettings& settings, PlanComponent::Type type, int index,
                                         QWidget* parent)
    : QGroupBox(parent)
    , m_type(type)
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    switch (type) {
    case PlanComponent::Type::Commission:
        m_base = metricCombo(QStringLiteral("baseCombo"),
                             {QStringLiteral("revenue"), QStringLiteral("gross_profit"), QStringLiteral("collections")},
                             false);
        m_mode = new QComboBox(this);
        m_mode->setObjectName(QStringLiteral("modeCombo"));
        m_mode->addItem(tr("Marginal: each tier's rate on its slice"), QStringLiteral("marginal"));
        m_mode->addItem(tr("Retroactive: the reached tier's rate on everything"), QStringLiteral("retroactive"));
        connect(m_mode, &QComboBox::currentIndexChanged, this, &PlanComponentEditor::changed);
        m_threshold = line(QStringLiteral("thresholdEdit"), tr("none (e.g. 50 for 50 %)"));
        m_cap = line(QStringLiteral("capEdit"), tr("none (an amount, e.g. 50000.00)"));
        m_tiers = table(QStringLiteral("tiersTable"), {tr("Attainment from (%)"), tr("Rate (%)")});
        m_multipliers = table(QStringLiteral("multipliersTable"), {tr("Product category"), tr("Factor")});
        form->addRow(tr("Commission base"), m_base);
        form->addRow(tr("Tier mode"), m_mode);
        form->addRow(tr("Tiers"), m_tiers);
        form->addRow(tr("Threshold (%)"), m_threshold);
        form->addRow(tr("Cap"), m_cap);
        form->addRow(tr("Category multipliers"), m_multipliers);
        break;
    case PlanComponent::Type::Bonus:
        m_metric = metricCombo(QStringLiteral("metricCombo"),
                               {QStringLiteral("revenue"), QStringLiteral("gross_profit"),
                                QStringLiteral("collections"), QStringLiteral("new_customers")},
                               false);
        m_steps = table(QStringLiteral("stepsTable"), {tr("Attainment (%)"), tr("Amount")});
        form->addRow(tr("Metric"), m_metric);
        form->addRow(tr("Steps"), m_steps);
        break;
    case PlanComponent::Type::GradeBonus:
        m_gradeBase = line(QStringLiteral("gradeBaseEdit"), tr("the amount a coefficient of 1 pays"));
        m_coefficients = table(QStringLiteral("coefficientsTable"), {tr("Grade"), tr("Coefficient")});
        form->addRow(tr("Base"), m_gradeBase);
        form->addRow(tr("Coefficients"), m_coefficients);
        break;
    case PlanComponent::Type::Contest: {
        QStringList codes{QStringLiteral("revenue"), QStringLiteral("gross_profit"), QStringLiteral("collections"),
                          QStringLiteral("new_customers"), QStringLiteral("visits")};
        for (const KpiDef& k : settings.kpis)
            if (k.source == "manual")
                codes << QString::fromStdString(k.code);
        m_metric = metricCombo(QStringLiteral("metricCombo"), codes, false);
        m_prizes = table(QStringLiteral("prizesTable"), {tr("Prize: an amount or a title, in rank order")});
        form->addRow(tr("Metric"), m_metric);
        form->addRow(tr("Prizes"), m_prizes);
        break;
    }
    }
    auto* remove = new QPushButton(tr("Remove component"), this);
    remove->setObjectName(QStringLiteral("removeComponentButton"));
    connect(remove, &QPushButton::clicked, this, &PlanComponentEditor::removeRequested);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(bottom);
    m_original.type = type;
    if (type == PlanComponent::Type::Commission)
        m_original.tiers = {{Rational(0), Rational(0)}};
    setComponent(m_original);
    setIndex(index);
}

QString PlanComponentEditor::typeName(PlanComponent::Type type)
{
    switch (type) {
    case PlanComponent::Type::Commission:
        return tr("Commission");
    case PlanComponent::Type::Bonus:
        return tr("Bonus");
    case PlanComponent::Type::GradeBonus:
        return tr("Grade bonus");
    case PlanComponent::Type::Contest:
        return tr("Contest");
    }
    return {};
}

void PlanComponentEditor::setIndex(int index)
{
    m_index = index;
    setObjectName(QStringLiteral("componentEditor%1").arg(index));
    setTitle(QStringLiteral("%1. %2").arg(index + 1).arg(typeName(m_type)));
}

QComboBox* PlanComponentEditor::metricCombo(const QString& objectName, const QStringList& codes, bool editable)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setEditable(editable);
    for (const QString& code : codes)
        combo->addItem(io::metricLabel(code.toStdString()), code);
    connect(combo, &QComboBox::currentIndexChanged, this, &PlanComponentEditor::changed);
    return combo;
}

PlanTableEditor* PlanComponentEditor::table(const QString& objectName, const QStringList& headers)
{
    auto* t = new PlanTableEditor(objectName, int(headers.size()), this);
    t->setHeaders(headers);
    connect(t, &PlanTableEditor::changed, this, &PlanComponentEditor::changed);
    return t;
}

QLineEdit* PlanComponentEditor::line(const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &PlanComponentEditor::changed);
    return edit;
}

void PlanComponentEditor::setComponent(const PlanComponent& c)
{
    const QSignalBlocker block(this);
    m_original = c;
    switch (m_type) {
    case PlanComponent::Type::Commission: {
        selectData(m_base, qs(toCode(c.base)));
        m_mode->setCurrentIndex(c.mode == CommissionMode::Retroactive ? 1 : 0);
        m_threshold->setText(c.threshold ? percentText(*c.threshold) : QString());
        m_cap->setText(c.cap ? QString::fromStdString(c.cap->toString()) : QString());
        std::vector<QStringList> tiers;
        for (const auto& [from, rate] : c.tiers)
            tiers.push_back({percentText(from), percentText(rate)});
        m_tiers->setRows(tiers);
        std::vector<QStringList> multipliers;
        for (const auto& [category, factor] : c.categoryMultipliers)
            multipliers.push_back({QString::fromStdString(category), factorText(factor)});
        m_multipliers->setRows(multipliers);
        break;
    }
    case PlanComponent::Type::Bonus: {
        selectData(m_metric, QString::fromStdString(c.metric));
        std::vector<QStringList> steps;
        for (const auto& [a, amount] : c.steps)
            steps.push_back({percentText(a), QString::fromStdString(amount.toString())});
        m_steps->setRows(steps);
        break;
    }
    case PlanComponent::Type::GradeBonus: {
        m_gradeBase->setText(QString::fromStdString(c.gradeBase.toString()));
        std::vector<QStringList> coefficients;
        for (const auto& [grade, k] : c.coefficients)
            coefficients.push_back({QString::fromStdString(grade), factorText(k)});
        m_coefficients->setRows(coefficients);
        break;
    }
    case PlanComponent::Type::Contest: {
        selectData(m_metric, QString::fromStdString(c.metric));
        std::vector<QStringList> prizes;
        for (const Prize& p : c.prizes)
            prizes.push_back({p.money ? QString::fromStdString(p.money->toString()) : QString::fromStdString(p.title)});
        m_prizes->setRows(prizes);
        break;
    }
    }
}

PlanComponent PlanComponentEditor::component(std::vector<PlanProblem>& problems) const
{
    PlanComponent c = m_original;
    auto bad = [&](const QString& field, int row, const QString& message) {
        problems.push_back(PlanProblem{-1, m_index, field, row, message});
    };
    auto percent = [&](const QString& field, int row, const QString& what, const QString& text) {
        const auto r = parsePercent(text);
        if (!r)
            bad(field, row,
                text.isEmpty() ? tr("the %1 is missing").arg(what)
                               : tr("the %1 \"%2\" is not a percentage").arg(what, text));
        return r.value_or(Rational(0));
    };
    auto money = [&](const QString& field, int row, const QString& text) {
        const auto m = parseMoney(text);
        if (!m)
            bad(field, row,
                text.isEmpty() ? tr("the amount is missing") : tr("\"%1\" is not an amount of money").arg(text));
        return m.value_or(Money());
    };
    auto factors = [&](PlanTableEditor* table, const QString& field, const QString& keyName) {
        std::map<std::string, Rational> out;
        for (const PlanTableEditor::Row& row : table->rows()) {
            const std::string key = row.cells[0].toStdString();
            const auto factor = parseFactor(row.cells[1]);
            if (key.empty())
                bad(field, row.number, tr("the %1 is missing").arg(keyName));
            else if (out.count(key))
                bad(field, row.number, tr("%1 %2 is listed twice").arg(keyName, row.cells[0]));
            if (!factor)
                bad(field, row.number, tr("\"%1\" is not a number").arg(row.cells[1]));
            if (!key.empty() && factor)
                out[key] = *factor;
        }
        return out;
    };
    switch (m_type) {
    case PlanComponent::Type::Commission: {
        c.base = metricFromCode(m_base->currentData().toString().toStdString()).value_or(Metric::Revenue);
        c.mode = m_mode->currentIndex() == 1 ? CommissionMode::Retroactive : CommissionMode::Marginal;
        const QString threshold = m_threshold->text().trimmed();
        c.threshold.reset();
        if (!threshold.isEmpty())
            c.threshold = percent(tr("Threshold"), 0, tr("threshold"), threshold);
        const QString cap = m_cap->text().trimmed();
        c.cap.reset();
        if (!cap.isEmpty())
            c.cap = money(tr("Cap"), 0, cap);
        c.tiers.clear();
        for (const PlanTableEditor::Row& row : m_tiers->rows())
            c.tiers.emplace_back(percent(tr("Tiers"), row.number, tr("attainment from"), row.cells[0]),
                                 percent(tr("Tiers"), row.number, tr("rate"), row.cells[1]));
        c.categoryMultipliers = factors(m_multipliers, tr("Category multipliers"), tr("category"));
        break;
    }
    case PlanComponent::Type::Bonus:
        c.metric = m_metric->currentData().toString().toStdString();
        c.steps.clear();
        for (const PlanTableEditor::Row& row : m_steps->rows())
            c.steps.emplace_back(percent(tr("Steps"), row.number, tr("attainment"), row.cells[0]),
                                 money(tr("Steps"), row.number, row.cells[1]));
        break;
    case PlanComponent::Type::GradeBonus:
        c.gradeBase = money(tr("Base"), 0, m_gradeBase->text().trimmed());
        c.coefficients = factors(m_coefficients, tr("Coefficients"), tr("grade"));
        break;
    case PlanComponent::Type::Contest:
        c.metric = m_metric->currentData().toString().toStdString();
        c.prizes.clear();
        for (const PlanTableEditor::Row& row : m_prizes->rows()) {
            Prize p;
            if (const auto m = parseMoney(row.cells[0]))
                p.money = *m;
            else
                p.title = row.cells[0].toStdString();
            c.prizes.push_back(std::move(p));
        }
        break;
    }
    return c;
}

} // namespace sd::app
