// The research loop in the GUI: confusion-matrix cells select exactly their memes (single- and multi-label,
// also through the window's filter), error lists, the training dock trains and draws its curves and exports
// them, and the report is written as HTML (self-contained) and PDF with the expected sections.
#include "TestDatasets.h"
#include "core/analysis/CaptionWords.h"
#include "core/analysis/EmbeddingProjection.h"
#include "core/analysis/ErrorAnalysis.h"
#include "core/analysis/RunPredictions.h"
#include "core/analysis/RunSummary.h"
#include "core/dataset/DatasetImporter.h"
#include "core/engine/Ablation.h"
#include "core/engine/ModelConfigJson.h"
#include "core/engine/report/ReportBuilder.h"
#include "core/imaging/Heatmap.h"
#include "core/metrics/ThresholdTuning.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "ui/analysis/AnalysisPanel.h"
#include "ui/analysis/ConfusionMatrixWidget.h"
#include "ui/analysis/EmbeddingScatter.h"
#include "ui/browser/BrowserView.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/SampleFilterModel.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/common/CustomPlot.h"
#include "ui/main/JobsPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RunSelector.h"
#include "ui/session/ProjectSession.h"
#include "ui/training/AblationDialog.h"
#include "ui/training/TrainingDock.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <random>

using namespace memescope;

namespace {

SampleRecord sample(qint64 id, const QString& split, uint64_t mask) {
    SampleRecord s;
    s.id = id;
    s.sampleId = QStringLiteral("S-%1").arg(id);
    s.split = split;
    s.labelMask = mask;
    return s;
}

QVector<float> onehot(int n, int k, float p) {
    QVector<float> v(n, (1.f - p) / float(n - 1));
    v[k] = p;
    return v;
}

// A network small enough to train in seconds through the GUI.
ml::ModelConfig smallNetwork() {
    return modelConfigFromJson({{"preset", "tiny"},
                                {"text_encoder", "ngram"},
                                {"ngram", QJsonObject{{"buckets", 2000}, {"dim", 16}, {"max_words", 8}}},
                                {"clip", QJsonObject{{"image_size", 32},
                                                     {"patch_size", 16},
                                                     {"hidden_size", 16},
                                                     {"num_hidden_layers", 1},
                                                     {"num_attention_heads", 2},
                                                     {"intermediate_size", 32}}},
                                {"fusion_dim", 16},
                                {"fusion_heads", 2},
                                {"fusion_layers", 1},
                                {"fusion_ffn", 32},
                                {"contrastive_dim", 8},
                                {"epochs", 2},
                                {"batch_size", 8},
                                {"learning_rate", 0.003}});
}

} // namespace

// AxiOM-style memes whose captions carry a cue word of their label: 60 in train, 30 in test, the test
// captions with the cue of label (i * cueStep) % 6 (1: their own; 5: mostly another's).
static void writeCueDataset(const QString& dir, int cueStep) {
    const QStringList cue = {"nervous", "uncontrollable", "worry", "relax", "restless", "doom"};
    const QStringList names = LabelSchema::axiom().names();
    QJsonArray train, test;
    for (int i = 0; i < 60; ++i)
        train.append(testdata::axiomRecord(QStringLiteral("TR-%1").arg(i),
                                           QStringLiteral("so %1 today %2").arg(cue[i % 6]).arg(i),
                                           names[i % 6]));
    for (int i = 0; i < 30; ++i)
        test.append(testdata::axiomRecord(QStringLiteral("TE-%1").arg(i),
                                          QStringLiteral("%1 again %2").arg(cue[(i * cueStep) % 6]).arg(i),
                                          names[i % 6]));
    testdata::writeAxiom(dir, "train", train);
    testdata::writeAxiom(dir, "test", test);
}

