#include "ProjectStore.h"

#include "ProjectLock.h"
#include "SchemaMigrations.h"
#include "StoreError.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace memescope {
namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("memescope-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray head = f.read(16);
    return head.isEmpty() || head.startsWith("SQLite format 3");
}

} // namespace

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& rawPath, Mode mode) {
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode != Mode::OpenOrCreate) throw StoreError(path + ": no such project file");
    if (exists && !looksLikeSqlite(path))
        throw StoreError(path + ": not a MemeScope project (the file is not an SQLite database)");
    if (!exists && !QFileInfo(QFileInfo(path).absolutePath()).isDir())
        throw StoreError(path + ": the folder " + QFileInfo(path).absolutePath() + " does not exist");

    const bool readOnly = mode == Mode::ReadOnly;
    ProjectConnector c;
    c.path_ = path;
    c.readOnly_ = readOnly;
    if (!readOnly) c.lock_ = acquireProjectLock(path);
    std::unique_ptr<ProjectStore> store = c.open();
    if (!readOnly) {
        SchemaMigrations::migrate(store->db_, path);
        return store;
    }
    // The writer (rank 0, started at the same moment) may be upgrading the project's format: give it a while.
    QElapsedTimer waited;
    waited.start();
    while (SchemaMigrations::currentVersion(store->db_) != SchemaMigrations::kLatestVersion) {
        if (waited.elapsed() > 30000)
            throw StoreError(path + ": the project's format is not this version's: open it once in MemeScope "
                                    "(or on rank 0) to upgrade it");
        QThread::msleep(200);
    }
    return store;
}

ProjectConnector ProjectStore::connector() const {
    ProjectConnector c;
    c.path_ = path_;
    c.lock_ = lock_;
    c.readOnly_ = readOnly_;
    return c;
}

std::unique_ptr<ProjectStore> ProjectStore::openConnectionForThread() const {
    return connector().open();
}

std::unique_ptr<ProjectStore> ProjectConnector::open() const {
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->path_ = path_;
    store->lock_ = lock_;
    store->readOnly_ = readOnly_;
    store->connectionName_ = nextConnectionName();
    store->db_ = QSqlDatabase::addDatabase("QSQLITE", store->connectionName_);
    store->db_.setDatabaseName(path_);
    if (readOnly_) store->db_.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!store->db_.open()) store->fail("cannot open the project", store->db_.lastError().text());
    store->configureConnection();
    return store;
}

ProjectStore::~ProjectStore() {
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

void ProjectStore::configureConnection() {
    QSqlQuery q(db_);
    // WAL: readers never block the writer; FULL sync: a committed label survives a power cut too. A read-only
    // connection leaves the journal mode as the writer set it.
    QStringList pragmas{"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000",
                        "PRAGMA temp_store = MEMORY"};
    if (!readOnly_) pragmas.prepend("PRAGMA journal_mode = WAL");
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma))
            fail(QStringLiteral("cannot configure the database (%1)").arg(pragma), q.lastError().text());
    }
}

void ProjectStore::fail(const QString& what, const QString& driverMessage) const {
    QString msg = path_ + ": " + what;
    if (!driverMessage.trimmed().isEmpty()) msg += " (" + driverMessage.trimmed() + ")";
    if (driverMessage.contains("disk", Qt::CaseInsensitive) &&
        driverMessage.contains("full", Qt::CaseInsensitive))
        msg += ". The disk is full: free some space; nothing was written.";
    else if (driverMessage.contains("disk I/O error", Qt::CaseInsensitive))
        msg += ". Writing to the disk failed (full, over a file-size limit, or failing): free some space or "
               "check the drive; the project keeps its last committed state.";
    throw StoreError(msg);
}

QDir ProjectStore::projectDir() const {
    return QFileInfo(path_).absoluteDir();
}

int ProjectStore::schemaVersion() {
    return SchemaMigrations::currentVersion(db_);
}

QString ProjectStore::toStoredPath(const QString& absolutePath) const {
    if (absolutePath.isEmpty()) return {};
    const QString abs = QFileInfo(absolutePath).absoluteFilePath();
    const QString rel = projectDir().relativeFilePath(abs);
    if (!rel.startsWith("../") && rel != "..") return rel;
    return abs;
}

