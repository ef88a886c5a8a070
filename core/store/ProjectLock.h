#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace memescope {

// The project's exclusive lock (PROJECT.lock beside the file), taken for as long as a ProjectStore is open.
// Throws StoreError telling apart the three ways it can fail:
//  - another live process has the project open: names the program, pid and host;
//  - the lock file is being written or removed by a process that is starting or exiting: retried for
//    a moment, then "held by a process that is exiting — retry";
//  - the folder cannot be written: says so.
// A lock left by a process that died (a dead pid on this host, or an unreadable lock file older than a
// minute: a holder killed while writing it) is taken over.
std::shared_ptr<QLockFile> acquireProjectLock(const QString& projectPath);

} // namespace memescope