class TestAnalysis : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName("MemeScopeTests");
        QCoreApplication::setApplicationName("tst_analysis");
        QSettings().clear();
    }

    void singleLabelCellsSelectTheirMemes() {
        ProjectSession session;
        SampleTableModel& model = *session.samples();
        // true -> predicted: 1: 0->0, 2: 0->1 (0.9 sure), 3: 1->1, 4: 2->1 (0.6 sure), 5: 2->2, 6 (val): 0->1
        model.setSamples({sample(1, "test", 1), sample(2, "test", 1), sample(3, "test", 2),
                          sample(4, "test", 4), sample(5, "test", 4), sample(6, "val", 1)},
                         LabelSchema(TaskKind::SingleLabel, {"a", "b", "c"}));
        model.setPredictions({{1, onehot(3, 0, 0.8f)},
                              {2, onehot(3, 1, 0.9f)},
                              {3, onehot(3, 1, 0.7f)},
                              {4, onehot(3, 1, 0.6f)},
                              {5, onehot(3, 2, 0.5f)},
                              {6, onehot(3, 1, 0.9f)}},
                             {});
        const ErrorAnalysis test(model.samples(), model.schema(), model.predictions(), "test");
        QCOMPARE(test.sampleCount(), 5);
        QCOMPARE(test.cellRows(MatrixKind::Confusion, 0, 1), QVector<qint64>{2});
        QCOMPARE(test.cellRows(MatrixKind::Confusion, 2, 1), QVector<qint64>{4});
        QCOMPARE(test.cellRows(MatrixKind::Confusion, 1, 1), QVector<qint64>{3});
        const SplitEvaluation e = test.evaluation();
        QCOMPARE(e.confusion[0][1], qint64(1));
        QCOMPARE(e.accuracy, 0.6);
        const auto wrong = test.misclassified();
        QCOMPARE(wrong.size(), 2);
        QCOMPARE(wrong[0].rowId, qint64(2)); // most confident mistake first
        // Suspected label errors: lowest probability for the given label first (sample 2 gives 'a' 0.05).
        QCOMPARE(test.suspectedLabelErrors().first().rowId, qint64(2));
        // A meme whose repost was labelled otherwise leads them, whatever the model says (5's label gets
        // 0.5); a meme outside the split (6, val) stays out.
        const QVector<ScoredSample> withReposts = test.suspectedLabelErrors(100, {5, 6});
        QCOMPARE(withReposts.size(), 5);
        QCOMPARE(withReposts[0].rowId, qint64(5));
        QVERIFY(withReposts[0].conflictingRepost && !withReposts[1].conflictingRepost);
        QCOMPARE(withReposts[1].rowId, qint64(2));

        // The panel: a click on cell (true a, predicted b) emits exactly sample 2.
        AnalysisPanel panel(&session);
        panel.resize(900, 500);
        panel.refresh();
        QSignalSpy shown(&panel, &AnalysisPanel::showRows);
        ConfusionMatrixWidget* m = panel.matrix();
        QTest::mouseClick(m, Qt::LeftButton, {}, m->cellRect(0, 1).center());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().value<QVector<qint64>>(), QVector<qint64>{2});
        QCOMPARE(panel.classTable()->rowCount(), 3);
        // Five test memes: no interval, and the F1 cell says why (once the background bootstrap is back).
        QTRY_VERIFY2(panel.classTable()->item(0, 3)->toolTip().contains("No interval: fewer than 20"),
                     qPrintable(panel.classTable()->item(0, 3)->toolTip()));
        // The validation split has its own matrix.
        panel.splitBox()->setCurrentIndex(1);
        QCOMPARE(panel.rowsOfCell(0, 1), QVector<qint64>{6});

        // Per class, F1 with its 95 % interval; a class carried by fewer than 10 test memes is greyed and
        // says why. 40 test memes: a 25, b 12, c 3; every fifth predicted as the next class.
        QVector<SampleRecord> many;
        QHash<int64_t, QVector<float>> predicted;
        for (int i = 0; i < 40; ++i) {
            const int label = i < 25 ? 0 : i < 37 ? 1 : 2;
            many << sample(100 + i, "test", uint64_t(1) << label);
            predicted.insert(100 + i, onehot(3, i % 5 == 0 ? (label + 1) % 3 : label, 0.8f));
        }
        model.setSamples(many, LabelSchema(TaskKind::SingleLabel, {"a", "b", "c"}));
        model.setPredictions(predicted, {});
        panel.splitBox()->setCurrentIndex(0);
        panel.refresh();
        QTableWidget* classes = panel.classTable();
        QCOMPARE(classes->rowCount(), 3);
        // The figure at once (on the GUI thread), its interval when the job is back (through the event loop).
        QVERIFY2(!classes->item(0, 3)->text().contains('('), qPrintable(classes->item(0, 3)->text()));
        QTRY_VERIFY(classes->item(0, 3)->text().contains(QChar(0x2013)));
        QVERIFY2(panel.summaryLabel()->text().contains("95 % bootstrap intervals"),
                 qPrintable(panel.summaryLabel()->text())); // the split's figures with theirs
        const QString f1a = classes->item(0, 3)->text();    // "0.889 (0.80–0.96)"
        QVERIFY2(f1a.contains(" (") && f1a.contains(QChar(0x2013)), qPrintable(f1a));
        QVERIFY(classes->item(0, 0)->toolTip().isEmpty());
        const QColor grey = panel.palette().color(QPalette::Disabled, QPalette::Text);
        QVERIFY(classes->item(0, 0)->foreground().color() != grey);
        QCOMPARE(classes->item(2, 4)->text(), QString("3"));
        QCOMPARE(classes->item(2, 0)->foreground().color(), grey);
        QVERIFY2(classes->item(2, 0)->toolTip().contains("fewer than 10 memes"),
                 qPrintable(classes->item(2, 0)->toolTip()));
    }

    void multiLabelCellsCooccurrenceAndPerLabel() {
        ProjectSession session;
        SampleTableModel& model = *session.samples();
        // labels x=1, y=2. Sample 1: {x,y} predicted {x}; 2: {y} predicted {x,y}; 3: {} predicted {}.
        model.setSamples({sample(1, "test", 3), sample(2, "test", 2), sample(3, "test", 0)},
                         LabelSchema(TaskKind::MultiLabel, {"x", "y"}));
        model.setPredictions({{1, {0.9f, 0.3f}}, {2, {0.6f, 0.7f}}, {3, {0.1f, 0.2f}}}, {0.5f, 0.5f});
        const ErrorAnalysis a(model.samples(), model.schema(), model.predictions(), "test");
        QCOMPARE(a.cellRows(MatrixKind::Cooccurrence, 1, 0), (QVector<qint64>{1, 2})); // true y, predicted x
        QCOMPARE(a.cellRows(MatrixKind::Cooccurrence, 0, 1), QVector<qint64>{});
        // Per-label 2 x 2 for y: truth yes & predicted no -> sample 1; truth no & predicted no -> sample 3.
        QCOMPARE(a.cellRows(MatrixKind::PerLabel, 1, 0, 1), QVector<qint64>{1});
        QCOMPARE(a.cellRows(MatrixKind::PerLabel, 0, 0, 1), QVector<qint64>{3});
        // A higher threshold for x changes the decisions the matrix uses.
        model.setPredictions({{1, {0.9f, 0.3f}}, {2, {0.6f, 0.7f}}, {3, {0.1f, 0.2f}}}, {0.8f, 0.5f});
        QCOMPARE(ErrorAnalysis(model.samples(), model.schema(), model.predictions(), "test")
                     .cellRows(MatrixKind::Cooccurrence, 1, 0),
                 QVector<qint64>{1});
        AnalysisPanel panel(&session);
        panel.resize(900, 500);
        panel.refresh();
        panel.kindBox()->setCurrentIndex(1); // per-label view
        panel.labelBox()->setCurrentIndex(1);
        QSignalSpy shown(&panel, &AnalysisPanel::showRows);
        QTest::mouseClick(panel.matrix(), Qt::LeftButton, {}, panel.matrix()->cellRect(1, 0).center());
        QCOMPARE(shown.first().first().value<QVector<qint64>>(), QVector<qint64>{1});
    }

    void oneDecisionRuleEverywhere() {
        // Multi-label: strictly above the label's threshold (0.5 where none is given); single-label: the
        // arg-max, the first on ties.
        const QVector<float> p{0.5f, 0.7f, 0.7f, 0.2f};
        QCOMPARE(metrics::decideMask(p.constData(), 4, true, nullptr, 0), uint64_t(0b0110));
        const QVector<float> t{0.4f, 0.8f};
        QCOMPARE(metrics::decideMask(p.constData(), 4, true, t.constData(), 2), uint64_t(0b0101));
        QCOMPARE(metrics::decideMask(p.constData(), 4, false, nullptr, 0), uint64_t(0b0010));
        // The browser, the engine's evaluation and the training metrics give the same decisions.
        std::mt19937 rng(5);
        std::uniform_real_distribution<float> u(0.f, 1.f);
        QHash<int64_t, QVector<float>> probabilities;
        std::vector<std::vector<double>> rows;
        for (int i = 0; i < 200; ++i) {
            QVector<float> row(7);
            for (float& v : row)
                v = std::round(u(rng) * 20) / 20; // many exact ties with the thresholds
            probabilities.insert(i + 1, row);
            rows.emplace_back(row.begin(), row.end());
        }
        const QVector<float> thresholds{0.3f, 0.5f, 0.55f, 0.7f, 0.25f, 0.5f, 0.45f};
        for (const bool multi : {true, false}) {
            const RunPredictions run(probabilities, thresholds, multi);
            const auto decided = metrics::decide(rows, multi, {thresholds.begin(), thresholds.end()});
            for (int i = 0; i < 200; ++i) {
                uint64_t fromRows = 0, fromIndices = 0;
                for (int j = 0; j < 7; ++j)
                    if (decided[size_t(i)][size_t(j)]) fromRows |= uint64_t(1) << j;
                for (int j : predictedLabels(probabilities[i + 1], multi, thresholds))
                    fromIndices |= uint64_t(1) << j;
                QCOMPARE(run.predictedMask(i + 1), fromRows);
                QCOMPARE(run.predictedMask(i + 1), fromIndices);
            }
        }
        // What the browser and the report derive from them.
        const RunPredictions single({{1, {0.1f, 0.7f, 0.2f}}}, {}, false);
        QCOMPARE(single.correct(1, uint64_t(0b010)), std::optional<bool>(true));
        QCOMPARE(single.correct(1, std::nullopt), std::optional<bool>());
        QCOMPARE(single.correct(2, uint64_t(1)), std::optional<bool>());
        QCOMPARE(*single.confidence(1), double(0.7f));
        QVERIFY(*single.uncertainty(1) > 0.7 && *single.uncertainty(1) < 0.75); // H(.1,.7,.2)/ln 3 = 0.729
        QCOMPARE(*single.supportForLabels(1, 0b101), (double(0.1f) + double(0.2f)) / 2);
        QCOMPARE(single.supportForLabels(1, 0), std::optional<double>());
    }

    void trainingDockTrainsAndTheWindowFiltersByCell() {
        const QStringList cue = {"nervous", "uncontrollable", "worry", "relax", "restless", "doom"};
        const QStringList names = LabelSchema::axiom().names();
        QJsonArray train, test;
        for (int i = 0; i < 48; ++i)
            train.append(testdata::axiomRecord(QStringLiteral("TR-%1").arg(i),
                                               QStringLiteral("so %1 today").arg(cue[i % 6]), names[i % 6]));
        for (int i = 0; i < 18; ++i)
            test.append(testdata::axiomRecord(QStringLiteral("TE-%1").arg(i),
                                              QStringLiteral("%1 again").arg(cue[i % 6]), names[i % 6]));
        testdata::writeAxiom(dir_.filePath("data"), "train", train);
        testdata::writeAxiom(dir_.filePath("data"), "test", test);
        const QString project = dir_.filePath("p.memescope");
        DatasetImporter::importPath(*ProjectStore::open(project), dir_.filePath("data"));

        MainWindow w;
        QVERIFY(w.openProject(project, false));
        TrainingDock* dock = w.trainingDock();
        TrainingRequest r;
        r.runDir = dir_.filePath("runs/gui");
        r.config = smallNetwork();
        QSignalSpy finished(dock, &TrainingDock::runFinished);
        dock->startTraining(r);
        QVERIFY(dock->isTraining());
        QVERIFY(finished.wait(120000));
        QVERIFY(!dock->isTraining());
        QCOMPARE(dock->runsTable()->rowCount(), 1);
        // Which validation figure is which: the final model's (optimistic: validation chose the epoch) and
        // the network's alone at its best epoch, as the curve draws it.
        const QString valTip = dock->runsTable()->item(0, 4)->toolTip();
        QVERIFY2(valTip.contains("Validation chose the epoch") &&
                     valTip.contains("The network alone at epoch"),
                 qPrintable(valTip));
        // The finished run is selected: predictions in the browser, curves in the plot.
        QVERIFY(w.session()->samples()->hasPredictions());
        QCOMPARE(w.runSelector()->currentData().toLongLong(), finished.first().first().toLongLong());
        // A stored run's curve is the mean loss of each epoch, on an axis of whole epochs.
        dock->showRunCurves(finished.first().first().toLongLong());
        auto* plot = dock->findChild<QCustomPlot*>("TrainingPlot");
        QVERIFY(plot);
        // (The tiny preset adds contrastive and expert-balance terms: the curve is the loss's classification
        // part, the one the validation loss beside it measures.)
        QCOMPARE(plot->graph(0)->name(), QString("training loss, classification part (mean per epoch)"));
        QVERIFY(plot->graph(0)->dataCount() == 2); // epochs 1 and 2
        auto epochTicks = plot->xAxis->ticker().dynamicCast<QCPAxisTickerFixed>();
        QVERIFY(epochTicks && epochTicks->tickStep() == 1.0);
        dock->exportPlot(dir_.filePath("curves.png"));
        dock->exportPlot(dir_.filePath("curves.svg"));
        QVERIFY(QImage(dir_.filePath("curves.png")).width() > 100);
        QVERIFY(QFileInfo(dir_.filePath("curves.svg")).size() > 1000);

        // A confusion cell filters the gallery to exactly its memes.
        AnalysisPanel* analysis = w.analysisPanel();
        int busy = -1, empty = -1; // a cell with memes and one without
        for (int i = 0; i < 6; ++i)
            for (int j = 0; j < 6; ++j) {
                if (busy < 0 && !analysis->rowsOfCell(i, j).isEmpty()) busy = i * 6 + j;
                if (empty < 0 && analysis->rowsOfCell(i, j).isEmpty()) empty = i * 6 + j;
            }
        QVERIFY(busy >= 0 && empty >= 0);
        const QVector<qint64> cell = analysis->rowsOfCell(busy / 6, busy % 6);
        QTest::mouseClick(analysis->matrix(), Qt::LeftButton, {},
                          analysis->matrix()->cellRect(busy / 6, busy % 6).center());
        QCOMPARE(w.browser()->filterModel()->rowCount(), int(cell.size()));
        for (int r = 0; r < w.browser()->filterModel()->rowCount(); ++r)
            QVERIFY(cell.contains(
                w.browser()->filterModel()->index(r, 0).data(SampleTableModel::RowIdRole).toLongLong()));
        QTest::mouseClick(analysis->matrix(), Qt::LeftButton, {},
                          analysis->matrix()->cellRect(empty / 6, empty % 6).center());
        QCOMPARE(w.browser()->filterModel()->rowCount(), 0);
        // The colour scale beside the matrix: the share of the row, 0 % at the bottom, 100 % at the top.
        ConfusionMatrixWidget* matrix = analysis->matrix();
        const QRect scale = matrix->scaleRect();
        QVERIFY(scale.height() > 20 && scale.left() > matrix->cellRect(0, 5).right());
        const QImage shot = matrix->grab().toImage();
        auto near = [](QColor a, QColor b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                       std::abs(a.blue() - b.blue()) <
                   30;
        };
        QVERIFY(near(shot.pixelColor(scale.center().x(), scale.top() + 1), Heatmap::colorAt(0.95)));
        QVERIFY(near(shot.pixelColor(scale.center().x(), scale.bottom() - 1), Heatmap::colorAt(0.1)));
        // Column names that cannot be read whole at this width become numbers (the rows carry them too);
        // given room, the names come back.
        {
            ConfusionMatrixWidget narrow;
            const QStringList names = LabelSchema::restore().names();
            QVector<QVector<qint64>> counts(names.size(), QVector<qint64>(names.size(), 1));
            narrow.setMatrix(counts, names, names, "true label", "predicted label");
            narrow.resize(420, 420);
            QVERIFY(narrow.headersNumbered());
            narrow.resize(1800, 600);
            QVERIFY(!narrow.headersNumbered());
            narrow.setMatrix(counts, names, QStringList(names).replaceInStrings("e", "E"), "t", "p");
            narrow.resize(420, 420);
            QVERIFY(!narrow.headersNumbered()); // other columns than rows: their names, elided
        }

        // Its fused embeddings, projected, one point per meme of the panel's split (test, the default), then
        // of every meme (PCA at once, t-SNE in the background).
        int testMemes = 0;
        for (int r = 0; r < w.session()->samples()->rowCount(); ++r)
            testMemes += w.session()->samples()->sampleAt(r).split == "test" ? 1 : 0;
        QVERIFY(testMemes > 0 && testMemes < w.session()->samples()->rowCount());
        QCOMPARE(analysis->splitBox()->currentData().toString(), QString("test"));
        QCOMPARE(analysis->scatter()->pointCount(), testMemes);
        // The inspector's meme is ringed when it is one of the points.
        const qint64 aTestMeme = analysis->rowsOfCell(busy / 6, busy % 6).value(0);
        analysis->scatter()->setCurrentRow(aTestMeme);
        QVERIFY(analysis->scatter()->currentRowShown());
        analysis->splitBox()->setCurrentIndex(analysis->splitBox()->findData(""));
        QCOMPARE(analysis->scatter()->pointCount(), w.session()->samples()->rowCount());
        QVERIFY(analysis->scatter()->currentRowShown());
        QSignalSpy projected(analysis->scatter(), &EmbeddingScatter::projected);
        analysis->scatter()->methodBox()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!analysis->scatter()->busy() && projected.size() >= 1, 60000);
        QCOMPARE(analysis->scatter()->pointCount(), w.session()->samples()->rowCount());

        // A lasso drawn around the whole plot shows its memes in the gallery (the Memes view comes forward).
        QCustomPlot* scatterPlot = analysis->scatter()->plot();
        // (A square far larger than the plot: the window is not shown, so its pixel layout is arbitrary;
        // points and polygon are mapped alike.)
        const QRect around(-20000, -20000, 40000, 40000);
        QCOMPARE(analysis->scatter()->rowsInside(QPolygonF(QRectF(around))).size(),
                 analysis->scatter()->pointCount());
        analysis->findChild<QToolButton*>("LassoTool")->setChecked(true);
        w.showWorkspace(MainWindow::Workspace::Analysis);
        QTest::mousePress(scatterPlot, Qt::LeftButton, {}, around.topLeft());
        for (const QPoint corner : {around.topRight(), around.bottomRight(), around.bottomLeft()})
            QTest::mouseMove(scatterPlot, corner);
        QTest::mouseRelease(scatterPlot, Qt::LeftButton, {}, around.bottomLeft());
        QCOMPARE(w.workspace(), MainWindow::Workspace::Memes);
        QCOMPARE(w.browser()->filterModel()->rowCount(), analysis->scatter()->pointCount());
        w.browser()->filterBar()->clear();

        // A meme added now is OCR'd and pre-labelled by the selected run's model.
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->modelReady(), 30000);
        testdata::writeJpeg(dir_.filePath("new/added meme.jpg"), 120, 90);
        const QFuture<AddImagesResult> adding = w.addImageFiles({dir_.filePath("new")});
        QTRY_VERIFY_WITH_TIMEOUT(adding.isFinished(), 60000);
        const QVector<int64_t> added = adding.result().added;
        QCOMPARE(added.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->samples()->probabilitiesOf(added[0]) != nullptr, 60000);
        QCOMPARE(w.session()->samples()->probabilitiesOf(added[0])->size(), 6);
        w.browser()->filterBar()->clear();

        // The report of that run.
        const qint64 run = finished.first().first().toLongLong();
        const ReportResult html = writeRunReport(*w.session()->store(), run, dir_.filePath("report.html"));
        // A one-page summary first, the settings last, in words.
        QCOMPARE(html.sections.first(), QString("Summary"));
        QVERIFY(html.sections.contains("Metrics"));
        QVERIFY(html.sections.contains("Confusion matrix (test)"));
        QVERIFY(html.sections.contains("Most confident mistakes (test)"));
        QCOMPARE(html.sections.last(), QString("Appendix: settings"));
        QFile f(dir_.filePath("report.html"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains("data:image/png;base64,"));
        QVERIFY(!text.contains("src='curves.png'")); // every image embedded
        const QString summary = text.section("<h2>Summary</h2>", 1).section("<h2>", 0, 0);
        QVERIFY2(summary.contains("macro-F1") && summary.contains("data:image/png"),
                 "metrics and curves on page 1");
        const QString appendix = text.section("<h2>Appendix: settings</h2>", 1);
        QVERIFY2(appendix.contains("Mixture of experts") && !appendix.contains("{&quot;") &&
                     !appendix.contains("{\""),
                 "settings in words, no JSON");
        const ReportResult pdf = writeRunReport(*w.session()->store(), run, dir_.filePath("report.pdf"));
        QVERIFY(pdf.pages >= 1);
        QFile p(dir_.filePath("report.pdf"));
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 writeRunReport(*w.session()->store(), run, dir_.filePath("report.docx")));
    }

    // The Ablation dialog shows what the study tested: each variant's seed-averaged macro-F1 with its
    // interval and, against the first variant, the Holm-corrected p-value (a text-only baseline reading no
    // text differs).
    void ablationDialogShowsTheTests() {
        writeCueDataset(dir_.filePath("abl"), 1); // test captions carry their own label's cue
        const QString project = dir_.filePath("abl.memescope");
        {
            auto store = ProjectStore::open(project);
            DatasetImporter::importPath(*store, dir_.filePath("abl"));
            const AblationSpec spec = AblationSpec::fromJson(
                QJsonDocument(
                    QJsonObject{{"name", "words"},
                                {"seeds", 1},
                                {"configs", QJsonArray{QJsonObject{{"name", "words"}, {"model", "tfidf_lr"}},
                                                       QJsonObject{{"name", "no words"},
                                                                   {"model", "tfidf_lr"},
                                                                   {"text_source", "ocr"}}}}})
                    .toJson(),
                "words.json");
            const AblationResult r = runAblation(*store, spec, dir_.filePath("abl-runs"));
            QVERIFY(r.table.size() == 2 && r.table[1].significanceKnown);
        }
        MainWindow w;
        QVERIFY(w.openProject(project, false));
        AblationDialog dialog(w.session(), dir_.filePath("abl-next"));
        QTableWidget* t = dialog.table();
        QCOMPARE(t->rowCount(), 2);
        QVERIFY2(t->item(0, 3)->text().contains("–"), qPrintable(t->item(0, 3)->text())); // an interval
        QCOMPARE(t->item(0, 4)->text(), QString("reference"));
        // One seed per variant: no spread to show, and no "± 0.000" pretending there is one.
        QVERIFY2(!t->item(0, 2)->text().contains(QString::fromUtf8("±")), qPrintable(t->item(0, 2)->text()));
        const QString vs = t->item(1, 4)->text();
        QVERIFY2(vs.startsWith("p = ") && vs.contains("Holm") && vs.contains("differs"), qPrintable(vs));

        // The report of one of the study's runs shows the study; a run outside it only when asked.
        RunStore runs(*w.session()->store());
        const qint64 member = runs.runs().first().id;
        auto hasAblation = [](const ReportResult& r) {
            return std::any_of(r.sections.begin(), r.sections.end(),
                               [](const QString& s) { return s.startsWith("Ablation"); });
        };
        QVERIFY(hasAblation(writeRunReport(*w.session()->store(), member, dir_.filePath("abl-member.html"))));
        const qint64 outsider =
            runs.createRun("outsider", dir_.filePath("outsider"), runs.run(member).config);
        runs.setSummary(outsider, runs.run(member).summary, runs.run(member).checkpointPath);
        runs.putPredictions(outsider, runs.predictions(member));
        runs.setStatus(outsider, RunStatus::Finished);
        runs.setTagsAndNote(outsider, {"copy", "paper"}, "the member's figures <copied>");
        QVERIFY(
            !hasAblation(writeRunReport(*w.session()->store(), outsider, dir_.filePath("outsider.html"))));
        QFile outsiderHtml(dir_.filePath("outsider.html"));
        QVERIFY(outsiderHtml.open(QIODevice::ReadOnly));
        const QString outsiderText = QString::fromUtf8(outsiderHtml.readAll());
        QVERIFY2(outsiderText.contains("<b>Tags</b>: copy, paper") &&
                     outsiderText.contains("the member's figures &lt;copied&gt;"),
                 "the run's tags and note printed, escaped");
        QVERIFY(hasAblation(
            writeRunReport(*w.session()->store(), outsider, dir_.filePath("asked.html"), 8, {}, true)));
    }

    // Runs tracked like a dashboard: selecting several rows overlays their validation curves (a colour per
    // run, legend by name; a run scored before validation loss was kept draws its F1 only); tags and a note
    // are shown in the table and filter it.
    void runsTableOverlaysCurvesAndKeepsTagsAndNotes() {
        QJsonArray train = testdata::axiomRecords(6);
        testdata::writeAxiom(dir_.filePath("ov"), "train", train);
        const QString project = dir_.filePath("ov.memescope");
        QVector<qint64> ids;
        {
            auto store = ProjectStore::open(project);
            DatasetImporter::importPath(*store, dir_.filePath("ov"));
            RunStore runs(*store);
            for (const QString name : {"lr-1e-4", "lr-3e-5", "old-run"}) {
                const qint64 id = runs.createRun(name, dir_.filePath("ov-runs/" + name), QJsonObject{});
                for (int e = 1; e <= 3; ++e) {
                    QJsonObject record{{"epoch", e},
                                       {"train_loss", 1.0 / e},
                                       {"val_macro_f1", 0.2 * e},
                                       {"val_weighted_f1", 0.2 * e}};
                    if (name != QLatin1String("old-run")) record.insert("val_loss", 1.5 / e);
                    runs.putEpoch(id, e, record);
                }
                runs.setStatus(id, RunStatus::Finished);
                ids << id;
            }
        }
        MainWindow w;
        QVERIFY(w.openProject(project, false));
        TrainingDock* dock = w.trainingDock();
        QTableWidget* table = dock->runsTable();
        QCOMPARE(table->rowCount(), 3);
        const int fixed = dock->plot()->graphCount();
        dock->showRunsOverlay(ids);
        QCOMPARE(dock->plot()->graphCount(), fixed + 5); // F1 of three, loss of two
        QStringList names;
        for (int g = fixed; g < dock->plot()->graphCount(); ++g)
            names << dock->plot()->graph(g)->name();
        QVERIFY2(names.contains("lr-1e-4: val macro-F1") && names.contains("lr-3e-5: val loss") &&
                     names.contains("old-run: val macro-F1") && !names.contains("old-run: val loss"),
                 qPrintable(names.join(" | ")));
        QVERIFY(dock->plot()->graph(fixed)->pen().color() != dock->plot()->graph(fixed + 2)->pen().color());
        // One run again: the fixed curves, with the validation loss among them.
        dock->showRunCurves(ids[0]);
        QCOMPARE(dock->plot()->graphCount(), fixed);
        bool valLossDrawn = false;
        for (int g = 0; g < fixed; ++g)
            valLossDrawn |= dock->plot()->graph(g)->name().startsWith("val loss") &&
                            dock->plot()->graph(g)->data()->size() == 3;
        QVERIFY(valLossDrawn);
        // Selecting rows in the table does the same.
        table->selectAll();
        QCOMPARE(dock->plot()->graphCount(), fixed + 5);

        dock->setRunTagsAndNote(ids[1], {"paper", " best "}, "lower rate\nsecond line");
        int tagged = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == "lr-3e-5") tagged = r;
        QVERIFY(tagged >= 0);
        QCOMPARE(table->item(tagged, TrainingDock::kTagsColumn)->text(),
                 QString("paper · best — lower rate"));
        QVERIFY(table->item(tagged, TrainingDock::kTagsColumn)->toolTip().contains("second line"));
        auto* filter = dock->findChild<QLineEdit*>("RunFilter");
        QVERIFY(filter);
        filter->setText("PAPER");
        int shown = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            shown += table->isRowHidden(r) ? 0 : 1;
        QCOMPARE(shown, 1);
        QVERIFY(!table->isRowHidden(tagged));
        filter->setText("lr-");
        shown = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            shown += table->isRowHidden(r) ? 0 : 1;
        QCOMPARE(shown, 2);
    }

    // Compare Selected Runs tests each test metric's difference in the background: "computing…" first,
    // then B − A with its interval and p-value, in words. Two TF-IDF runs of the same data predict alike.
    void compareSelectedRunsSaysWhetherTheDifferenceIsNoise() {
        writeCueDataset(dir_.filePath("cmp"), 5); // test captions carry another label's cue
        const QString project = dir_.filePath("cmp.memescope");
        DatasetImporter::importPath(*ProjectStore::open(project), dir_.filePath("cmp"));

        MainWindow w;
        QVERIFY(w.openProject(project, false));
        TrainingDock* dock = w.trainingDock();
        for (const QString name : {"tfidf-a", "tfidf-b"}) {
            TrainingRequest r;
            r.runDir = dir_.filePath("cmp-runs/" + name);
            r.config = modelConfigFromJson({{"model", "tfidf_lr"}});
            QSignalSpy finished(dock, &TrainingDock::runFinished);
            dock->startTraining(r);
            QVERIFY(finished.wait(60000));
        }
        QCOMPARE(dock->runsTable()->rowCount(), 2);
        dock->runsTable()->selectAll();
        dock->findChild<QPushButton*>("CompareRunsButton")->click();
        QTextBrowser* shown = dock->comparisonView();
        QVERIFY(shown);
        QVERIFY2(shown->toPlainText().contains("computing…"), qPrintable(shown->toPlainText()));
        QTRY_VERIFY_WITH_TIMEOUT(!shown->toPlainText().contains("computing…"), 60000);
        const QString text = shown->toPlainText();
        QVERIFY2(text.contains("on the same 30 test memes"), qPrintable(text));
        QVERIFY2(text.contains("macro-F1: B − A = 0.000, p = 1: the difference is not distinguishable from "
                               "noise at 0.05"),
                 qPrintable(text));
        QVERIFY2(text.contains("p: two-sided paired approximate randomisation test (10000 shuffles)"),
                 qPrintable(text));

        // A test meme added after tfidf-a was trained: tfidf-c scores it, tfidf-a cannot, and the comparison
        // says so in place of the table.
        SampleRecord added;
        added.sampleId = "TE-added";
        added.split = "test";
        added.labelMask = 1;
        added.ocrText = "worry again and again";
        QVector<SampleRecord> adding{added};
        SampleStore(*w.session()->store()).insertSamples(adding, "test", AnnotationOrigin::Dataset);
        w.session()->reloadSamples();
        TrainingRequest c;
        c.runDir = dir_.filePath("cmp-runs/tfidf-c");
        c.config = modelConfigFromJson({{"model", "tfidf_lr"}});
        QSignalSpy finished(dock, &TrainingDock::runFinished);
        dock->startTraining(c);
        QVERIFY(finished.wait(60000));
        QTableWidget* runs = dock->runsTable();
        runs->clearSelection();
        for (int r = 0; r < runs->rowCount(); ++r)
            if (runs->item(r, 0)->text() == "tfidf-a" || runs->item(r, 0)->text() == "tfidf-c")
                runs->selectionModel()->select(runs->model()->index(r, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        dock->findChild<QPushButton*>("CompareRunsButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!shown->toPlainText().contains("computing…"), 60000);
        QVERIFY2(shown->toPlainText().contains("Not compared:") &&
                     shown->toPlainText().contains("were not scored on the same memes"),
                 qPrintable(shown->toPlainText()));
    }

    void trainingDockTrainsInTwoProcessesAsOneJob() {
        // Rank 0 trains in the GUI's job, rank 1 is a memescope-cli child: one row in the Jobs panel, one
        // run.
        const QString project = dir_.filePath("p.memescope");
        MainWindow w;
        QVERIFY(w.openProject(project, false));
        TrainingDock* dock = w.trainingDock();
        dock->setWorkerProgram(MEMESCOPE_CLI_PATH);
        auto* jobs = w.findChild<JobsPanel*>("JobsPanel");
        QVERIFY(jobs);
        const int runsBefore = dock->runsTable()->rowCount();
        TrainingRequest r;
        r.runDir = dir_.filePath("runs/gui-two");
        r.config = smallNetwork();
        r.localRanks = 2;
        QSignalSpy finished(dock, &TrainingDock::runFinished);
        dock->startTraining(r);
        QCOMPARE(jobs->findChildren<QProgressBar*>().size(), 1);
        QStringList titles;
        for (const QLabel* l : jobs->findChildren<QLabel*>())
            titles << l->text();
        QVERIFY2(titles.join('|').contains("Training gui-two (2 processes)"), qPrintable(titles.join('|')));
        QVERIFY(finished.wait(120000));
        QCOMPARE(jobs->findChildren<QProgressBar*>().size(), 1);
        QCOMPARE(dock->runsTable()->rowCount(), runsBefore + 1);
        QVERIFY(QFile::exists(r.runDir + "/logs/rank-1.log"));
    }
};

QTEST_MAIN(TestAnalysis)
#include "tst_analysis.moc"