QString ProjectStore::resolveStoredPath(const QString& storedPath) const {
    if (storedPath.isEmpty()) return {};
    if (QFileInfo(storedPath).isAbsolute()) return storedPath;
    return projectDir().absoluteFilePath(storedPath);
}

bool ProjectStore::hasLabelSchema() {
    QSqlQuery q(db_);
    return q.exec("SELECT COUNT(*) FROM label_schema") && q.next() && q.value(0).toInt() > 0;
}

LabelSchema ProjectStore::labelSchema() {
    QSqlQuery q(db_);
    if (!q.exec("SELECT task FROM label_schema WHERE id = 1"))
        fail("cannot read the label schema", q.lastError().text());
    if (!q.next()) return {};
    const auto task = taskKindFromString(q.value(0).toString()).value_or(TaskKind::SingleLabel);
    QStringList names;
    QVector<LabelDefinition> defs;
    if (!q.exec("SELECT name, color, hotkey FROM labels ORDER BY idx"))
        fail("cannot read labels", q.lastError().text());
    while (q.next()) {
        names << q.value(0).toString();
        defs.push_back({q.value(0).toString(), QColor(q.value(1).toString()), q.value(2).toString()});
    }
    LabelSchema schema(task, names);
    schema.labels() = defs;
    return schema;
}

void ProjectStore::setLabelSchema(const LabelSchema& schema) {
    Transaction tx(*this);
    QSqlQuery q(db_);
    if (!q.exec("DELETE FROM labels")) fail("cannot write labels", q.lastError().text());
    q.prepare(
        "INSERT INTO label_schema(id, task) VALUES(1, ?) ON CONFLICT(id) DO UPDATE SET task = excluded.task");
    q.addBindValue(taskKindToString(schema.task()));
    if (!q.exec()) fail("cannot write the label schema", q.lastError().text());
    q.prepare("INSERT INTO labels(idx, name, color, hotkey) VALUES(?, ?, ?, ?)");
    for (int i = 0; i < schema.size(); ++i) {
        const auto& l = schema.labels()[i];
        q.addBindValue(i);
        q.addBindValue(l.name);
        q.addBindValue(l.color.name());
        q.addBindValue(l.hotkey);
        if (!q.exec()) fail("cannot write label '" + l.name + "'", q.lastError().text());
    }
    tx.commit();
}

QString ProjectStore::meta(const QString& key, const QString& fallback) {
    QSqlQuery q(db_);
    q.prepare("SELECT value FROM meta WHERE key = ?");
    q.addBindValue(key);
    if (!q.exec()) fail("cannot read project settings", q.lastError().text());
    return q.next() ? q.value(0).toString() : fallback;
}

void ProjectStore::setMeta(const QString& key, const QString& value) {
    QSqlQuery q(db_);
    q.prepare(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) fail("cannot write project settings", q.lastError().text());
}

void ProjectStore::beginTransaction() {
    if (transactionDepth_++ > 0) return;
    rollbackRequested_ = false;
    if (!db_.transaction()) {
        transactionDepth_ = 0;
        fail("cannot start a transaction", db_.lastError().text());
    }
}

void ProjectStore::commitTransaction() {
    if (transactionDepth_ <= 0) return;
    if (--transactionDepth_ > 0) return;
    if (rollbackRequested_) {
        db_.rollback();
        fail("a part of the change failed; nothing was written", QString());
    }
    if (!db_.commit()) {
        const QString err = db_.lastError().text();
        db_.rollback();
        fail("cannot commit the change; nothing was written", err);
    }
}

void ProjectStore::rollbackTransaction() {
    if (transactionDepth_ <= 0) return;
    if (--transactionDepth_ > 0) {
        rollbackRequested_ = true; // an inner failure dooms the outer transaction
        return;
    }
    db_.rollback();
}

Transaction::Transaction(ProjectStore& store)
    : store_(store) {
    store_.beginTransaction();
}

Transaction::~Transaction() {
    if (!done_) store_.rollbackTransaction();
}

void Transaction::commit() {
    done_ = true;
    store_.commitTransaction();
}

} // namespace memescope
