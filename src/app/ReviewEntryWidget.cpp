#include "app/ReviewEntryWidget.h"

#include "app/AppraisalScoring.h"
#include "app/DialogHooks.h"
#include "app/ReviewChangeCommand.h"
#include "app/WorkspaceDocument.h"
#include "domain/Review360.h"
#include "io/AppraisalExport.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlReviewRepository.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

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

std::string describe(const Review& r)
{
    return r.reviewerKind + " " + r.reviewerId.value_or("-") + ": " + r.score.toString();
}

// The behaviour-anchored scale (行为锚定): level n scores 20 × n.
const char* const kAnchors[] = {
    QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                      "Far below expectations: the behaviour is rarely seen, even with close guidance."),
    QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                      "Below expectations: shown now and then, usually after a reminder."),
    QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                      "Meets expectations: shown reliably in everyday situations."),
    QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                      "Exceeds expectations: shown under pressure too, and helps others to."),
    QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                      "Role model: sets the standard for the team and coaches others."),
};

} // namespace

ReviewEntryWidget::ReviewEntryWidget(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_subjectLabel(new QLabel)
    , m_table(new QTableWidget)
    , m_formBox(new QGroupBox)
    , m_kindLabel(new QLabel)
    , m_kindCombo(new QComboBox)
    , m_reviewerLabel(new QLabel)
    , m_reviewerEdit(new QLineEdit)
    , m_reviewerNameLabel(new QLabel)
    , m_scoreLabel(new QLabel)
    , m_scoreEdit(new QLineEdit)
    , m_commentLabel(new QLabel)
    , m_commentEdit(new QPlainTextEdit)
    , m_anchorBox(new QGroupBox)
    , m_anchorList(new QListWidget)
    , m_addButton(new QPushButton)
    , m_updateButton(new QPushButton)
    , m_removeButton(new QPushButton)
    , m_lockedLabel(new QLabel)
{
    setObjectName(QStringLiteral("reviewEntryWidget"));
    m_subjectLabel->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_subjectLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("reviewsTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_kindCombo->setObjectName(QStringLiteral("reviewKindCombo"));
    m_reviewerEdit->setObjectName(QStringLiteral("reviewerEdit"));
    m_reviewerNameLabel->setObjectName(QStringLiteral("reviewerNameLabel"));
    m_reviewerNameLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_scoreEdit->setObjectName(QStringLiteral("reviewScoreEdit"));
    m_scoreEdit->setMaximumWidth(90);
    m_commentEdit->setObjectName(QStringLiteral("reviewCommentEdit"));
    m_commentEdit->setMaximumHeight(54);
    m_anchorList->setObjectName(QStringLiteral("anchorList"));
    m_anchorList->setWordWrap(true);
    m_anchorList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addButton->setObjectName(QStringLiteral("addReviewButton"));
    m_updateButton->setObjectName(QStringLiteral("updateReviewButton"));
    m_removeButton->setObjectName(QStringLiteral("removeReviewButton"));
    m_lockedLabel->setObjectName(QStringLiteral("reviewLockedLabel"));
    m_lockedLabel->setWordWrap(true);
    m_lockedLabel->setStyleSheet(QStringLiteral("color: #a33;"));

    auto* reviewerRow = new QHBoxLayout;
    reviewerRow->addWidget(m_reviewerEdit);
    reviewerRow->addWidget(m_reviewerNameLabel, 1);
    auto* form = new QFormLayout(m_formBox);
    form->addRow(m_kindLabel, m_kindCombo);
    form->addRow(m_reviewerLabel, reviewerRow);
    form->addRow(m_scoreLabel, m_scoreEdit);
    form->addRow(m_commentLabel, m_commentEdit);
    auto* anchors = new QVBoxLayout(m_anchorBox);
    anchors->setContentsMargins(4, 4, 4, 4);
    anchors->addWidget(m_anchorList);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_formBox, 1);
    middle->addWidget(m_anchorBox, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_updateButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_lockedLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_subjectLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(middle);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        loadRowIntoForm(row);
        updateEnabled();
    });
    connect(m_reviewerEdit, &QLineEdit::textChanged, this, &ReviewEntryWidget::updateReviewerName);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_kindCombo->currentData().toString() == QStringLiteral("self") && m_reviewerEdit->text().isEmpty())
            m_reviewerEdit->setText(fromStd(m_repId));
        updateReviewerName();
    });
    connect(m_anchorList, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        m_scoreEdit->setText(QString::number(20 * (m_anchorList->row(item) + 1)));
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] { addReview(formInput()); });
    connect(m_updateButton, &QPushButton::clicked, this, [this] { updateReview(m_table->currentRow(), formInput()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeReview(m_table->currentRow()); });
    retranslateUi();
}

