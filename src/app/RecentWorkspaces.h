#pragma once

#include <QStringList>

namespace sd::app {

// The most recently opened workspace files, newest first, kept in QSettings ("recentWorkspaces").
class RecentWorkspaces
{
public:
    static constexpr int kMax = 8;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace sd::app
