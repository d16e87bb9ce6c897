#include "app/DashboardSnapshots.h"

#include "io/DashboardSummaryJson.h"
#include "storage/WorkspaceUrl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

constexpr int kFormat = 1;

// The same workspace gives the same key however it was named: a file by its canonical path, a server by its
// address without the password.
QString workspaceKey(const QString& workspace)
{
    if (storage::WorkspaceUrl::isServerUrl(workspace)) {
        try {
            return storage::WorkspaceUrl::parse(workspace).toString(false);
        } catch (const std::exception&) {
            return QString();
        }
    }
    const QFileInfo info(workspace);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

DashboardSnapshots::DashboardSnapshots(const QString& workspace, std::string fingerprint)
    : m_key(workspaceKey(workspace))
    , m_fingerprint(std::move(fingerprint))
{
    if (m_key.isEmpty())
        return;
    const QByteArray hash = QCryptographicHash::hash(m_key.toUtf8(), QCryptographicHash::Sha1).toHex();
    m_file = folder() + QStringLiteral("/dashboard-") + QString::fromLatin1(hash.left(20)) + QStringLiteral(".json");
    read();
}

std::string DashboardSnapshots::fingerprint(const std::vector<OrgUnit>& orgUnits, const std::vector<Rep>& reps)
{
    std::string out = std::to_string(orgUnits.size()) + " units, " + std::to_string(reps.size()) + " reps";
    if (!reps.empty())
        out += ", " + reps.front().id + "…" + reps.back().id;
    return out;
}

QString DashboardSnapshots::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

void DashboardSnapshots::read()
{
    QFile file(m_file);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        spdlog::warn("dashboard: cannot read the saved figures {}: {}", m_file.toStdString(),
                     file.errorString().toStdString());
        return;
    }
    const QByteArray bytes = file.readAll();
    try {
        const nlohmann::json j = nlohmann::json::parse(bytes.begin(), bytes.end());
        if (j.value("format", 0) != kFormat || j.value("workspace", std::string()) != m_key.toStdString())
            return;
        if (j.value("fingerprint", std::string()) != m_fingerprint) {
            spdlog::info("dashboard: the saved figures are of other data at the same place; not shown");
            return;
        }
        m_lastOwner = j.value("last_owner", std::string());
        for (const nlohmann::json& v : j.at("views")) {
            Saved s;
            s.savedAt = QDateTime::fromString(QString::fromStdString(v.at("saved_at").get<std::string>()),
                                              Qt::ISODate);
            if (!s.savedAt.isValid())
                throw std::runtime_error("$.views[].saved_at: not a date and time");
            s.summary = io::dashboardSummaryFromJson(v.at("summary"));
            m_saved.push_back(std::move(s));
        }
    } catch (const std::exception& e) {
        spdlog::warn("dashboard: the saved figures {} are not usable ({}); they will be replaced",
                     m_file.toStdString(), e.what());
        m_saved.clear();
        m_lastOwner.clear();
    }
}

std::optional<DashboardSnapshots::Saved> DashboardSnapshots::find(const std::string& owner) const
{
    for (const Saved& s : m_saved)
        if (s.summary.owner == owner)
            return s;
    return std::nullopt;
}

bool DashboardSnapshots::save(const DashboardSummary& summary, const QDateTime& savedAt)
{
    if (m_file.isEmpty())
        return false;
    std::erase_if(m_saved, [&](const Saved& s) { return s.summary.owner == summary.owner; });
    m_saved.insert(m_saved.begin(), Saved{summary, savedAt.toUTC()});
    if (m_saved.size() > kMaxOwners)
        m_saved.resize(kMaxOwners);
    m_lastOwner = summary.owner;

    nlohmann::json views = nlohmann::json::array();
    for (const Saved& s : m_saved)
        views.push_back({{"saved_at", s.savedAt.toString(Qt::ISODate).toStdString()},
                         {"summary", io::dashboardSummaryToJson(s.summary)}});
    const nlohmann::json j{{"format", kFormat},
                           {"workspace", m_key.toStdString()},
                           {"fingerprint", m_fingerprint},
                           {"last_owner", m_lastOwner},
                           {"views", views}};
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    const std::string text = j.dump();
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0
        || !file.commit()) {
        spdlog::warn("dashboard: cannot save the figures to {}: {}", m_file.toStdString(),
                     file.errorString().toStdString());
        return false;
    }
    return true;
}

} // namespace sd::app