void ReviewEntryWidget::setSubject(std::shared_ptr<const ScoredAppraisal> scored, const std::string& repId,
                                   const AppraisalRecord& record)
{
    const bool sameRep = repId == m_repId && scored && m_scored && scored->period.label() == m_scored->period.label();
    m_scored = std::move(scored);
    m_repId = m_scored ? repId : std::string();
    m_record = record;
    fillKinds();
    reload();
    if (!sameRep) {
        m_reviewerEdit->clear();
        m_scoreEdit->clear();
        m_commentEdit->clear();
    }
}

void ReviewEntryWidget::reload()
{
    m_entries.clear();
    if (m_scored && !m_repId.empty() && m_document->workspace()) {
        try {
            const storage::SqlReviewRepository repository(*m_document->workspace());
            m_entries = repository.reviews(m_repId, m_scored->period.label());
        } catch (const std::exception& e) {
            spdlog::error("reading 360-degree reviews failed: {}", e.what());
        }
    }
    fillTable();
    updateEnabled();
}

void ReviewEntryWidget::fillKinds()
{
    const QString current = m_kindCombo->currentData().toString();
    const QSignalBlocker block(m_kindCombo);
    m_kindCombo->clear();
    const WorkspaceSettings& settings = m_scored ? m_scored->settings : m_document->settings();
    for (const std::string& kind : reviewerKinds()) {
        const auto w = settings.reviewWeights.find(kind);
        const QString weight = w == settings.reviewWeights.end() ? QStringLiteral("0") : fromStd(w->second.toString());
        m_kindCombo->addItem(tr("%1 (weight %2)").arg(io::AppraisalExport::reviewerKindName(kind), weight),
                             fromStd(kind));
    }
    const int at = m_kindCombo->findData(current);
    m_kindCombo->setCurrentIndex(at < 0 ? 0 : at);
}

void ReviewEntryWidget::fillTable()
{
    const int keep = m_table->currentRow();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_entries.size()));
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Review& r = m_entries[i].review;
        const int row = int(i);
        m_table->setItem(row, 0, cell(io::AppraisalExport::reviewerKindName(r.reviewerKind)));
        m_table->setItem(row, 1, cell(fromStd(r.reviewerId.value_or(""))));
        m_table->setItem(row, 2,
                         cell(m_scored && r.reviewerId ? reviewerName(r.reviewerKind, *r.reviewerId, *m_scored->index)
                                                       : QString()));
        m_table->setItem(row, 3, cell(fromStd(r.score.toFixed(2)), true));
        m_table->setItem(row, 4, cell(fromStd(m_entries[i].comment)));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->setCurrentCell(keep < m_table->rowCount() ? keep : -1, 0);

    QString summary;
    if (m_scored && !m_repId.empty()) {
        const Review360Result r = review360(reviewsFor(m_scored->data->reviews, m_repId, m_scored->period.label()),
                                            m_scored->settings.reviewWeights);
        summary = tr("360-degree reviews of %1 for %2. Kinds without a review are left out and the other weights "
                     "rescaled; the score counts in the total through the template's review_360 item.")
                      .arg(fromStd(m_repId), fromStd(m_scored->period.label()));
        summary += QStringLiteral(" ") + (r.score ? tr("360 score: %1").arg(fromStd(r.score->toFixed(2)))
                                                  : tr("No 360 reviews for this period."));
    }
    m_subjectLabel->setText(summary);
}

void ReviewEntryWidget::fillAnchors()
{
    m_anchorList->clear();
    for (int level = 1; level <= 5; ++level)
        m_anchorList->addItem(tr("Level %1 → %2: %3")
                                  .arg(level)
                                  .arg(20 * level)
                                  .arg(QCoreApplication::translate("sd::app::ReviewEntryWidget", kAnchors[level - 1])));
}

void ReviewEntryWidget::loadRowIntoForm(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    const storage::ReviewEntry& e = m_entries[std::size_t(row)];
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(fromStd(e.review.reviewerKind))));
    m_reviewerEdit->setText(fromStd(e.review.reviewerId.value_or("")));
    m_scoreEdit->setText(fromStd(e.review.score.toString()));
    m_commentEdit->setPlainText(fromStd(e.comment));
}

void ReviewEntryWidget::updateReviewerName()
{
    const std::string id = m_reviewerEdit->text().trimmed().toStdString();
    if (!m_scored || id.empty()) {
        m_reviewerNameLabel->clear();
        return;
    }
    const QString name = reviewerName(m_kindCombo->currentData().toString().toStdString(), id, *m_scored->index);
    m_reviewerNameLabel->setText(name.isEmpty() ? tr("unknown") : name);
    m_reviewerNameLabel->setStyleSheet(name.isEmpty() ? QStringLiteral("color: #a33;") : QString());
}

