#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace memescope {

class ProjectStore;

// A prepared statement on the SQLite handle underneath a Qt SQL connection, for bulk writes: Qt SQL's
// per-exec overhead (QVariant binding, result set bookkeeping) costs more than SQLite's own work when
// inserting 100,000 rows. Runs inside whatever transaction the connection has open.
class SqliteStatement {
public:
    SqliteStatement(ProjectStore& store, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are 1-based. Text must stay alive until step() returns.
    void bind(int index, const QString& text);
    void bind(int index, int64_t value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    void bindBlob(int index, const QByteArray& bytes); // kept alive by the caller until run()
    // Executes (expects no result rows), then resets for the next use. Throws StoreError naming `what`.
    void run(const QString& what);
    int64_t lastInsertRowId() const;
    // Ends a read before its last row (next() resets by itself at the end), for the next use.
    void reset();

    // Reading: next() steps to the next row (false at the end); columns are 0-based.
    bool next(const QString& what);
    QString text(int column) const;
    int64_t integer(int column) const;
    bool isNull(int column) const;
    QByteArray blob(int column) const;
    double real(int column) const;

private:
    ProjectStore& store_;
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace memescope
