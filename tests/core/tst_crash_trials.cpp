// 100 SIGKILLs at random moments: 60 while labelling, 30 while importing, 10 while training. After each:
// no committed label is lost, the project opens and passes SQLite's integrity check, and the killed
// training resumes and ends exactly as an uninterrupted run.
#include "TestDatasets.h"
#include "core/dataset/DatasetImporter.h"
#include "core/store/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;
using namespace testdata;

namespace {

// Opens the project the way the application does and runs SQLite's own consistency check.
void verifyOpens(const QString& project) {
    auto store = ProjectStore::open(project, ProjectStore::Mode::OpenExisting);
    QSqlQuery q(store->db());
    QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
    QCOMPARE(q.value(0).toString(), QString("ok"));
}

struct Annotation {
    qint64 id, sample;
    quint64 mask;
};

QVector<Annotation> annotationsAfter(const QString& project, qint64 afterId) {
    auto store = ProjectStore::open(project, ProjectStore::Mode::OpenExisting);
    QSqlQuery q(store->db());
    q.prepare("SELECT id, sample, label_mask FROM annotations WHERE annotator = 'crash-test' AND id > ? "
              "ORDER BY id");
    q.addBindValue(afterId);
    q.exec();
    QVector<Annotation> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toULongLong()});
    return out;
}

