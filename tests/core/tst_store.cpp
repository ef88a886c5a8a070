// Project store: schema creation and migrations, WAL / foreign keys, lock, transactions, annotations.
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/StoreError.h"
#include "core/util/PeakMemory.h"

#include <QJsonArray>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;

namespace {

QVariant scalar(ProjectStore& store, const QString& sql) {
    QSqlQuery q(store.db());
    if (!q.exec(sql) || !q.next()) qFatal("query failed: %s", qPrintable(q.lastError().text()));
    return q.value(0);
}

SampleRecord sample(const QString& id, std::optional<uint64_t> mask = 1) {
    SampleRecord s;
    s.sampleId = id;
    s.ocrText = "text of " + id;
    s.labelMask = mask;
    return s;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsLatestSchemaWithWalAndForeignKeys() {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        QCOMPARE(store->schemaVersion(), SchemaMigrations::kLatestVersion);
        QCOMPARE(scalar(*store, "PRAGMA journal_mode").toString(), QString("wal"));
        QCOMPARE(scalar(*store, "PRAGMA foreign_keys").toInt(), 1);
        // Foreign keys are enforced: an annotation for a sample that does not exist is refused.
        QSqlQuery q(store->db());
        QVERIFY(!q.exec(
            "INSERT INTO annotations(sample, label_mask, annotator, origin) VALUES(999, 1, 'x', 'human')"));
    }

    void migratesVersion1ProjectForwardKeepingData() {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.memescope");
        {
            // Build a version-1 file by hand, as an older MemeScope would have left it.
            auto db = QSqlDatabase::addDatabase("QSQLITE", "v1");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            SchemaMigrations::migrate(db, path, 1);
            QCOMPARE(SchemaMigrations::currentVersion(db), 1);
            QSqlQuery q(db);
            QVERIFY(
                q.exec("INSERT INTO samples(sample_id, ocr_text, label_mask) VALUES('old-1', 'hello', 2)"));
            QVERIFY(q.exec("INSERT INTO annotations(sample, label_mask, annotator, origin) VALUES(1, 2, "
                           "'alice', 'human')"));
            QVERIFY(!q.exec("SELECT * FROM annotators")); // does not exist yet in v1
            db.close();
        }
        QSqlDatabase::removeDatabase("v1");
        auto store = ProjectStore::open(path, ProjectStore::Mode::OpenExisting);
        QCOMPARE(store->schemaVersion(), SchemaMigrations::kLatestVersion);
        const auto s = SampleStore(*store).find("old-1");
        QVERIFY(s.has_value());
        QCOMPARE(s->ocrText, QString("hello"));
        QCOMPARE(*s->labelMask, uint64_t(2));
        // The v2 migration derived the annotators table from the existing history.
        QCOMPARE(scalar(*store, "SELECT name FROM annotators").toString(), QString("alice"));
        // v3: ablation studies, and runs may belong to one.
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM ablations").toInt(), 0);
        QVERIFY(scalar(*store, "SELECT COUNT(ablation) FROM runs").isValid());
    }

    void refusesNewerSchemaAndNonDatabases() {
        QTemporaryDir dir;
        const QString path = dir.filePath("future.memescope");
        {
            auto db = QSqlDatabase::addDatabase("QSQLITE", "future");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase("future");
        try {
            ProjectStore::open(path);
            QFAIL("a newer schema must be refused");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains("newer MemeScope") && e.message().contains(path),
                     qPrintable(e.message()));
        }
        const QString text = dir.filePath("notes.memescope");
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database");
        f.close();
        try {
            ProjectStore::open(text);
            QFAIL("a text file must be refused");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains("not an SQLite database"), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, ProjectStore::open(dir.filePath("missing.memescope"),
                                                                ProjectStore::Mode::OpenExisting));
    }

    void secondProcessIsRefusedWhileOpen() {
        QTemporaryDir dir;
        const QString path = dir.filePath("locked.memescope");
        auto store = ProjectStore::open(path);
        // Same process, second open: refused.
        try {
            ProjectStore::open(path);
            QFAIL("a second open must be refused");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains("already open"), qPrintable(e.message()));
        }
        // Another process that writes: refused with a clear message and exit code 1 (the reading commands
        // open it read-only beside its holder instead; tst_cli).
        QProcess cli;
        cli.start(MEMESCOPE_CLI_PATH, {"ocr", "--project", path});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.readAllStandardError().contains("already open in another process"), "no clear refusal");
        store.reset();
        // Once closed, it opens again.
        QVERIFY(ProjectStore::open(path) != nullptr);
    }

    void readOnlyOpensBesideTheWriterAndWritesNothing() {
        // The other ranks of a data-parallel training read the project while rank 0 holds it.
        QTemporaryDir dir;
        const QString path = dir.filePath("shared.memescope");
        auto writer = ProjectStore::open(path);
        QVector<SampleRecord> two{sample("a"), sample("b")};
        SampleStore(*writer).insertSamples(two, "dataset", AnnotationOrigin::Dataset);
        auto reader = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QCOMPARE(SampleStore(*reader).loadAll().size(), qsizetype(2));
        QSqlQuery q(reader->db());
        QVERIFY2(!q.exec("DELETE FROM samples"), "a read-only connection deleted rows");
        auto workerThreadConnection = reader->openConnectionForThread(); // read-only as well
        QSqlQuery q2(workerThreadConnection->db());
        QVERIFY2(!q2.exec("DELETE FROM samples"), "a read-only store's second connection deleted rows");
        QCOMPARE(SampleStore(*writer).loadAll().size(), qsizetype(2));
        writer.reset(); // the writer's lock is the only one: closing it leaves no lock behind
        QVERIFY(!QFile::exists(path + ".lock"));
        try {
            ProjectStore::open(dir.filePath("missing.memescope"), ProjectStore::Mode::ReadOnly);
            QFAIL("a missing project opened read-only");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains("no such project file"), qPrintable(e.message()));
        }
    }

    void staleLockOfCrashedProcessIsIgnored() {
        QTemporaryDir dir;
        const QString path = dir.filePath("stale.memescope");
        ProjectStore::open(path).reset();
        // A lock file left by a process that no longer exists (pid 2^22 + 12345 is never alive here).
        QFile lock(path + ".lock");
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4206649\nmemescope\nno-such-host-xyz\n");
        lock.close();
        // Different host name: Qt cannot prove it dead, so it stays refused -- but a lock from *this* host
        // with a dead pid must be taken over.
        QFile lock2(path + ".lock");
        QVERIFY(lock2.open(QIODevice::WriteOnly));
        lock2.write(QByteArray("4206649\nmemescope\n") + QSysInfo::machineHostName().toUtf8() + "\n");
        lock2.close();
        QVERIFY(ProjectStore::open(path) != nullptr);
    }

    void unreadableLockIsTakenOverOnlyWhenOld() {
        QTemporaryDir dir;
        const QString path = dir.filePath("killed.memescope");
        ProjectStore::open(path).reset();
        // An empty lock file: its holder was killed between creating it and writing its pid.
        auto writeEmptyLock = [&](const QDateTime& modified) {
            QFile lock(path + ".lock");
            QVERIFY(lock.open(QIODevice::WriteOnly));
            QVERIFY(lock.setFileTime(modified, QFileDevice::FileModificationTime));
            lock.close();
        };
        // Fresh (dated in the future so no clock can make it old): a holder starting or exiting -- refused
        // with a retry hint, never called a permission problem.
        writeEmptyLock(QDateTime::currentDateTime().addSecs(3600));
        try {
            ProjectStore::open(path);
            QFAIL("an unreadable fresh lock was taken");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains("starting or exiting") && e.message().contains("retry"),
                     qPrintable(e.message()));
            QVERIFY2(!e.message().contains("writable"), qPrintable(e.message()));
            QCOMPARE(e.file(), path);
        }
        // Unreadable for an hour: left by a killed process, taken over.
        writeEmptyLock(QDateTime::currentDateTime().addSecs(-3600));
        QVERIFY(ProjectStore::open(path) != nullptr);
    }

    void pathsInsideProjectAreStoredRelative() {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        QCOMPARE(store->toStoredPath(dir.filePath("images/a.jpg")), QString("images/a.jpg"));
        QCOMPARE(store->resolveStoredPath("images/a.jpg"), dir.filePath("images/a.jpg"));
        QCOMPARE(store->toStoredPath("/elsewhere/b.jpg"), QString("/elsewhere/b.jpg"));
        QCOMPARE(store->resolveStoredPath("/elsewhere/b.jpg"), QString("/elsewhere/b.jpg"));
    }

    // A run's tags and note are the researcher's: cleaned (trimmed, no empty or repeated tag), kept across
    // reopening, replaced as a whole.
    void runTagsAndNoteRoundTrip() {
        QTemporaryDir dir;
        const QString path = dir.filePath("p.memescope");
        {
            auto store = ProjectStore::open(path);
            RunStore runs(*store);
            const int64_t id = runs.createRun("a", dir.filePath("a"), QJsonObject{});
            QVERIFY(runs.run(id).tags.isEmpty() && runs.run(id).note.isEmpty());
            runs.setTagsAndNote(id, {" paper ", "", "baseline", "paper"}, "  seed 42, the published split ");
        }
        auto store = ProjectStore::open(path);
        const RunRecord r = RunStore(*store).runs().first();
        QCOMPARE(r.tags, QStringList({"paper", "baseline"}));
        QCOMPARE(r.note, QString("seed 42, the published split"));
        RunStore(*store).setTagsAndNote(r.id, {}, {});
        QVERIFY(RunStore(*store).run(r.id).tags.isEmpty());
    }

    // The latest ablation study, answered by the store (the dialog and the report ask it, not SQL).
    void latestAblationIsTheNewestStudy() {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        RunStore runs(*store);
        QCOMPARE(runs.latestAblation().id, int64_t(0));
        runs.createAblation("first", QJsonObject{});
        const int64_t second = runs.createAblation("second", QJsonObject{});
        runs.setAblationResults(second, RunStatus::Finished, QJsonObject{{"table", QJsonArray{1, 2}}});
        const RunStore::StoredAblation latest = runs.latestAblation();
        QCOMPARE(latest.id, second);
        QCOMPARE(latest.name, QString("second"));
        QCOMPARE(latest.results.value("table").toArray().size(), 2);
    }

    // The peak memory a run reports: reset, then 64 MB touched raise it by about that much.
    void peakResidentMemoryIsMeasuredFromAReset() {
        const std::optional<int64_t> before = peakResidentBytes();
        if (!before) QSKIP("this system does not report peak resident memory");
        QVERIFY(resetPeakResident());
        const int64_t base = *peakResidentBytes();
        {
            std::vector<char> block(64 << 20);
            for (size_t i = 0; i < block.size(); i += 4096)
                block[i] = char(i);
            QVERIFY(block[4096] == char(4096)); // touched, so resident
        }
        const int64_t peak = *peakResidentBytes();
        QVERIFY2(peak - base >= 60 << 20, qPrintable(QStringLiteral("%1 -> %2").arg(base).arg(peak)));
        QVERIFY(resetPeakResident()); // freed: the next peak starts lower again
        QVERIFY2(*peakResidentBytes() < peak, qPrintable(QString::number(*peakResidentBytes())));
    }

    void labelSchemaRoundTrips() {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        QVERIFY(!store->hasLabelSchema());
        LabelSchema schema = LabelSchema::restore();
        schema.labels()[2].hotkey = "E";
        schema.labels()[3].color = QColor("#123456");
        store->setLabelSchema(schema);
        QVERIFY(store->labelSchema() == schema);
        QVERIFY(store->labelSchema().isMultiLabel());
        QCOMPARE(store->labelSchema().names().size(), 7);
    }

    void failedMultiRowWriteLeavesNothing() {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        SampleStore samples(*store);
        QVector<SampleRecord> first{sample("a"), sample("b")};
        samples.insertSamples(first, "dataset", AnnotationOrigin::Dataset);
        // The third record duplicates "a": the whole batch must be rolled back, including "c" and "d".
        QVector<SampleRecord> batch{sample("c"), sample("d"), sample("a")};
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 samples.insertSamples(batch, "dataset", AnnotationOrigin::Dataset));
        QCOMPARE(samples.count(), 2);
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM annotations").toInt(), 2);
        // And an outer transaction decides for nested ones.
        {
            Transaction outer(*store);
            QVector<SampleRecord> more{sample("e")};
            samples.insertSamples(more, "dataset", AnnotationOrigin::Dataset);
            // no commit: destroyed -> rolled back
        }
        QCOMPARE(samples.count(), 2);
    }

    void annotationHistoryIsKeptAndCurrentDerived() {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        SampleStore samples(*store);
        QVector<SampleRecord> batch{sample("a", 1), sample("b", std::nullopt)};
        samples.insertSamples(batch, "dataset", AnnotationOrigin::Dataset);
        samples.annotate({batch[0].id, batch[1].id}, {4, 2}, "alice", AnnotationOrigin::Human);
        samples.annotate({batch[0].id}, {8}, "model-run-1", AnnotationOrigin::Model); // a suggestion
        const auto history = samples.history(batch[0].id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].origin, AnnotationOrigin::Dataset);
        QCOMPARE(history[1].annotator, QString("alice"));
        QCOMPARE(history[1].labelMask, uint64_t(4));
        QCOMPARE(history[2].origin, AnnotationOrigin::Model);
        // Current = the latest human/dataset annotation; a model suggestion does not overwrite it.
        QCOMPARE(*samples.find("a")->labelMask, uint64_t(4));
        QCOMPARE(*samples.find("b")->labelMask, uint64_t(2));
        const int annotators = scalar(*store, "SELECT COUNT(*) FROM annotators").toInt();
        QCOMPARE(annotators, 3);
        QCOMPARE(samples.datasetRaters(), QStringList{"dataset"}); // the file, not alice nor the model
    }

    void consensusRuleByHand() {
        auto answer = [](const char* who, uint64_t mask, int64_t order, bool adjudication = false) {
            return LabelAnswer{who, mask, adjudication, order};
        };
        QVERIFY(!consensusOf({}, false).mask); // nobody answered: unlabelled
        // Single-label: the plurality; 2 of 3.
        LabelConsensus c =
            consensusOf({answer("dataset", 1, 1), answer("alice", 2, 2), answer("bob", 2, 3)}, false);
        QCOMPARE(*c.mask, uint64_t(2));
        QCOMPARE(c.support, 2);
        QCOMPARE(c.answers, 3);
        // A tie goes to the latest answer among the tied: one annotator correcting the dataset wins.
        QCOMPARE(*consensusOf({answer("dataset", 1, 1), answer("alice", 4, 2)}, false).mask, uint64_t(4));
        QCOMPARE(*consensusOf({answer("alice", 4, 5), answer("dataset", 1, 7)}, false).mask, uint64_t(1));
        // Multi-label: per label, ticked by more than half; half and half follows the latest answer.
        // x (bit 0): 3 of 3; y (bit 1): 1 of 3; z (bit 2): 2 of 3 -> {x, z}, nobody answered exactly that.
        c = consensusOf({answer("a", 0b011, 1), answer("b", 0b101, 2), answer("c", 0b101, 3)}, true);
        QCOMPARE(*c.mask, uint64_t(0b101));
        QCOMPARE(c.support, 2);
        c = consensusOf({answer("a", 0b011, 1), answer("b", 0b001, 2)}, true); // y: 1 of 2, latest lacks it
        QCOMPARE(*c.mask, uint64_t(0b001));
        // An adjudicator's latest decision settles it, whatever the majority.
        c = consensusOf({answer("a", 1, 1), answer("b", 1, 2), answer("judge", 4, 3, true)}, false);
        QCOMPARE(*c.mask, uint64_t(4));
        QCOMPARE(c.adjudicator, QString("judge"));
        QCOMPARE(c.support, 1);
    }

    void answersCountRetractedOnesDoNot() {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        store->setLabelSchema(LabelSchema(TaskKind::SingleLabel, {"a", "b", "c"}));
        SampleStore samples(*store);
        QVector<SampleRecord> batch{sample("m", 1), sample("n", std::nullopt)};
        samples.insertSamples(batch, "dataset", AnnotationOrigin::Dataset);
        const int64_t m = batch[0].id, n = batch[1].id;
        // Alice answers what the meme already has: recorded, it is her answer.
        samples.annotate({m}, {1}, "alice", AnnotationOrigin::Human);
        QCOMPARE(samples.latestByAnnotator()[m].value("alice"), uint64_t(1));
        QCOMPARE(samples.consensus(m).support, 2);
        // Bob and Carol say b: two against two, Carol's is the latest -> b.
        samples.annotate({m}, {2}, "bob", AnnotationOrigin::Human);
        const QVector<int64_t> carol = samples.annotate({m, n}, {2, 4}, "carol", AnnotationOrigin::Human);
        QCOMPARE(*samples.find("m")->labelMask, uint64_t(2));
        QCOMPARE(*samples.find("n")->labelMask, uint64_t(4));
        // Undo of Carol's step: her answers no longer count or show; n is unlabelled again.
        samples.setRetracted(carol, true);
        QCOMPARE(*samples.find("m")->labelMask, uint64_t(1)); // dataset and alice against bob
        QCOMPARE(samples.consensus(m).answers, 3);
        QVERIFY(!samples.find("n")->labelMask);
        QVERIFY(!samples.latestByAnnotator()[m].contains("carol"));
        QCOMPARE(samples.history(n).size(), 0);
        QVERIFY(!samples.answersOf("carol").contains(n));
        samples.setRetracted(carol, false); // redo: the same answers back
        QCOMPARE(*samples.find("n")->labelMask, uint64_t(4));
        QCOMPARE(samples.answersOf("carol").value(m), uint64_t(2));
        // An adjudicator decides; the decision is not an independent answer for agreement statistics.
        samples.annotate({m}, {4}, "judge", AnnotationOrigin::Human, true);
        QCOMPARE(*samples.find("m")->labelMask, uint64_t(4));
        QCOMPARE(samples.consensus(m).adjudicator, QString("judge"));
        QVERIFY(!samples.latestByAnnotator()[m].contains("judge"));
        QVERIFY(samples.history(m).last().adjudication);
        QCOMPARE(samples.currentLabels({m, n}).value(m), std::optional<uint64_t>(4));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
