#include "ProjectLock.h"

#include "StoreError.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLockFile>

namespace memescope {
namespace {

// How long a lock file may stay unreadable before it counts as left by a killed holder. Qt writes the pid
// into the file right after creating it, so only a holder killed in between leaves it empty for long.
constexpr qint64 kUnreadableLockAgeSeconds = 60;
// How long to wait for a holder that is starting up or shutting down.
constexpr int kTransientRetryMs = 3000;

bool unreadableAndOld(const QString& lockPath) {
    const QFileInfo info(lockPath);
    return info.exists() &&
           info.lastModified().secsTo(QDateTime::currentDateTime()) > kUnreadableLockAgeSeconds;
}

} // namespace

std::shared_ptr<QLockFile> acquireProjectLock(const QString& path) {
    const QString lockPath = path + ".lock";
    auto lock = std::make_shared<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // never stale by age; a crashed holder's lock is still detected and removed
    if (lock->tryLock(0)) return lock;

    qint64 pid = 0;
    QString host, app;
    if (lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&pid, &host, &app)) {
        // No readable owner: the holder is writing or deleting the file right now, or was killed while
        // writing it. Give a live holder a moment; take over a file that stayed unreadable for long.
        if (unreadableAndOld(lockPath) && lock->removeStaleLockFile() && lock->tryLock(0)) return lock;
        if (lock->tryLock(kTransientRetryMs)) return lock;
    }
    switch (lock->error()) {
    case QLockFile::NoError:
        return lock;
    case QLockFile::LockFailedError:
        if (lock->getLockInfo(&pid, &host, &app))
            throw StoreError(path, QStringLiteral("the project is already open in another process "
                                                  "(%1, pid %2 on %3). Close it there first.")
                                       .arg(app.isEmpty() ? QStringLiteral("MemeScope") : app)
                                       .arg(pid)
                                       .arg(host));
        throw StoreError(path,
                         QStringLiteral("the project's lock %1 is held by a process that is starting or "
                                        "exiting — retry in a moment")
                             .arg(lockPath));
    case QLockFile::PermissionError:
        throw StoreError(
            path, QStringLiteral("cannot create the lock file %1: the folder is not writable").arg(lockPath));
    case QLockFile::UnknownError:
        break;
    }
    throw StoreError(
        path,
        QStringLiteral("cannot create the lock file %1 (disk full or file system error?)").arg(lockPath));
}

} // namespace memescope
