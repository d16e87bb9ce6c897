#include "app/WorkspaceDocument.h"

#include "app/ChangeSettings.h"
#include "app/DatasetCache.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace sd::app {

WorkspaceDocument::WorkspaceDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_datasetCache = new DatasetCache(this);
}

WorkspaceDocument::~WorkspaceDocument() = default;

void WorkspaceDocument::open(const QString& path)
{
    auto workspace = std::make_unique<storage::Workspace>(path);
    WorkspaceSettings settings = io::loadSettings(*workspace);
    m_workspace = std::move(workspace);
    m_settings = std::move(settings);
    m_countsValid = false;
    m_undoStack->clear();
    spdlog::info("opened workspace {}", m_workspace->displayName().toStdString()); // no password
    Q_EMIT workspaceChanged();
}

void WorkspaceDocument::close()
{
    if (!m_workspace)
        return;
    m_undoStack->clear();
    m_workspace.reset();
    m_settings = WorkspaceSettings();
    m_countsValid = false;
    Q_EMIT workspaceChanged();
}

QString WorkspaceDocument::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

void WorkspaceDocument::applySettings(const WorkspaceSettings& settings)
{
    if (!m_workspace)
        return;
    io::saveSettings(*m_workspace, settings);
    m_settings = settings;
    Q_EMIT settingsChanged();
}

void WorkspaceDocument::editSettings(const WorkspaceSettings& settings)
{
    if (!m_workspace)
        return;
    m_undoStack->push(new ChangeSettings(this, m_settings, settings));
}

const std::vector<std::pair<std::string, long long>>& WorkspaceDocument::counts() const
{
    if (!m_countsValid) {
        m_counts = m_workspace ? m_workspace->tableCounts() : std::vector<std::pair<std::string, long long>>{};
        m_countsValid = true;
    }
    return m_counts;
}

long long WorkspaceDocument::count(const std::string& table) const
{
    for (const auto& [name, n] : counts()) {
        if (name == table)
            return n;
    }
    return 0;
}

void WorkspaceDocument::reload()
{
    if (!m_workspace)
        return;
    m_settings = io::loadSettings(*m_workspace);
    m_countsValid = false;
    Q_EMIT settingsChanged();
    Q_EMIT dataChanged();
}

void WorkspaceDocument::notifyRowsChanged()
{
    m_countsValid = false;
    Q_EMIT dataChanged();
}

} // namespace sd::app