void ReviewEntryWidget::updateEnabled()
{
    const bool shown = m_scored && !m_repId.empty();
    const bool row = m_table->currentRow() >= 0;
    m_addButton->setEnabled(shown);
    m_updateButton->setEnabled(shown && row);
    m_removeButton->setEnabled(shown && row);
    m_lockedLabel->setText(m_record.locked() ? tr("Signed off: the reviews are locked. Reopen the appraisal (with a "
                                                  "reason) to change them.")
                                             : QString());
}

ReviewInput ReviewEntryWidget::formInput() const
{
    return {m_kindCombo->currentData().toString().toStdString(), m_reviewerEdit->text().trimmed().toStdString(),
            m_scoreEdit->text(), m_commentEdit->toPlainText().trimmed().toStdString()};
}

bool ReviewEntryWidget::refusedWhenLocked()
{
    bool locked = m_record.locked();
    if (m_document->workspace()) {
        try {
            // The store decides: another window or salesctl may have signed it off meanwhile.
            const auto stored = storage::SqlAppraisalRepository(*m_document->workspace()).record(
                m_repId, m_scored->period.label());
            locked = stored && stored->locked();
        } catch (const std::exception& e) {
            spdlog::error("reading the appraisal record failed: {}", e.what());
        }
    }
    if (locked)
        DialogHooks::warning(this, tr("360-degree review"),
                             tr("The appraisal of %1 for %2 is signed off and locked: its 360-degree reviews are not "
                                "changed. Reopen it, with a reason, before changing them.")
                                 .arg(fromStd(m_repId), fromStd(m_scored->period.label())));
    return locked;
}

std::optional<storage::ReviewEntry> ReviewEntryWidget::checked(const ReviewInput& input)
{
    ReviewCheck check = checkReview(input, m_repId, m_scored->period.label(), *m_scored->index);
    if (!check.review) {
        DialogHooks::warning(this, tr("360-degree review"), tr("The review was not saved. %1").arg(check.error));
        return std::nullopt;
    }
    return storage::ReviewEntry{std::move(*check.review), input.comment};
}

bool ReviewEntryWidget::addReview(const ReviewInput& input)
{
    if (!m_scored || m_repId.empty() || refusedWhenLocked())
        return false;
    const auto entry = checked(input);
    if (!entry)
        return false;
    auto after = m_entries;
    after.push_back(*entry);
    return commit(std::move(after), "add " + describe(entry->review),
                  QCoreApplication::translate("UndoCommands", "Add 360 Review"));
}

bool ReviewEntryWidget::updateReview(int row, const ReviewInput& input)
{
    if (!m_scored || m_repId.empty() || row < 0 || row >= int(m_entries.size()) || refusedWhenLocked())
        return false;
    const auto entry = checked(input);
    if (!entry)
        return false;
    auto after = m_entries;
    const std::string was = describe(after[std::size_t(row)].review);
    after[std::size_t(row)] = *entry;
    return commit(std::move(after), "change " + was + " -> " + describe(entry->review),
                  QCoreApplication::translate("UndoCommands", "Edit 360 Review"));
}

bool ReviewEntryWidget::removeReview(int row)
{
    if (!m_scored || m_repId.empty() || row < 0 || row >= int(m_entries.size()) || refusedWhenLocked())
        return false;
    auto after = m_entries;
    const std::string was = describe(after[std::size_t(row)].review);
    after.erase(after.begin() + row);
    return commit(std::move(after), "delete " + was, QCoreApplication::translate("UndoCommands", "Delete 360 Review"));
}

bool ReviewEntryWidget::commit(std::vector<storage::ReviewEntry> after, const std::string& detail, const QString& text)
{
    m_document->undoStack()->push(new ReviewChangeCommand(m_document, m_repId, m_scored->period.label(), m_entries,
                                                          std::move(after), detail, text, this, [this] { reload(); }));
    return true;
}

void ReviewEntryWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReviewEntryWidget::retranslateUi()
{
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Reviewer"), tr("Name"), tr("Score"), tr("Comment")});
    m_formBox->setTitle(tr("Review"));
    m_kindLabel->setText(tr("Reviewer kind"));
    m_reviewerLabel->setText(tr("Reviewer ID"));
    m_scoreLabel->setText(tr("Score (0–100)"));
    m_commentLabel->setText(tr("Comment"));
    m_reviewerEdit->setPlaceholderText(tr("rep ID (customer ID for a customer)"));
    m_anchorBox->setTitle(tr("Behaviour anchors (click a level to use its score)"));
    m_addButton->setText(tr("Add review"));
    m_updateButton->setText(tr("Save changes"));
    m_removeButton->setText(tr("Delete"));
    fillAnchors();
    fillKinds();
    fillTable();
    updateReviewerName();
    updateEnabled();
}

} // namespace sd::app
