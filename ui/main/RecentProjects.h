#pragma once

#include <QStringList>

namespace memescope {

// The most-recently-used project list, kept in QSettings ("recentProjects"), newest first.
class RecentProjects {
public:
    static constexpr int kMaxEntries = 10;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};

} // namespace memescope
