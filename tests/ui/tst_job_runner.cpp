// The GUI's one way to run background work: results on the GUI thread, errors as memescope::Error, one job
// per key (join or replace), Jobs-panel rows, cancellation, and nothing stale after stopAll(). Workers are
// held with semaphores, so no assertion depends on timing.
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "ui/main/JobsPanel.h"
#include "ui/session/JobRunner.h"
#include "ui/session/ProjectSession.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;

#define WAIT_FINISHED(future) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), 30000)

class TestJobRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultArrivesOnTheGuiThreadWithItsRow() {
        JobsPanel panel;
        JobRunner runner;
        runner.setPanel(&panel);
        QSignalSpy rows(&panel, &JobsPanel::started);
        JobSpec spec;
        spec.title = "Counting";
        QVector<qint64> seen;
        spec.onProgress = [&](const JobProgress& p) {
            QVERIFY(QThread::currentThread() == qApp->thread());
            seen << p.done;
        };
        QString note;
        spec.onMessage = [&](const QString& m) { note = m; };
        spec.receiver = this;
        std::atomic_bool onWorker{false};
        const QFuture<int> f = runner.run<int>(spec, [&](JobScope& scope) {
            onWorker = QThread::currentThread() != qApp->thread();
            scope.job().message("half way");
            scope.job().progress({3, 3, "counting"});
            scope.setOutcome("counted 3");
            return 3;
        });
        QCOMPARE(rows.size(), 1);
        WAIT_FINISHED(f);
        QCOMPARE(f.result(), 3);
        QVERIFY(onWorker);
        QTRY_COMPARE(note, QString("half way"));
        QCOMPARE(seen, QVector<qint64>{3});
        QCOMPARE(runner.runningCount(), 0);
        // The row ends with the job's own line.
        bool found = false;
        for (QLabel* l : panel.findChildren<QLabel*>())
            found = found || l->text() == "counted 3";
        QVERIFY(found);
    }

    void errorsArriveAsOneTypeNamingTheProblem() {
        JobRunner runner;
        QSignalSpy failed(&runner, &JobRunner::jobFailed);
        JobSpec spec;
        spec.title = "Reading";
        QString message;
        bool continued = false;
        runner
            .run<int>(spec,
                      [](JobScope&) -> int { throw Error("/data/x.json", "malformed JSON at offset 3"); })
            .then(this, [&](int) { continued = true; })
            .onFailed(this, [&](const Error& e) { message = e.message(); });
        QTRY_COMPARE(message, QString("/data/x.json: malformed JSON at offset 3"));
        QVERIFY(!continued);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QString("Reading"));
        // Without a project, asking for it is that kind of error too.
        QString noProject;
        runner.run<int>({}, [](JobScope& scope) { return int(scope.project().schemaVersion()); })
            .onFailed(this, [&](const Error& e) {
                noProject = e.message();
                return 0;
            });
        QTRY_VERIFY(!noProject.isEmpty());
    }

    void aSecondRunWithTheSameKeyJoinsTheFirst() {
        JobRunner runner;
        QSemaphore release;
        std::atomic_int started{0};
        JobSpec spec;
        spec.key = "ocr";
        auto work = [&](JobScope&) {
            ++started;
            release.acquire();
            return 7;
        };
        const QFuture<int> first = runner.run<int>(spec, work);
        const QFuture<int> second = runner.run<int>(spec, work);
        QVERIFY(runner.isRunning("ocr"));
        release.release();
        WAIT_FINISHED(first);
        WAIT_FINISHED(second);
        QCOMPARE(second.result(), 7);
        QCOMPARE(started.load(), 1);
        QVERIFY(!runner.isRunning("ocr"));
    }

    void replacingDropsTheStaleResult() {
        JobRunner runner;
        QSemaphore releaseOld, oldStarted;
        JobSpec spec;
        spec.key = "prediction";
        spec.ifRunning = JobSpec::IfRunning::Replace;
        bool oldWasCancelled = false;
        const QFuture<QString> old = runner.run<QString>(spec, [&](JobScope& scope) {
            oldStarted.release();
            releaseOld.acquire();
            oldWasCancelled = scope.job().cancelled();
            return QString("meme 1");
        });
        oldStarted.acquire();
        const QFuture<QString> latest =
            runner.run<QString>(spec, [](JobScope&) { return QString("meme 2"); });
        releaseOld.release();
        WAIT_FINISHED(old);
        WAIT_FINISHED(latest);
        QVERIFY(old.isCanceled());
        QVERIFY(oldWasCancelled);
        QCOMPARE(latest.result(), QString("meme 2"));
    }

    void cancelStopsTheJobButItsResultArrives() {
        JobsPanel panel;
        JobRunner runner;
        runner.setPanel(&panel);
        QSemaphore started;
        JobSpec spec;
        spec.title = "Training";
        spec.key = "training";
        const QFuture<bool> f = runner.run<bool>(spec, [&](JobScope& scope) {
            started.release();
            while (!scope.job().cancelled())
                QThread::msleep(5);
            return true; // a cancelled training still reports (its finished epochs are kept)
        });
        started.acquire();
        runner.cancel("training");
        WAIT_FINISHED(f);
        QVERIFY(!f.isCanceled());
        QCOMPARE(f.result(), true);
        // The row's Cancel button sets the same flag.
        QSemaphore again;
        const QFuture<bool> g = runner.run<bool>(spec, [&](JobScope& scope) {
            again.release();
            while (!scope.job().cancelled())
                QThread::msleep(5);
            return true;
        });
        again.acquire();
        QPushButton* cancel = nullptr;
        for (QPushButton* b : panel.findChildren<QPushButton*>())
            if (!b->isHidden()) cancel = b; // finished rows hide theirs

        QVERIFY(cancel);
        cancel->click();
        WAIT_FINISHED(g);
    }

    void stopAllLeavesNothingStaleForAClosedProject() {
        JobRunner runner;
        QSemaphore started;
        bool delivered = false;
        JobSpec spec;
        spec.title = "Import";
        runner
            .run<int>(spec,
                      [&](JobScope& scope) {
                          started.release();
                          while (!scope.job().cancelled())
                              QThread::msleep(5);
                          return 1;
                      })
            .then(this, [&](int) { delivered = true; });
        started.acquire();
        runner.stopAll(); // waits for the worker
        QCoreApplication::processEvents();
        QTest::qWait(20);
        QVERIFY(!delivered);
    }

    void sessionJobsWriteThroughTheirOwnConnection() {
        QTemporaryDir dir;
        const QString path = dir.filePath("p.memescope");
        ProjectStore::open(path).reset();
        ProjectSession session;
        session.open(path);
        ProjectStore* guiConnection = session.store();
        std::atomic_bool ownConnection{false};
        const QFuture<int> f = session.jobs()->run<int>({}, [&](JobScope& scope) {
            // Another thread, another connection, the same project.
            ownConnection =
                &scope.project() != guiConnection && scope.project().path() == guiConnection->path();
            return int(SampleStore(scope.project()).loadAll().size());
        });
        WAIT_FINISHED(f);
        QCOMPARE(f.result(), 0);
        QVERIFY(ownConnection);
        // Closing stops the session's jobs first and tells the panels.
        QSignalSpy closed(&session, &ProjectSession::projectClosed);
        session.close();
        QCOMPARE(closed.size(), 1);
        QVERIFY(!session.isOpen());
        // The project can be opened again at once: no job holds its lock any more.
        QVERIFY(ProjectStore::open(path) != nullptr);
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
