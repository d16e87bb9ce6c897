#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; this header has no QObject, but the
// panel's header includes it.
#ifndef Q_MOC_RUN
#include "domain/DashboardSummary.h"
#endif

#include <QDateTime>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sd::app {

// The dashboard's last figures of one workspace, per owner, kept in the user's cache folder between sessions
// (one small JSON file per workspace, written whole through QSaveFile). The panel shows them while the workspace's
// rows load, marked as saved figures, and replaces them with the fresh ones (docs/daily.md "Opening the
// dashboard"). A file that cannot be read, is malformed or belongs to another workspace at the same place (the
// fingerprint differs) counts as no figures; nothing here throws.
class DashboardSnapshots
{
public:
    struct Saved
    {
        DashboardSummary summary;
        QDateTime savedAt; // UTC
    };

    // `workspace`: the document's path or server address; `fingerprint`: what identifies its data (the org tree's
    // size and ends), checked on reading.
    DashboardSnapshots(const QString& workspace, std::string fingerprint);

    // The figures last saved for the owner ("unit:…", "rep:…"), or nullopt.
    std::optional<Saved> find(const std::string& owner) const;
    // The owner shown when figures were last saved (empty when none).
    std::string lastOwner() const { return m_lastOwner; }
    // The fingerprint the store was opened with.
    const std::string& fingerprintOf() const { return m_fingerprint; }
    // Keeps `summary` as its owner's latest figures and that owner as the last one; writes the file. Returns
    // false (and logs why) when the file cannot be written.
    bool save(const DashboardSummary& summary, const QDateTime& savedAt = QDateTime::currentDateTimeUtc());

    // What identifies a workspace's data cheaply, before its rows are loaded: the org tree's size and the first
    // and last rep ids (the lists in ascending id order, as loadDataset gives them).
    static std::string fingerprint(const std::vector<OrgUnit>& orgUnits, const std::vector<Rep>& reps);

    // Where the files live (the platform's cache folder) and this workspace's file.
    static QString folder();
    QString filePath() const { return m_file; }

    static constexpr std::size_t kMaxOwners = 32; // the most recently saved owners kept per workspace

private:
    void read();

    QString m_key;
    std::string m_fingerprint;
    QString m_file;
    std::string m_lastOwner;
    std::vector<Saved> m_saved; // most recently saved first
};

} // namespace sd::app
