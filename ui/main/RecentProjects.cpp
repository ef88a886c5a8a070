#include "RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace memescope {

QStringList RecentProjects::list() {
    return QSettings().value("recentProjects").toStringList();
}

void RecentProjects::add(const QString& path) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList l = list();
    l.removeAll(abs);
    l.prepend(abs);
    while (l.size() > kMaxEntries)
        l.removeLast();
    QSettings().setValue("recentProjects", l);
}

void RecentProjects::remove(const QString& path) {
    QStringList l = list();
    l.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue("recentProjects", l);
}

} // namespace memescope
