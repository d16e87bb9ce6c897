#include "app/ChangeSettings.h"

#include "app/DialogHooks.h"
#include "app/StaleEditMessage.h"
#include "app/WorkspaceDocument.h"
#include "io/WorkspaceJson.h"
#include "storage/Backup.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

// The top-level members of the stored settings that differ from `read` ("stages, incentive_plans").
std::string changedMembers(const std::string& read, const std::string& stored)
{
    const QJsonObject a = QJsonDocument::fromJson(QByteArray::fromStdString(read)).object();
    const QJsonObject b = QJsonDocument::fromJson(QByteArray::fromStdString(stored)).object();
    QStringList names;
    for (auto it = b.begin(); it != b.end(); ++it)
        if (a.value(it.key()) != it.value())
            names << it.key();
    for (auto it = a.begin(); it != a.end(); ++it)
        if (!b.contains(it.key()))
            names << it.key();
    return names.join(QStringLiteral(", ")).toStdString();
}

} // namespace

ChangeSettings::ChangeSettings(WorkspaceDocument* document, WorkspaceSettings before, WorkspaceSettings after)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Change Settings"))
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_versions({storage::settingsRow()})
{
}

void ChangeSettings::undo()
{
    apply(m_before);
}

void ChangeSettings::redo()
{
    apply(m_after);
}

void ChangeSettings::apply(const WorkspaceSettings& settings)
{
    storage::Workspace* ws = m_document->workspace();
    if (!ws)
        return;
    const std::string read = io::writeWorkspaceJson(m_versions.isRead() ? (&settings == &m_after ? m_before : m_after)
                                                                         : m_before);
    const auto describe = [&](const QSqlDatabase&, const storage::VersionedRow&) {
        const std::string changed = changedMembers(read, io::writeWorkspaceJson(io::loadSettings(*ws)));
        return changed.empty() ? std::string() : "changed: " + changed;
    };
    try {
        storage::versionedWrite(
            ws->database(), m_versions,
            [&] {
                // The first step: the stored settings must still be the ones the document read.
                if (!m_versions.isRead() && io::writeWorkspaceJson(io::loadSettings(*ws)) != read) {
                    const storage::VersionedRow row = storage::settingsRow();
                    const auto last = storage::lastChange(ws->database(), row);
                    throw storage::StaleEdit(row.entity, row.key, 0,
                                             storage::rowVersion(ws->database(), row).value_or(0),
                                             describe(ws->database(), row), last ? last->by : std::string(),
                                             last ? last->at : std::string());
                }
                m_document->applySettings(settings);
            },
            describe);
    } catch (const storage::StaleEdit& e) {
        spdlog::warn("settings change refused: {}", e.what());
        setObsolete(true);
        m_document->reload();
        StaleEditMessage::show(nullptr, e, text());
    } catch (const std::exception& e) {
        spdlog::error("saving the settings failed: {}", e.what());
        setObsolete(true);
        m_document->reload();
        DialogHooks::warning(nullptr, QCoreApplication::translate("UndoCommands", "Settings not saved"),
                             QString::fromStdString(storage::Backup::describeWriteFailure(ws->path(), e.what())));
    }
}

} // namespace sd::app
