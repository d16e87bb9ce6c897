#include "app/AuditLogDialog.h"

#include "app/AuditLogModel.h"
#include "app/WorkspaceDocument.h"
#include "storage/AuditLog.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

QString fromStd(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// Retranslates the menu action when the window's language changes (a QAction gets no LanguageChange itself).
class ActionRetranslator : public QObject
{
public:
    ActionRetranslator(QAction* action, QWidget* window)
        : QObject(action)
        , m_action(action)
    {
        window->installEventFilter(this);
        retranslate();
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate() { m_action->setText(AuditLogDialog::tr("Audit &Log…")); }
    QAction* m_action;
};

} // namespace

AuditLogDialog::AuditLogDialog(WorkspaceDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new AuditLogModel(document, this))
    , m_fromCheck(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toCheck(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_entityLabel(new QLabel(this))
    , m_entity(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_refresh(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_textTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheck"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_toCheck->setObjectName(QStringLiteral("auditToCheck"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_close->setObjectName(QStringLiteral("auditClose"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_status->setObjectName(QStringLiteral("auditStatus"));

    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));
    m_text->setClearButtonEnabled(true);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(250);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::When, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditLogModel::When, 170);
    m_table->setColumnWidth(AuditLogModel::Id, 200);
    m_table->setColumnWidth(AuditLogModel::Before, 260);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addWidget(m_entityLabel);
    filters->addWidget(m_entity);
    filters->addWidget(m_userLabel);
    filters->addWidget(m_user);
    filters->addWidget(m_text, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(1100, 600);

    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* check : {m_fromCheck, m_toCheck})
        connect(check, &QCheckBox::toggled, this, &AuditLogDialog::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    for (QComboBox* combo : {m_entity, m_user})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_textTimer, &QTimer::timeout, this, &AuditLogDialog::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogDialog::updateStatus);
    if (m_document) {
        connect(m_document, &WorkspaceDocument::workspaceChanged, this, &AuditLogDialog::reload);
        connect(m_document, &WorkspaceDocument::dataChanged, this, &AuditLogDialog::reload);
        connect(m_document, &WorkspaceDocument::settingsChanged, this, &AuditLogDialog::reload);
    }

    retranslateUi();
    reload();
}

void AuditLogDialog::reload()
{
    fillChoices();
    applyFilter();
}

void AuditLogDialog::fillChoices()
{
    std::vector<std::string> entities, actors;
    if (m_document && m_document->isOpen()) {
        try {
            const storage::AuditLog log(*m_document->workspace());
            entities = log.entities();
            actors = log.actors();
        } catch (const std::exception& e) {
            spdlog::error("reading the audit log failed: {}", e.what());
        }
    }
    const auto refill = [](QComboBox* combo, const std::vector<std::string>& codes, const QString& all,
                           bool translate) {
        const QString kept = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const std::string& c : codes) {
            const QString code = fromStd(c);
            combo->addItem(translate ? AuditLogModel::entityLabel(code) : code, code);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(kept)));
    };
    refill(m_entity, entities, tr("All records"), true);
    refill(m_user, actors, tr("All users"), false);
}

void AuditLogDialog::applyFilter()
{
    storage::AuditFilter f;
    if (m_fromCheck->isChecked())
        f.fromDate = m_from->date().toString(Qt::ISODate).toStdString();
    if (m_toCheck->isChecked())
        f.toDate = m_to->date().toString(Qt::ISODate).toStdString();
    if (const QString e = m_entity->currentData().toString(); !e.isEmpty())
        f.entity = e.toStdString();
    if (const QString u = m_user->currentData().toString(); !u.isEmpty())
        f.actor = u.toStdString();
    f.text = m_text->text().trimmed().toStdString();
    m_model->setFilter(f);
}

void AuditLogDialog::updateStatus()
{
    m_status->setText(tr("%n change(s)", nullptr, static_cast<int>(m_model->totalCount())));
}

void AuditLogDialog::retranslateUi()
{
    setWindowTitle(tr("Audit Log"));
    m_fromCheck->setText(tr("From"));
    m_toCheck->setText(tr("To"));
    m_entityLabel->setText(tr("Record:"));
    m_userLabel->setText(tr("User:"));
    m_text->setPlaceholderText(tr("Search record, change, before and after"));
    m_refresh->setText(tr("&Refresh"));
    m_close->setText(tr("Close"));
    if (m_entity->count() > 0)
        m_entity->setItemText(0, tr("All records"));
    for (int i = 1; i < m_entity->count(); ++i)
        m_entity->setItemText(i, AuditLogModel::entityLabel(m_entity->itemData(i).toString()));
    if (m_user->count() > 0)
        m_user->setItemText(0, tr("All users"));
    updateStatus();
}

void AuditLogDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QAction* AuditLogDialog::addMenuAction(QMenu* menu, WorkspaceDocument* document, QWidget* window)
{
    auto* action = menu->addAction(QString());
    action->setObjectName(QStringLiteral("auditLogAction"));
    new ActionRetranslator(action, window);
    QObject::connect(action, &QAction::triggered, window, [document, window] {
        static QPointer<AuditLogDialog> open;
        if (!open) {
            open = new AuditLogDialog(document, window);
            open->setAttribute(Qt::WA_DeleteOnClose);
        } else {
            open->reload();
        }
        open->show();
        open->raise();
        open->activateWindow();
    });
    return action;
}

} // namespace sd::app
