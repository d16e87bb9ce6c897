#include "app/AppraisalDetailWidget.h"

#include "app/AppraisalScoring.h"
#include "app/Formatting.h"
#include "domain/Review360.h"
#include "io/AppraisalExport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <map>

namespace sd::app {

namespace {

using io::AppraisalExport;

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString valueText(const std::optional<Rational>& v, KpiUnit unit)
{
    if (v && unit == KpiUnit::Money)
        return Formatting::amount(Money::fromExactCents(*v));
    return AppraisalExport::valueText(v, unit);
}

QTableWidget* makeTable(const QString& name)
{
    auto* t = new QTableWidget;
    t->setObjectName(name);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setWordWrap(false);
    return t;
}

} // namespace

AppraisalDetailWidget::AppraisalDetailWidget(QWidget* parent)
    : QWidget(parent)
    , m_headerLabel(new QLabel)
    , m_tabs(new QTabWidget)
    , m_itemsTable(makeTable(QStringLiteral("itemsTable")))
    , m_perspectiveChart(new QChartView)
    , m_review360Table(makeTable(QStringLiteral("review360Table")))
    , m_review360Label(new QLabel)
    , m_stateLabel(new QLabel)
    , m_advanceButton(new QPushButton)
    , m_selfCommentEdit(new QPlainTextEdit)
    , m_saveSelfCommentButton(new QPushButton)
    , m_managerCommentEdit(new QPlainTextEdit)
    , m_saveManagerCommentButton(new QPushButton)
    , m_gradeCombo(new QComboBox)
    , m_calibrationReasonEdit(new QLineEdit)
    , m_calibrateButton(new QPushButton)
    , m_reopenReasonEdit(new QLineEdit)
    , m_reopenButton(new QPushButton)
    , m_trailList(new QListWidget)
    , m_selfLabel(new QLabel)
    , m_managerLabel(new QLabel)
    , m_calibrationLabel(new QLabel)
    , m_reopenLabel(new QLabel)
    , m_trailLabel(new QLabel)
    , m_perspectiveTitle(new QLabel)
    , m_review360Title(new QLabel)
{
    setObjectName(QStringLiteral("appraisalDetailWidget"));
    m_headerLabel->setObjectName(QStringLiteral("detailHeaderLabel"));
    m_headerLabel->setWordWrap(true);
    m_headerLabel->setTextFormat(Qt::RichText);
    m_tabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_perspectiveChart->setObjectName(QStringLiteral("perspectiveChartView"));
    m_perspectiveChart->setRenderHint(QPainter::Antialiasing);
    m_perspectiveChart->setMinimumHeight(220);
    m_review360Label->setObjectName(QStringLiteral("review360Label"));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_advanceButton->setObjectName(QStringLiteral("advanceButton"));
    m_selfCommentEdit->setObjectName(QStringLiteral("selfCommentEdit"));
    m_saveSelfCommentButton->setObjectName(QStringLiteral("saveSelfCommentButton"));
    m_managerCommentEdit->setObjectName(QStringLiteral("managerCommentEdit"));
    m_saveManagerCommentButton->setObjectName(QStringLiteral("saveManagerCommentButton"));
    m_gradeCombo->setObjectName(QStringLiteral("calibrationGradeCombo"));
    m_calibrationReasonEdit->setObjectName(QStringLiteral("calibrationReasonEdit"));
    m_calibrateButton->setObjectName(QStringLiteral("calibrateButton"));
    m_reopenReasonEdit->setObjectName(QStringLiteral("reopenReasonEdit"));
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_trailList->setObjectName(QStringLiteral("trailList"));
    m_selfCommentEdit->setMaximumHeight(70);
    m_managerCommentEdit->setMaximumHeight(70);
    for (QLabel* l : {m_perspectiveTitle, m_review360Title, m_trailLabel})
        l->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto* scorecard = new QWidget;
    auto* sc = new QVBoxLayout(scorecard);
    sc->addWidget(m_itemsTable, 2);
    auto* lower = new QHBoxLayout;
    auto* chartBox = new QVBoxLayout;
    chartBox->addWidget(m_perspectiveTitle);
    chartBox->addWidget(m_perspectiveChart, 1);
    auto* reviewBox = new QVBoxLayout;
    reviewBox->addWidget(m_review360Title);
    reviewBox->addWidget(m_review360Table, 1);
    reviewBox->addWidget(m_review360Label);
    lower->addLayout(chartBox, 3);
    lower->addLayout(reviewBox, 2);
    sc->addLayout(lower, 3);

    auto* workflow = new QWidget;
    auto* wf = new QGridLayout(workflow);
    int row = 0;
    wf->addWidget(m_stateLabel, row, 0, 1, 2);
    wf->addWidget(m_advanceButton, row++, 2);
    wf->addWidget(m_selfLabel, row, 0);
    wf->addWidget(m_selfCommentEdit, row, 1);
    wf->addWidget(m_saveSelfCommentButton, row++, 2, Qt::AlignTop);
    wf->addWidget(m_managerLabel, row, 0);
    wf->addWidget(m_managerCommentEdit, row, 1);
    wf->addWidget(m_saveManagerCommentButton, row++, 2, Qt::AlignTop);
    auto* calib = new QHBoxLayout;
    calib->addWidget(m_gradeCombo);
    calib->addWidget(m_calibrationReasonEdit, 1);
    wf->addWidget(m_calibrationLabel, row, 0);
    wf->addLayout(calib, row, 1);
    wf->addWidget(m_calibrateButton, row++, 2);
    wf->addWidget(m_reopenLabel, row, 0);
    wf->addWidget(m_reopenReasonEdit, row, 1);
    wf->addWidget(m_reopenButton, row++, 2);
    wf->addWidget(m_trailLabel, row++, 0, 1, 3);
    wf->addWidget(m_trailList, row, 0, 1, 3);
    wf->setRowStretch(row, 1);
    wf->setColumnStretch(1, 1);

    m_tabs->addTab(scorecard, QString());
    m_tabs->addTab(workflow, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_advanceButton, &QPushButton::clicked, this, &AppraisalDetailWidget::advanceRequested);
    connect(m_saveSelfCommentButton, &QPushButton::clicked, this,
            [this] { Q_EMIT selfCommentRequested(m_selfCommentEdit->toPlainText()); });
    connect(m_saveManagerCommentButton, &QPushButton::clicked, this,
            [this] { Q_EMIT managerCommentRequested(m_managerCommentEdit->toPlainText()); });
    connect(m_calibrateButton, &QPushButton::clicked, this,
            [this] { Q_EMIT calibrateRequested(m_gradeCombo->currentText(), m_calibrationReasonEdit->text()); });
    connect(m_reopenButton, &QPushButton::clicked, this,
            [this] { Q_EMIT reopenRequested(m_reopenReasonEdit->text()); });
    retranslateUi();
    display(nullptr, {}, {}, {});
}

void AppraisalDetailWidget::showWorkflowTab()
{
    m_tabs->setCurrentIndex(1);
}

void AppraisalDetailWidget::setLastChange(const QString& text)
{
    m_stateLabel->setToolTip(text);
}

void AppraisalDetailWidget::setReviewEntry(QWidget* entry)
{
    m_tabs->addTab(entry, tr("360 reviews"));
}

void AppraisalDetailWidget::showReviewTab()
{
    m_tabs->setCurrentIndex(2);
}

const RepScorecard* AppraisalDetailWidget::card() const
{
    return m_scored && m_cardIndex ? &m_scored->result.reps[*m_cardIndex] : nullptr;
}

void AppraisalDetailWidget::display(std::shared_ptr<const ScoredAppraisal> scored, const std::string& repId,
                                    const AppraisalRecord& record, const std::vector<AppraisalEvent>& trail)
{
    m_scored = std::move(scored);
    m_cardIndex.reset();
    if (m_scored)
        for (std::size_t i = 0; i < m_scored->result.reps.size(); ++i)
            if (m_scored->result.reps[i].rep->id == repId) {
                m_cardIndex = i;
                break;
            }
    m_record = record;
    m_trail = trail;
    const RepScorecard* card = this->card();
    m_tabs->setEnabled(card != nullptr);
    if (!card) {
        m_headerLabel->setText(tr("Select a rep in the table to see the scorecard and the workflow."));
    } else {
        const Rep& rep = *card->rep;
        const QString total = card->total.rounded ? fromStd(card->total.rounded->toFixed(2)) : tr("n/a");
        const QString scoredGrade = fromStd(card->total.grade.value_or("-"));
        QString grade = scoredGrade;
        if (record.calibratedGrade)
            grade = tr("%1 (scored %2, calibrated)").arg(fromStd(*record.calibratedGrade), scoredGrade);
        io::AppraisalExport names(*m_scored->index, m_scored->settings, m_scored->result, {});
        m_headerLabel->setText(
            QStringLiteral("<b>%1</b> (%2) · %3 · %4<br/>%5: <b>%6</b> · %7: <b>%8</b> · %9: %10")
                .arg(fromStd(rep.name).toHtmlEscaped(), fromStd(rep.id).toHtmlEscaped(),
                     fromStd(names.orgPath(rep)).toHtmlEscaped(), fromStd(card->kpiTemplate->code).toHtmlEscaped(),
                     tr("Total"), total, tr("Grade"), grade.toHtmlEscaped(), tr("State"),
                     AppraisalExport::stateName(record.state)));
    }
    fillItems();
    fillChart();
    fill360();
    fillWorkflow();
}

void AppraisalDetailWidget::fillItems()
{
    m_itemsTable->setRowCount(0);
    const RepScorecard* sc = card();
    if (!sc)
        return;
    m_itemsTable->setRowCount(int(sc->items.size()));
    for (std::size_t i = 0; i < sc->items.size(); ++i) {
        const ItemScore& s = sc->items[i];
        const int r = int(i);
        m_itemsTable->setItem(r, 0, cell(AppraisalExport::kpiName(s.kpi, m_scored->settings)));
        m_itemsTable->setItem(r, 7, cell(AppraisalExport::perspectiveName(s.perspective)));
        m_itemsTable->setItem(r, 1, cell(fromStd(s.weight.toString()), true));
        m_itemsTable->setItem(r, 2, cell(valueText(s.actual, s.unit), true));
        m_itemsTable->setItem(r, 3, cell(valueText(s.target, s.unit), true));
        m_itemsTable->setItem(r, 4, cell(AppraisalExport::valueText(s.attainment, KpiUnit::Ratio), true));
        m_itemsTable->setItem(r, 5, cell(s.score ? fromStd(s.score->toFixed(2)) : AppraisalExport::reasonName(s.reason),
                                         s.score.has_value()));
        const ScoringRule& rule = sc->kpiTemplate->items[i].rule;
        QString full = AppraisalExport::ruleText(rule);
        if (s.lowerIsBetter)
            full += tr(" (lower is better: target ÷ actual)");
        // The column shows the rule's name and parameters in short; the tooltip says it in full.
        QString brief = full.section(u':', 0, 0);
        if (rule.type == ScoringRuleType::Linear || rule.type == ScoringRuleType::Threshold)
            brief += QStringLiteral(" %1–%2").arg(fromStd(rule.floor.toString()), fromStd(rule.cap.toString()));
        if (rule.type == ScoringRuleType::Threshold)
            brief += QStringLiteral(", a ≥ %1").arg(fromStd(rule.threshold.toString()));
        if (s.lowerIsBetter)
            brief += QStringLiteral(" ↓");
        auto* ruleCell = cell(brief);
        ruleCell->setToolTip(full);
        m_itemsTable->setItem(r, 6, ruleCell);
    }
    m_itemsTable->resizeColumnsToContents();
    m_itemsTable->resizeRowsToContents();
}

void AppraisalDetailWidget::fillChart()
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (const RepScorecard* sc = card()) {
        // Per perspective: Σ weight × score / Σ weight over its applicable items.
        std::map<int, std::pair<Rational, Rational>> sums;
        for (const ItemScore& s : sc->items)
            if (s.applicable && s.score) {
                auto& [ws, w] = sums[int(s.perspective)];
                ws += s.weight * *s.score;
                w += s.weight;
            }
        auto* set = new QBarSet(tr("Score"));
        QStringList categories;
        double top = 100;
        for (const auto& [p, sw] : sums) {
            const Rational mean = sw.first / sw.second;
            const double v = double(static_cast<long long>(mean.roundedScaled(2))) / 100.0;
            *set << v;
            top = std::max(top, v);
            categories << AppraisalExport::perspectiveName(Perspective(p));
        }
        set->setLabelColor(Qt::black);
        auto* series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value"));
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(categories);
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        x->setLabelsFont(small);
        auto* y = new QValueAxis;
        y->setRange(0, std::ceil(top / 20.0) * 20);
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart* old = m_perspectiveChart->chart();
    m_perspectiveChart->setChart(chart);
    delete old;
}

void AppraisalDetailWidget::fill360()
{
    m_review360Table->setRowCount(0);
    m_review360Label->clear();
    const RepScorecard* sc = card();
    if (!sc)
        return;
    const Review360Result r = review360(
        reviewsFor(m_scored->data->reviews, sc->rep->id, m_scored->period.label()), m_scored->settings.reviewWeights);
    m_review360Table->setRowCount(int(r.kinds.size()));
    for (std::size_t i = 0; i < r.kinds.size(); ++i) {
        const Review360Kind& k = r.kinds[i];
        m_review360Table->setItem(int(i), 0, cell(AppraisalExport::reviewerKindName(k.kind)));
        m_review360Table->setItem(int(i), 1, cell(QString::number(k.reviewers), true));
        m_review360Table->setItem(int(i), 2, cell(fromStd(k.mean.toFixed(2)), true));
        m_review360Table->setItem(int(i), 3, cell(fromStd(k.weight.toString()), true));
    }
    m_review360Table->resizeColumnsToContents();
    m_review360Table->resizeRowsToContents();
    m_review360Label->setText(r.score ? tr("360 score: %1").arg(fromStd(r.score->toFixed(2)))
                                      : tr("No 360 reviews for this period."));
}

void AppraisalDetailWidget::fillWorkflow()
{
    const AppraisalState s = m_record.state;
    const bool locked = m_record.locked();
    QString state = tr("State: %1").arg(AppraisalExport::stateName(s));
    if (const auto d = m_record.signOffDate())
        state += tr(" · signed off on %1 by %2").arg(fromStd(*d), fromStd(m_record.signedOffBy));
    m_stateLabel->setText(state);
    if (s == AppraisalState::Calibration)
        m_advanceButton->setText(tr("Sign off"));
    else if (!locked)
        m_advanceButton->setText(tr("Advance to %1").arg(AppraisalExport::stateName(AppraisalState(int(s) + 1))));
    else
        m_advanceButton->setText(tr("Signed off"));
    m_advanceButton->setEnabled(!locked);
    m_selfCommentEdit->setPlainText(fromStd(m_record.selfComment));
    m_managerCommentEdit->setPlainText(fromStd(m_record.managerComment));
    // Locked or out-of-state editors stay usable as read-only text; the buttons stay enabled so a refused
    // action explains why (the rules live in the domain).
    m_selfCommentEdit->setReadOnly(locked);
    m_managerCommentEdit->setReadOnly(locked);
    m_reopenButton->setEnabled(locked);
    m_reopenReasonEdit->setEnabled(locked);
    m_gradeCombo->clear();
    if (m_scored)
        for (const auto& [code, min] : m_scored->settings.grades)
            m_gradeCombo->addItem(fromStd(code));
    if (const RepScorecard* c = card())
        m_gradeCombo->setCurrentText(fromStd(m_record.finalGrade(c->total.grade).value_or("")));
    m_calibrationReasonEdit->setText(fromStd(m_record.calibrationReason));
    m_reopenReasonEdit->clear();
    m_trailList->clear();
    for (const AppraisalEvent& e : m_trail)
        m_trailList->addItem(QStringLiteral("%1  %2  %3  %4 → %5%6")
                                 .arg(fromStd(e.at), fromStd(e.actor), fromStd(e.action),
                                      AppraisalExport::stateName(e.fromState), AppraisalExport::stateName(e.toState),
                                      e.detail.empty() ? QString() : QStringLiteral("  · ") + fromStd(e.detail)));
}

void AppraisalDetailWidget::retranslateUi()
{
    m_tabs->setTabText(0, tr("Scorecard"));
    m_tabs->setTabText(1, tr("Workflow"));
    if (m_tabs->count() > 2)
        m_tabs->setTabText(2, tr("360 reviews"));
    m_itemsTable->setColumnCount(8);
    m_itemsTable->setHorizontalHeaderLabels(
        {tr("KPI"), tr("Weight"), tr("Actual"), tr("Target"), tr("Attainment"), tr("Score"), tr("Rule"), tr("Perspective")});
    m_review360Table->setColumnCount(4);
    m_review360Table->setHorizontalHeaderLabels({tr("Reviewer"), tr("Reviewers"), tr("Mean"), tr("Weight")});
    m_perspectiveTitle->setText(tr("Score by perspective (balanced scorecard)"));
    m_review360Title->setText(tr("360-degree review"));
    m_selfLabel->setText(tr("Self comment"));
    m_managerLabel->setText(tr("Manager comment"));
    m_calibrationLabel->setText(tr("Calibrate grade"));
    m_reopenLabel->setText(tr("Reopen"));
    m_trailLabel->setText(tr("Who did what and when"));
    m_saveSelfCommentButton->setText(tr("Save"));
    m_saveManagerCommentButton->setText(tr("Save"));
    m_calibrateButton->setText(tr("Calibrate"));
    m_reopenButton->setText(tr("Reopen"));
    m_calibrationReasonEdit->setPlaceholderText(tr("Reason for the grade change (required)"));
    m_reopenReasonEdit->setPlaceholderText(tr("Reason for reopening (required)"));
    if (m_scored)
        display(m_scored, card() ? card()->rep->id : std::string(), m_record, m_trail);
    else
        m_headerLabel->setText(tr("Select a rep in the table to see the scorecard and the workflow."));
}

} // namespace sd::app