// Every sample's current labels are those of its latest annotation (the two are written together).
void verifyCurrentLabelsMatchHistory(const QString& project) {
    auto store = ProjectStore::open(project, ProjectStore::Mode::OpenExisting);
    QSqlQuery q(store->db());
    QVERIFY(q.exec("SELECT COUNT(*) FROM samples s WHERE s.label_mask IS NOT (SELECT a.label_mask FROM "
                   "annotations a WHERE a.sample = s.id ORDER BY a.id DESC LIMIT 1)") &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

int randomMs(int from, int to) {
    return from + int(QRandomGenerator::global()->bounded(qMax(1, to - from)));
}

struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QJsonObject json;
};

QJsonObject lastJsonLine(const QByteArray& out) {
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

class TestCrashTrials : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void labellingKilledSixtyTimesLosesNoCommittedLabel() {
        writeAxiom(dir_.filePath("label-data"), "train", axiomRecords(50, "L-"), QStringList());
        const QString project = dir_.filePath("labelling.memescope");
        {
            auto store = ProjectStore::open(project);
            DatasetImporter::importPath(*store, dir_.filePath("label-data"));
        }
        qint64 lastAnnotation = 0;
        int printedTotal = 0, unprintedCommits = 0;
        for (int trial = 0; trial < 60; ++trial) {
            QProcess driver;
            driver.start(MEMESCOPE_LABEL_DRIVER_PATH, {project, QString::number(trial)});
            QVERIFY(driver.waitForStarted());
            QTest::qWait(randomMs(30, 400));
            driver.kill();
            QVERIFY(driver.waitForFinished(10000));
            // Complete lines only: a label whose line was cut off was committed but not yet reported.
            QList<QByteArray> lines = driver.readAllStandardOutput().split('\n');
            lines.removeLast();
            const QVector<Annotation> rows = annotationsAfter(project, lastAnnotation);
            QVERIFY2(rows.size() == lines.size() || rows.size() == lines.size() + 1,
                     qPrintable(QString("trial %1: %2 labels reported, %3 stored")
                                    .arg(trial)
                                    .arg(lines.size())
                                    .arg(rows.size())));
            for (int i = 0; i < lines.size(); ++i) {
                const QList<QByteArray> f = lines[i].split(' ');
                QCOMPARE(rows[i].sample, f[0].toLongLong());
                QCOMPARE(rows[i].mask, f[1].toULongLong());
            }
            printedTotal += lines.size();
            unprintedCommits += rows.size() - lines.size();
            if (!rows.isEmpty()) lastAnnotation = rows.last().id;
            verifyOpens(project);
        }
        verifyCurrentLabelsMatchHistory(project);
        QVERIFY2(printedTotal > 60, "the driver hardly labelled anything before the kills");
        qInfo("60 kills while labelling: %d labels reported committed, all stored; %d more committed "
              "just before a kill",
              printedTotal, unprintedCommits);
    }

    void importKilledThirtyTimesIsAllOrNothingAndKeepsLabels() {
        writeAxiom(dir_.filePath("first"), "train", axiomRecords(40, "A-"), QStringList());
        writeJson(dir_.filePath("second/anxiety_train.json"), axiomRecords(4000, "B-"));
        const QString base = dir_.filePath("import-base.memescope");
        {
            auto store = ProjectStore::open(base);
            DatasetImporter::importPath(*store, dir_.filePath("first"));
            SampleStore samples(*store);
            const auto all = samples.loadAll();
            samples.annotate({all[0].id, all[1].id}, {1ULL << 3, 1ULL << 4}, "crash-test",
                             AnnotationOrigin::Human);
        }
        const QString project = dir_.filePath("import.memescope");
        auto startImport = [&] {
            auto* p = new QProcess;
            p->start(MEMESCOPE_CLI_PATH, {"import", dir_.filePath("second"), "--project", project});
            return p;
        };
        auto freshCopy = [&] {
            for (const QString suffix : {"", "-wal", "-shm", ".lock"})
                QFile::remove(project + suffix);
            QVERIFY(QFile::copy(base, project));
        };
        freshCopy();
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QProcess> full(startImport());
        QVERIFY(full->waitForFinished(120000));
        QCOMPARE(full->exitCode(), 0);
        const int fullMs = int(timer.elapsed());

        int before = 0, after = 0;
        for (int trial = 0; trial < 30; ++trial) {
            freshCopy();
            std::unique_ptr<QProcess> p(startImport());
            QVERIFY(p->waitForStarted());
            QTest::qWait(randomMs(0, fullMs * 11 / 10));
            p->kill();
            p->waitForFinished(30000);
            verifyOpens(project);
            auto store = ProjectStore::open(project, ProjectStore::Mode::OpenExisting);
            SampleStore samples(*store);
            const int n = samples.count();
            QVERIFY2(n == 40 || n == 4040,
                     qPrintable(QString("trial %1: half an import: %2").arg(trial).arg(n)));
            (n == 40 ? before : after)++;
            // The labels set before the import are still there.
            QCOMPARE(samples.find("A-0")->labelMask, std::optional<uint64_t>(1ULL << 3));
            QCOMPARE(samples.find("A-1")->labelMask, std::optional<uint64_t>(1ULL << 4));
        }
        qInfo("import takes %d ms; 30 random kills: %d before its commit, %d after", fullMs, before, after);
    }

    void trainingKilledTenTimesResumesToTheUninterruptedResult() {
        const QStringList cue = {"nervous", "uncontrollable", "worry", "relax", "restless", "doom"};
        const QStringList names = LabelSchema::axiom().names();
        auto records = [&](int n, const QString& prefix) {
            QJsonArray out;
            for (int i = 0; i < n; ++i)
                out.append(axiomRecord(prefix + QString::number(i),
                                       QString("when the %1 feeling hits %2").arg(cue[i % 6]).arg(i % 5),
                                       names[i % 6]));
            return out;
        };
        writeAxiom(dir_.filePath("train-data"), "train", records(64, "T-"), QStringList());
        writeAxiom(dir_.filePath("train-data"), "test", records(18, "E-"), QStringList());
        const QString project = dir_.filePath("training.memescope");
        {
            auto store = ProjectStore::open(project);
            DatasetImporter::importPath(*store, dir_.filePath("train-data"));
        }
        // Twelve short epochs, so ten kills at random moments land in different epochs and phases.
        QJsonObject micro = microTrainingConfig();
        micro["epochs"] = 12;
        const QString config = QJsonDocument(micro).toJson(QJsonDocument::Compact);
        auto train = [&](const QString& out, bool resume) {
            auto* p = new QProcess;
            QStringList args = {"train", "--project", project, "--config", config, "--out", out, "--json"};
            if (resume) args << "--resume";
            p->start(MEMESCOPE_CLI_PATH, args);
            return p;
        };
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QProcess> whole(train(dir_.filePath("runs/whole"), false));
        QVERIFY(whole->waitForFinished(300000));
        QVERIFY2(whole->exitCode() == 0, whole->readAllStandardError().constData());
        const int wholeMs = int(timer.elapsed());
        const QJsonObject reference = lastJsonLine(whole->readAllStandardOutput());

        const QString killed = dir_.filePath("runs/killed");
        int kills = 0;
        for (int trial = 0; trial < 10; ++trial) {
            std::unique_ptr<QProcess> p(train(killed, trial > 0));
            QVERIFY(p->waitForStarted());
            // Anywhere from start-up (loading, tokenizer) to a few epochs in: each resumed process gets
            // a little further, so the kills fall at different epochs and phases of the run.
            if (p->waitForFinished(randomMs(100, qMin(900, wholeMs / 3)))) {
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                break; // it finished before this kill
            }
            p->kill();
            p->waitForFinished(30000);
            ++kills;
            verifyOpens(project);
        }
        std::unique_ptr<QProcess> last(train(killed, true));
        QVERIFY(last->waitForFinished(300000));
        QVERIFY2(last->exitCode() == 0, last->readAllStandardError().constData());
        const QJsonObject resumed = lastJsonLine(last->readAllStandardOutput());
        compareTrainingResults(resumed, reference);
        if (QTest::currentTestFailed()) return;
        qInfo("an uninterrupted run takes %d ms; %d kills at random moments, then resumed to the same result",
              wholeMs, kills);
        QVERIFY(kills >= 5);
    }

    // A full disk, simulated by a file-size limit (ulimit -f, as a small tmpfs needs privileges): the
    // write that does not fit fails with a message naming the project and the problem; every label
    // committed before it is kept and the project opens.
    void aFullDiskGivesAClearErrorAndLosesNothing() {
        writeAxiom(dir_.filePath("disk-data"), "train", axiomRecords(30, "D-"), QStringList());
        writeJson(dir_.filePath("disk-more/anxiety_train.json"), axiomRecords(4000, "M-"));
        const QString project = dir_.filePath("disk.memescope");
        {
            auto store = ProjectStore::open(project);
            DatasetImporter::importPath(*store, dir_.filePath("disk-data"));
        }
        auto limitedKb = [&] {
            qint64 largest = 0;
            for (const QString suffix : {"", "-wal", "-shm"})
                largest = qMax(largest, QFileInfo(project + suffix).size());
            return largest / 1024 + 24; // room for a few commits, not for thousands of rows
        };
        auto runLimited = [&](const QString& program, const QStringList& args, QProcess& p) {
            // SIGXFSZ ignored: the write returns EFBIG, as it returns ENOSPC on a full disk.
            QString command = QString("ulimit -f %1; trap '' XFSZ; exec \"$0\" \"$@\"").arg(limitedKb());
            p.start("bash", QStringList{"-c", command, program} + args);
            QVERIFY(p.waitForFinished(120000));
        };

        QProcess import;
        runLimited(MEMESCOPE_CLI_PATH, {"import", dir_.filePath("disk-more"), "--project", project}, import);
        const QString importError = import.readAllStandardError();
        QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() != 0,
                 qPrintable(importError));
        QVERIFY2(importError.contains(project) && importError.contains("nothing was written") &&
                     importError.contains("disk", Qt::CaseInsensitive),
                 qPrintable(importError));
        verifyOpens(project);
        {
            auto store = ProjectStore::open(project, ProjectStore::Mode::OpenExisting);
            QCOMPARE(SampleStore(*store).count(), 30);
        }

        QProcess labeller;
        runLimited(MEMESCOPE_LABEL_DRIVER_PATH, {project, "7"}, labeller);
        const QString labelError = labeller.readAllStandardError();
        QVERIFY2(labeller.exitCode() == 3, qPrintable(labelError));
        QVERIFY2(labelError.contains(project) && labelError.contains("disk", Qt::CaseInsensitive),
                 qPrintable(labelError));
        QList<QByteArray> lines = labeller.readAllStandardOutput().split('\n');
        lines.removeLast();
        QVERIFY2(lines.size() > 5, "the limit left no room for any label");
        const QVector<Annotation> rows = annotationsAfter(project, 0);
        QCOMPARE(rows.size(), lines.size()); // the failed label is not half-stored
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(rows[i].mask, lines[i].split(' ')[1].toULongLong());
        verifyOpens(project);
        verifyCurrentLabelsMatchHistory(project);
        qInfo("file-size limit: the import was refused whole; %lld labels stored before the disk \"filled\"",
              qlonglong(lines.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashTrials)
#include "tst_crash_trials.moc"
