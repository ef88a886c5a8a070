// The first window: opens a project, lists its samples, refuses a locked one, remembers recent projects.
#include "TestDatasets.h"
#include "core/dataset/DatasetImporter.h"
#include "core/store/ProjectStore.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecentProjects.h"
#include "ui/main/RunSelector.h"
#include "ui/session/ProjectSession.h"
#include "ui/training/TrainingDialog.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName("MemeScopeTests");
        QCoreApplication::setApplicationName("tst_main_window");
        QSettings().clear();
        QJsonArray recs = testdata::axiomRecords(30);
        testdata::writeAxiom(dir_.filePath("data"), "train", recs, {"TR-4"});
        project_ = dir_.filePath("p.memescope");
        auto store = ProjectStore::open(project_);
        DatasetImporter::importPath(*store, dir_.filePath("data"));
    }

    void trainingDialogSendsThePresetsQualityDefaults() {
        // tiny: tuned thresholds, balanced positives and the TF-IDF part on; seed (the reference): off; a
        // previous run's choices come back.
        TrainingDialog d(QDir::tempPath() + "/run");
        QJsonObject c = d.request().config;
        QCOMPARE(c.value("tune_thresholds").toBool(), true);
        QCOMPARE(c.value("pos_weight").toString(), QString("balanced"));
        QCOMPARE(c.value("wide").toString(), QString("tfidf"));
        d.setConfig({{"preset", "seed"}});
        c = d.request().config;
        QCOMPARE(c.value("tune_thresholds").toBool(), false);
        QCOMPARE(c.value("pos_weight").toString(), QString("off"));
        QCOMPARE(c.value("wide").toString(), QString("off"));
        d.setConfig({{"preset", "tiny"}, {"wide", "off"}});
        QCOMPARE(d.request().config.value("wide").toString(), QString("off"));
        QCOMPARE(d.request().config.value("pos_weight").toString(), QString("balanced"));
        // tiny reads text with the n-gram encoder; a RoBERTa checkpoint switches the text encoder to RoBERTa.
        QCOMPARE(d.request().config.value("text_encoder").toString(), QString("ngram"));
        d.setConfig({{"preset", "tiny"}, {"text_checkpoint", QDir::tempPath() + "/mental-roberta-base"}});
        QCOMPARE(d.request().config.value("text_encoder").toString(), QString("roberta"));
    }

    void opensProjectAndListsSamples() {
        MainWindow w;
        QAbstractItemModelTester tester(w.session()->samples(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w.openProject(project_, false));
        QCOMPARE(w.session()->samples()->rowCount(), 30);
        QCOMPARE(w.sampleView()->model()->rowCount(), 30);
        QVERIFY(w.windowTitle().contains("p.memescope"));
        // Columns show id, split, labels and text.
        const QAbstractItemModel* m = w.session()->samples();
        QStringList ids;
        for (int r = 0; r < m->rowCount(); ++r)
            ids << m->index(r, SampleTableModel::IdColumn).data().toString();
        QVERIFY(ids.contains("TR-0"));
        const int row = int(ids.indexOf("TR-4"));
        QCOMPARE(m->index(row, SampleTableModel::ImageColumn).data().toString(), QString("missing"));
        QCOMPARE(m->index(row, SampleTableModel::LabelsColumn).data().toString(), QString("Restlessness"));
        QCOMPARE(m->index(row, SampleTableModel::TextColumn).data().toString(), QString("caption 4"));
        QCOMPARE(RecentProjects::list().value(0), project_);
    }

    void refusesLockedAndMissingProjects() {
        auto holder = ProjectStore::open(project_);
        MainWindow w;
        QVERIFY(!w.openProject(project_, false));
        QVERIFY(w.lastError().contains("already open"));
        holder.reset();
        QVERIFY(!w.openProject(dir_.filePath("gone.memescope"), false));
        QVERIFY(w.lastError().contains("no such project file"));
        QCOMPARE(w.session()->samples()->rowCount(), 0);
    }

    void searchFiltersRows() {
        MainWindow w;
        QVERIFY(w.openProject(project_, false));
        QLineEdit* search = w.filterBar()->searchField();
        search->setText("caption 2"); // caption 2, 20..29 (debounced while typing)
        QTRY_COMPARE(w.sampleView()->model()->rowCount(), 11);
        QCOMPARE(w.galleryView()->model()->rowCount(), 11);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
