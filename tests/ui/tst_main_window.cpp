// The first window: opens a project, lists its samples, refuses a locked one, remembers recent projects.
#include "TestDatasets.h"
#include "core/dataset/DatasetImporter.h"
#include "core/engine/ModelConfigJson.h"
#include "core/engine/ModelSession.h"
#include "core/ocr/OcrStore.h"
#include "core/store/ProjectStore.h"
#include "ui/browser/BrowserView.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/inspector/AttentionView.h"
#include "ui/inspector/InspectorPanel.h"
#include "ui/main/Language.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecentProjects.h"
#include "ui/main/RunSelector.h"
#include "ui/main/UserGuide.h"
#include "ui/session/ProjectSession.h"
#include "ui/session/SharedModel.h"
#include "ui/training/TrainingDialog.h"
#include "ui/training/TrainingDock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextBrowser>
#include <QThread>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
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
        ml::ModelConfig c = d.request().config;
        QVERIFY(c.tuneThresholds);
        QVERIFY(c.posWeight == ml::PosWeight::Balanced);
        QVERIFY(c.wide == ml::WideKind::Tfidf);
        d.setConfig(ml::ModelConfig::fromPreset("seed"));
        c = d.request().config;
        QVERIFY(!c.tuneThresholds);
        QVERIFY(c.posWeight == ml::PosWeight::Off);
        QVERIFY(c.wide == ml::WideKind::Off);
        QCOMPARE(c.epochs, ml::ModelConfig::fromPreset("seed").epochs);
        ml::ModelConfig earlier = ml::ModelConfig::tiny();
        earlier.wide = ml::WideKind::Off;
        earlier.fusionDim = 96; // not shown in the dialog: kept from the earlier run
        d.setConfig(earlier);
        QVERIFY(d.request().config.wide == ml::WideKind::Off);
        QVERIFY(d.request().config.posWeight == ml::PosWeight::Balanced);
        QCOMPARE(d.request().config.fusionDim, int64_t(96));
        // Activation checkpointing is a switch: an earlier run's choice comes back, ticking it sets it.
        QVERIFY(!d.request().config.activationCheckpointing);
        earlier.activationCheckpointing = true;
        d.setConfig(earlier);
        QVERIFY(d.request().config.activationCheckpointing);
        d.findChild<QCheckBox*>("ActivationCheckpointing")->setChecked(false);
        QVERIFY(!d.request().config.activationCheckpointing);
        earlier.activationCheckpointing = false;
        // Earlier runs of the same network estimate the memory; one that cannot fit is a warning.
        auto* memory = d.findChild<QLabel*>("MemoryEstimate");
        QVERIFY(memory && memory->isHidden());
        RunRecord measured;
        measured.config = modelConfigToJson(d.config());
        measured.summary = QJsonObject{{"peak_memory_bytes", 1e15}}; // a petabyte: fits no computer
        d.setMeasuredRuns({measured});
        QVERIFY2(!memory->isHidden() && memory->text().contains("batch size"), qPrintable(memory->text()));
        measured.summary = QJsonObject{{"peak_memory_bytes", 1e6}};
        d.setMeasuredRuns({measured});
        QVERIFY2(!memory->isHidden() && !memory->text().contains("batch size"), qPrintable(memory->text()));
        d.setMeasuredRuns({});
        QVERIFY(memory->isHidden());
        // tiny reads text with the n-gram encoder; a RoBERTa checkpoint switches the text encoder to RoBERTa.
        QVERIFY(d.request().config.textEncoder == ml::TextEncoderKind::Ngram);
        earlier.textCheckpoint = (QDir::tempPath() + "/mental-roberta-base").toStdString();
        d.setConfig(earlier);
        QVERIFY(d.request().config.textEncoder == ml::TextEncoderKind::Roberta);
        // Choosing another preset starts from that preset's values.
        d.findChild<QComboBox*>("preset")->setCurrentIndex(1);
        QCOMPARE(d.request().config.preset, std::string("seed"));
        QCOMPARE(d.request().config.fusionDim, ml::ModelConfig::fromPreset("seed").fusionDim);
    }

    void trainingDialogOffersOneProcessPerGpu() {
        // Two GPUs: up to two processes, one per GPU by name; the device is then no longer a choice, and a
        // step learns from batch size x processes memes.
        const QJsonObject twoGpus{
            {"cuda:0", "GPU 0: NVIDIA H200"}, {"cuda:1", "GPU 1: NVIDIA H200"}, {"cpu", "CPU, 16 threads"}};
        TrainingDialog d(QDir::tempPath() + "/run", nullptr, twoGpus);
        auto* processes = d.findChild<QSpinBox*>("processes");
        auto* info = d.findChild<QLabel*>("processesInfo");
        QVERIFY(processes && info);
        QCOMPARE(processes->maximum(), 2);
        QCOMPARE(d.request().localRanks, 1);
        processes->setValue(2);
        QCOMPARE(d.request().localRanks, 2);
        QCOMPARE(d.request().device, QString("auto")); // each process takes its own GPU
        QVERIFY(!info->isHidden());
        QVERIFY2(info->text().contains("GPU 0: NVIDIA H200, GPU 1: NVIDIA H200"), qPrintable(info->text()));
        const int batch = int(d.request().config.batchSize);
        QVERIFY2(info->text().contains(QString::number(2 * batch) + " memes"), qPrintable(info->text()));
        // The TF-IDF baseline fits in one process.
        auto* model = d.findChild<QComboBox*>("model");
        model->setCurrentIndex(model->findText("TF-IDF + logistic regression"));
        QVERIFY(d.request().config.model == ml::ModelKind::TfidfLr);
        QCOMPARE(d.request().localRanks, 1);
        QVERIFY(!processes->isEnabled());
        // One GPU: it trains there in one process, whatever the cores.
        TrainingDialog oneGpu(QDir::tempPath() + "/run", nullptr,
                              QJsonObject{{"cuda:0", "GPU 0: NVIDIA H200"}, {"cpu", "CPU, 16 threads"}});
        QVERIFY(oneGpu.findChild<QSpinBox*>("processes")->isHidden());
        QCOMPARE(oneGpu.request().localRanks, 1);
        // One device (a single-core machine without GPUs): nothing to choose, no row.
        if (QThread::idealThreadCount() == 1) {
            TrainingDialog cpu(QDir::tempPath() + "/run", nullptr, QJsonObject{{"cpu", "CPU, 1 thread"}});
            QVERIFY(cpu.findChild<QSpinBox*>("processes")->isHidden());
        }
    }

    // Every panel fits a 1366 x 768 screen in English and German: the inspector with its explanation bar,
    // legend and a prediction, the Jobs dock shown and hidden again.
    void fitsA1366x768ScreenInEveryLanguage() {
        for (const char* language : {"de", "en"}) {
            QVERIFY(installUiTranslators(*qApp, language));
            MainWindow w;
            QVERIFY(w.openProject(project_, false));
            auto model = std::make_shared<SharedModel>();
            model->session =
                ModelSession::create(modelConfigFromJson({{"preset", "tiny"}, {"text_encoder", "ngram"}}),
                                     w.session()->schema().names(), false);
            w.session()->useModel(model);
            w.resize(1366, 740);
            w.show();
            QSignalSpy ready(w.inspector(), &InspectorPanel::predictionReady);
            w.inspector()->showRow(w.session()->samples()->sampleAt(0).id);
            QVERIFY(ready.wait(20000));
            QTRY_VERIFY_WITH_TIMEOUT(w.inspector()->attention()->explanation().has_value(), 20000);
            for (const MainWindow::Panel panel :
                 {MainWindow::Panel::Jobs, MainWindow::Panel::Training, MainWindow::Panel::Analysis,
                  MainWindow::Panel::Duplicates}) {
                w.showPanel(panel);
                QCoreApplication::processEvents();
                if (qEnvironmentVariableIsSet("MEMESCOPE_DEBUG_WIDTHS"))
                    for (QWidget* c : w.findChildren<QWidget*>())
                        if (c->minimumSizeHint().width() > 300 &&
                            (c->isVisible() ||
                             c->parentWidget()->objectName() == "qt_tabwidget_stackedwidget"))
                            qDebug() << c->metaObject()->className() << c->objectName()
                                     << c->minimumSizeHint().width() << c->minimumWidth();
                QVERIFY2(w.minimumSizeHint().width() <= 1366,
                         qPrintable(QStringLiteral("%1: %2 px wide at least with panel %3 (inspector %4)")
                                        .arg(language)
                                        .arg(w.minimumSizeHint().width())
                                        .arg(int(panel))
                                        .arg(w.inspector()->minimumSizeHint().width())));
                QVERIFY2(w.width() <= 1366,
                         qPrintable(QStringLiteral("%1: %2 px").arg(language).arg(w.width())));
            }
        }
        installUiTranslators(*qApp, "en");
    }

    // The demo's first start: the window is usable at once; OCR, then the first model, run as jobs; the
    // finished run becomes the selected one, and a second start finds it done.
    void prepareFirstRunReadsTextThenTrainsInTheBackground() {
        QJsonArray train = testdata::axiomRecords(10), test = testdata::axiomRecords(6, "TS-");
        testdata::writeAxiom(dir_.filePath("first"), "train", train);
        testdata::writeAxiom(dir_.filePath("first"), "test", test);
        const QString project = dir_.filePath("first.memescope");
        DatasetImporter::importPath(*ProjectStore::open(project), dir_.filePath("first"));

        MainWindow w;
        QVERIFY(w.openProject(project, false));
        TrainingRequest first;
        first.runDir = dir_.filePath("first-runs/tiny");
        first.config = modelConfigFromJson(testdata::microTrainingConfig());
        QSignalSpy finished(w.trainingDock(), &TrainingDock::runFinished);
        QVERIFY(w.prepareFirstRun(first));
        QVERIFY(!w.trainingDock()->isTraining()); // OCR first: the window returned at once
        QVERIFY(finished.wait(180000));
        QVERIFY(QFileInfo::exists(first.runDir + "/result.json"));
        QCOMPARE(w.session()->runId(), finished.first().first().toLongLong());
        QCOMPARE(OcrStore(*w.session()->store()).count(), 16); // every meme's image was read
        QVERIFY(!w.prepareFirstRun(first));                    // done: a later start opens the run instead
    }

    // Help ▸ User Guide reads docs/guide in the application: the contents page, then a linked page, both
    // rendered from Markdown (headings, not '#' signs); Back returns.
    void helpShowsTheUserGuide() {
        const QString index = userGuideIndex();
        QVERIFY2(!index.isEmpty(), "the guide is found in the source tree");
        MainWindow w;
        w.showUserGuide();
        auto* guide = w.findChild<UserGuideWindow*>();
        QVERIFY(guide && guide->isVisible());
        QTextBrowser* page = guide->browser();
        QVERIFY2(page->toPlainText().startsWith("MemeScope user guide"),
                 qPrintable(page->toPlainText().left(80)));
        page->setSource(QUrl::fromLocalFile(QFileInfo(index).dir().filePath("labelling.md")));
        QVERIFY2(!page->toPlainText().startsWith('#') && page->toPlainText().contains("Label"),
                 qPrintable(page->toPlainText().left(80)));
        QVERIFY(page->isBackwardAvailable());
        page->backward();
        QVERIFY(page->toPlainText().startsWith("MemeScope user guide"));
        // A page of screenshots (1920 px wide): drawn no wider than the window.
        page->setSource(QUrl::fromLocalFile(QFileInfo(index).dir().filePath("inspecting.md")));
        int images = 0;
        for (QTextBlock b = page->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat()) {
                    ++images;
                    const double width = it.fragment().charFormat().toImageFormat().width();
                    QVERIFY2(width > 0 && width <= page->viewport()->width(),
                             qPrintable(QString::number(width)));
                }
        QVERIFY(images > 0);
        w.showUserGuide(); // a second call raises the same window
        QCOMPARE(w.findChildren<UserGuideWindow*>().size(), 1);
    }

    void opensProjectAndListsSamples() {
        MainWindow w;
        QAbstractItemModelTester tester(w.session()->samples(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w.openProject(project_, false));
        QCOMPARE(w.session()->samples()->rowCount(), 30);
        QCOMPARE(w.browser()->table()->model()->rowCount(), 30);
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
        QLineEdit* search = w.browser()->filterBar()->searchField();
        search->setText("caption 2"); // caption 2, 20..29 (debounced while typing)
        QTRY_COMPARE(w.browser()->table()->model()->rowCount(), 11);
        QCOMPARE(w.browser()->gallery()->model()->rowCount(), 11);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
