#pragma once

#include "LabelSchema.h"

#include <QDir>
#include <QSqlDatabase>
#include <QString>
#include <memory>

class QLockFile;

namespace memescope {

class ProjectStore;

// What a worker thread needs to open its own connection to an open project: the path and the project's
// lock, which stays held while any connector lives (so a job that outlives the window's connection still
// owns the project it writes).
class ProjectConnector {
public:
    std::unique_ptr<ProjectStore> open() const; // throws StoreError
    const QString& path() const { return path_; }

private:
    friend class ProjectStore;
    QString path_;
    std::shared_ptr<QLockFile> lock_;
    bool readOnly_ = false; // connections of a read-only store are read-only too
};

// One project = one SQLite file (WAL, foreign keys on, schema-versioned). A project is opened by one
// process at a time: a QLockFile next to it refuses a second process with a clear message.
// Not thread-safe: one ProjectStore per thread (open a second one with openConnectionForThread()).
class ProjectStore {
public:
    // ReadOnly: no lock taken and nothing written (the other ranks of a data-parallel training read their
    // data while rank 0 holds the project); the project must exist and be of this version's schema.
    enum class Mode { OpenOrCreate, OpenExisting, ReadOnly };

    // Throws StoreError naming the file and the problem (locked, newer schema, not a database, ...).
    static std::unique_ptr<ProjectStore> open(const QString& path, Mode mode = Mode::OpenOrCreate);
    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    // A second connection to the same open project, for use on another thread (shares the lock).
    std::unique_ptr<ProjectStore> openConnectionForThread() const;
    ProjectConnector connector() const; // the same, to hand to a thread that opens it later

    QSqlDatabase& db() { return db_; }
    bool isReadOnly() const { return readOnly_; }
    const QString& path() const { return path_; }
    QDir projectDir() const;
    int schemaVersion();

    // Paths inside the project folder are stored relative to it, so a project can be moved as a folder.
    QString toStoredPath(const QString& absolutePath) const;
    QString resolveStoredPath(const QString& storedPath) const;

    LabelSchema labelSchema();
    bool hasLabelSchema();
    // Replaces the schema. Label names may only be appended or renamed when samples exist (the masks
    // refer to positions); the caller decides, this just writes it in one transaction.
    void setLabelSchema(const LabelSchema& schema);

    QString meta(const QString& key, const QString& fallback = QString());
    void setMeta(const QString& key, const QString& value);

    // Transactions nest: only the outermost one talks to SQLite, so a helper that writes in a
    // transaction of its own can also run inside a caller's bigger one (which then decides).
    void beginTransaction();
    void commitTransaction();
    void rollbackTransaction();

    // Throws StoreError with the driver's message and `what`.
    [[noreturn]] void fail(const QString& what, const QString& driverMessage) const;

private:
    friend class ProjectConnector;
    ProjectStore() = default;
    void configureConnection(); // a read-only connection leaves the journal mode alone

    QString path_;
    QString connectionName_;
    QSqlDatabase db_;
    std::shared_ptr<QLockFile> lock_;
    bool readOnly_ = false;
    int transactionDepth_ = 0;
    bool rollbackRequested_ = false;
};

// RAII transaction: rolls back unless commit() was called. Every multi-row write goes through one.
class Transaction {
public:
    explicit Transaction(ProjectStore& store);
    ~Transaction();
    void commit();

private:
    ProjectStore& store_;
    bool done_ = false;
};

} // namespace memescope
