#pragma once

#include <QSqlDatabase>

namespace memescope {

// Forward-only schema migrations of a project file. Version N is reached by applying migration 1..N in
// order, each in its own transaction together with the PRAGMA user_version bump, so a crash mid-way
// leaves the file at the previous version.
class SchemaMigrations {
public:
    static constexpr int kLatestVersion = 7;

    static int currentVersion(QSqlDatabase& db);
    // Applies the migrations from the current version up to `target` (default: latest). Throws StoreError.
    static void migrate(QSqlDatabase& db, const QString& fileForMessages, int target = kLatestVersion);
};

} // namespace memescope
