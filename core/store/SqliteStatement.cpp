#include "SqliteStatement.h"

#include "ProjectStore.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace memescope {

SqliteStatement::SqliteStatement(ProjectStore& store, const char* sql)
    : store_(store) {
    const QVariant handle = store.db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        store.fail("the database driver is not SQLite", QString());
    db_ = *static_cast<sqlite3* const*>(handle.data());
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt_, nullptr) != SQLITE_OK)
        store.fail("cannot prepare a statement", QString::fromUtf8(sqlite3_errmsg(db_)));
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(stmt_);
}

void SqliteStatement::bind(int index, const QString& text) {
    // UTF-16 straight from QString; SQLITE_STATIC: the caller keeps the string alive until run().
    sqlite3_bind_text16(
        stmt_, index, text.isNull() ? static_cast<const void*>(u"") : static_cast<const void*>(text.utf16()),
        int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
}

void SqliteStatement::bindDouble(int index, double value) {
    sqlite3_bind_double(stmt_, index, value);
}

void SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
}

void SqliteStatement::run(const QString& what) {
    const int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) store_.fail(what, QString::fromUtf8(sqlite3_errmsg(db_)));
}

int64_t SqliteStatement::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(db_);
}

void SqliteStatement::reset() {
    sqlite3_reset(stmt_);
}

bool SqliteStatement::next(const QString& what) {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    sqlite3_reset(stmt_);
    if (rc != SQLITE_DONE) store_.fail(what, QString::fromUtf8(sqlite3_errmsg(db_)));
    return false;
}

QString SqliteStatement::text(int column) const {
    const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(stmt_, column));
    const int bytes = sqlite3_column_bytes16(stmt_, column);
    return data ? QString(reinterpret_cast<const QChar*>(data), bytes / 2) : QString();
}

void SqliteStatement::bindBlob(int index, const QByteArray& bytes) {
    sqlite3_bind_blob(stmt_, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

QByteArray SqliteStatement::blob(int column) const {
    const void* data = sqlite3_column_blob(stmt_, column);
    return data ? QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(stmt_, column))
                : QByteArray();
}

double SqliteStatement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}

int64_t SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

} // namespace memescope
