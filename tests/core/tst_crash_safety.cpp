// An import killed half-way leaves the project as it was before it (or, past the commit, after it):
// never half. The child is really killed (SIGKILL) while its transaction is open.
#include "TestDatasets.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;
using namespace testdata;

namespace {

QProcess* startImport(const QString& path, const QString& project, const QString& killAfterRows = {}) {
    auto* p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!killAfterRows.isEmpty()) env.insert("MEMESCOPE_TEST_KILL_AFTER_ROWS", killAfterRows);
    p->setProcessEnvironment(env);
    p->start(MEMESCOPE_CLI_PATH, {"import", path, "--project", project});
    return p;
}

int countSamples(const QString& project) {
    auto store = ProjectStore::open(project, ProjectStore::Mode::OpenExisting);
    return SampleStore(*store).count();
}

int countRows(const QString& project, const char* table) {
    auto store = ProjectStore::open(project, ProjectStore::Mode::OpenExisting);
    QSqlQuery q(store->db());
    q.exec(QString("SELECT COUNT(*) FROM %1").arg(table));
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importKilledMidTransactionLeavesPreviousState() {
        QTemporaryDir dir;
        writeAxiom(dir.filePath("first"), "train", axiomRecords(40, "A-"), QStringList());
        QJsonArray big = axiomRecords(3000, "B-");
        writeJson(dir.filePath("second/anxiety_train.json"), big); // no images needed
        const QString project = dir.filePath("p.memescope");

        std::unique_ptr<QProcess> ok(startImport(dir.filePath("first"), project));
        QVERIFY(ok->waitForFinished(60000));
        QCOMPARE(ok->exitCode(), 0);
        QCOMPARE(countSamples(project), 40);

        // The child kills itself (SIGKILL) after inserting row 1000 of the second import.
        std::unique_ptr<QProcess> killed(startImport(dir.filePath("second"), project, "1000"));
        QVERIFY(killed->waitForFinished(60000));
        QCOMPARE(killed->exitStatus(), QProcess::CrashExit);
        QCOMPARE(countSamples(project), 40); // all-or-nothing
        QCOMPARE(countRows(project, "annotations"), 40);
        QCOMPARE(countRows(project, "import_reports"), 1);

        // The project is healthy: the same import now succeeds completely.
        std::unique_ptr<QProcess> again(startImport(dir.filePath("second"), project));
        QVERIFY(again->waitForFinished(60000));
        QCOMPARE(again->exitCode(), 0);
        QCOMPARE(countSamples(project), 3040);
    }

    void killedAtRandomMomentsNeverHalf() {
        QTemporaryDir dir;
        writeJson(dir.filePath("data/anxiety_train.json"), axiomRecords(20000, "R-"));
        const QString project = dir.filePath("p.memescope");
        // Calibrate: how long does an uninterrupted import take here?
        QElapsedTimer timer;
        timer.start();
        {
            std::unique_ptr<QProcess> full(
                startImport(dir.filePath("data"), dir.filePath("calibration.memescope")));
            QVERIFY(full->waitForFinished(120000));
            QCOMPARE(full->exitCode(), 0);
        }
        const int fullMs = int(timer.elapsed());
        // Trials: kill the process from outside at a random moment within 110 % of that time.
        int before = 0, after = 0;
        for (int trial = 0; trial < 8; ++trial) {
            QFile::remove(project);
            QFile::remove(project + "-wal");
            QFile::remove(project + "-shm");
            std::unique_ptr<QProcess> p(startImport(dir.filePath("data"), project));
            QVERIFY(p->waitForStarted());
            QTest::qWait(int(QRandomGenerator::global()->bounded(fullMs * 11 / 10)));
            p->kill();
            p->waitForFinished(30000);
            if (!QFile::exists(project)) {
                ++before;
                continue;
            }
            const int n = countSamples(project);
            QVERIFY2(n == 0 || n == 20000, qPrintable(QString("half an import survived: %1 samples").arg(n)));
            (n == 0 ? before : after)++;
        }
        qInfo("import takes %d ms; random kills: %d before commit, %d after", fullMs, before, after);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
