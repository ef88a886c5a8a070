// The daily screen's behaviour: the filter model (with QAbstractItemModelTester), every filter, labelling
// with hotkeys, bulk labelling as one undo step, undo/redo written to the store and surviving a reopen, the
// model suggestion, thumbnails off the GUI thread, and an attention heatmap computed by a tiny model.
#include "TestDatasets.h"
#include "core/analysis/AnnotatorAgreement.h"
#include "core/dataset/DatasetImporter.h"
#include "core/demo/MemeRenderer.h"
#include "core/engine/ModelConfigJson.h"
#include "core/engine/ModelSession.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "ui/browser/BrowserView.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/GalleryTileDelegate.h"
#include "ui/browser/SampleFilterModel.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/browser/ThumbnailProvider.h"
#include "ui/inspector/AttentionView.h"
#include "ui/inspector/HeatLegend.h"
#include "ui/inspector/InspectorPanel.h"
#include "ui/inspector/MemeCanvas.h"
#include "ui/inspector/MemeFocusView.h"
#include "ui/labelling/AgreementDialog.h"
#include "ui/labelling/LabelingController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RunSelector.h"
#include "ui/session/ProjectSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace memescope;

namespace {

QVector<qint64> rowIdsOf(MainWindow& w, const QStringList& sampleIds) {
    QVector<qint64> out;
    for (int r = 0; r < w.session()->samples()->rowCount(); ++r)
        if (sampleIds.contains(w.session()->samples()->sampleAt(r).sampleId))
            out << w.session()->samples()->sampleAt(r).id;
    return out;
}

// What the project file holds (read through the window's own connection: the project is locked to it).
std::optional<uint64_t> stored(MainWindow& w, const QString& sampleId) {
    return SampleStore(*w.session()->store()).find(sampleId)->labelMask;
}

} // namespace

class TestBrowser : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString axiom_, restore_;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName("MemeScopeTests");
        QCoreApplication::setApplicationName("tst_browser");
        QSettings().clear();
        testdata::writeAxiom(dir_.filePath("axiom"), "train", testdata::axiomRecords(24), {"TR-4"});
        axiom_ = dir_.filePath("axiom.memescope");
        DatasetImporter::importPath(*ProjectStore::open(axiom_), dir_.filePath("axiom"));
        QJsonArray r;
        r.append(testdata::restoreRecord("R-0", "cannot sleep again", {"Sleeping Disorder"}));
        r.append(testdata::restoreRecord("R-1", "so tired all day", {"Feeling Down", "Sleeping Disorder"}));
        r.append(testdata::restoreRecord("R-2", "nothing is fun", {}));
        testdata::writeRestore(dir_.filePath("restore"), "train", r);
        restore_ = dir_.filePath("restore.memescope");
        DatasetImporter::importPath(*ProjectStore::open(restore_), dir_.filePath("restore"));
    }

    void filtersNarrowTheSharedModel() {
        MainWindow w;
        QAbstractItemModelTester tester(w.browser()->filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w.openProject(axiom_, false));
        SampleFilterModel* f = w.browser()->filterModel();
        QCOMPARE(f->rowCount(), 24);
        SampleFilter filter;
        filter.label = 5; // Impending Doom: TR-5, 11, 17, 23
        f->setFilter(filter);
        QCOMPARE(f->rowCount(), 4);
        filter.text = "caption 11"; // + text: TR-11 only
        f->setFilter(filter);
        QCOMPARE(f->rowCount(), 1);
        QCOMPARE(f->index(0, 0).data().toString(), QString("TR-11"));
        filter = {};
        filter.split = "val"; // the import holds out about 1/8 for validation
        f->setFilter(filter);
        QVERIFY2(f->rowCount() > 0 && f->rowCount() < 24, qPrintable(QString::number(f->rowCount())));
        filter = {};
        filter.onlyRows = rowIdsOf(w, {"TR-1", "TR-2"});
        filter.restrictToRows = true;
        f->setFilter(filter);
        QCOMPARE(f->rowCount(), 2);
        filter.onlyRows.clear(); // an empty confusion cell shows nothing
        f->setFilter(filter);
        QCOMPARE(f->rowCount(), 0);
        filter = {};
        filter.ocr = SampleFilter::Ocr::Done; // no OCR has run
        f->setFilter(filter);
        QCOMPARE(f->rowCount(), 0);

        // Predictions: a run whose probabilities favour label 0 everywhere -> correct exactly where label 0.
        QHash<int64_t, QVector<float>> probs;
        for (int r = 0; r < w.session()->samples()->rowCount(); ++r)
            probs.insert(w.session()->samples()->sampleAt(r).id, {0.6f, 0.1f, 0.1f, 0.1f, 0.05f, 0.05f});
        w.session()->samples()->setPredictions(probs, {});
        filter = {};
        filter.correctness = SampleFilter::Correctness::Correct;
        f->setFilter(filter);
        QCOMPARE(f->rowCount(), 4); // TR-0, 6, 12, 18
        filter.correctness = SampleFilter::Correctness::Wrong;
        f->setFilter(filter);
        QCOMPARE(f->rowCount(), 20);
        filter = {};
        filter.minConfidence = 0.7;
        f->setFilter(filter);
        QCOMPARE(f->rowCount(), 0);
        // The filter bar drives the same model.
        w.browser()->filterBar()->findChild<QComboBox*>("LabelFilter")->setCurrentIndex(2 + 5);
        QCOMPARE(f->rowCount(), 4);
        w.browser()->filterBar()->clear();
        QCOMPARE(f->rowCount(), 24);
    }

    void labellingUndoRedoAndPersistence() {
        {
            MainWindow w;
            QVERIFY(w.openProject(axiom_, false));
            w.session()->labeling()->setAnnotator("tester");
            w.browser()->selectSampleId("TR-0");
            QCOMPARE(w.browser()->selectedRowIds(), rowIdsOf(w, {"TR-0"}));
            // Hotkey "3" sets Excessive Worry (single-label), then auto-advance moves on to TR-1.
            QAction* three = nullptr;
            for (QAction* a : w.findChildren<QAction*>())
                if (a->shortcut() == QKeySequence("3")) three = a;
            QVERIFY(three);
            three->trigger();
            QCOMPARE(stored(w, "TR-0"), std::optional<uint64_t>(1u << 2));
            QCOMPARE(w.browser()->selectedRowIds(), rowIdsOf(w, {"TR-1"}));
            // Bulk: three memes, one step.
            const QVector<qint64> bulk = rowIdsOf(w, {"TR-1", "TR-2", "TR-3"});
            w.session()->labeling()->applyLabel(bulk, 4);
            QCOMPARE(w.session()->labeling()->undoStack()->count(), 2);
            for (const char* id : {"TR-1", "TR-2", "TR-3"})
                QCOMPARE(stored(w, id), std::optional<uint64_t>(1u << 4));
            w.session()->labeling()->undoStack()->undo();
            QCOMPARE(stored(w, "TR-1"), std::optional<uint64_t>(1u << 1)); // the dataset's label again
            QCOMPARE(stored(w, "TR-3"), std::optional<uint64_t>(1u << 3));
            w.session()->labeling()->undoStack()->redo();
            QCOMPARE(stored(w, "TR-2"), std::optional<uint64_t>(1u << 4));
            // The in-memory model follows the store.
            QCOMPARE(w.session()->samples()->sampleAt(w.session()->samples()->rowOf(bulk[0])).labelMask,
                     std::optional<uint64_t>(1u << 4));
        }
        // Reopened: the labels are there and the history names the annotator.
        auto store = ProjectStore::open(axiom_);
        SampleStore samples(*store);
        QCOMPARE(samples.find("TR-2")->labelMask, std::optional<uint64_t>(1u << 4));
        const auto history = samples.history(samples.find("TR-2")->id);
        QCOMPARE(history.last().annotator, QString("tester"));
        QCOMPARE(history.last().origin, AnnotationOrigin::Human);
    }

    void multiLabelTogglesAndUndoRestoresUnlabelled() {
        MainWindow w;
        QVERIFY(w.openProject(restore_, false));
        LabelingController* l = w.session()->labeling();
        const QVector<qint64> r0 = rowIdsOf(w, {"R-0"}), both = rowIdsOf(w, {"R-0", "R-1"});
        const int sleep = w.session()->samples()->schema().indexOf("Sleeping Disorder");
        const int energy = w.session()->samples()->schema().indexOf("Feeling Down");
        QVERIFY(sleep >= 0 && energy >= 0);
        // Both carry Sleeping Disorder: toggling it on the pair removes it from both.
        l->applyLabel(both, sleep);
        QCOMPARE(stored(w, "R-0"), std::optional<uint64_t>(0));
        QCOMPARE(stored(w, "R-1"), std::optional<uint64_t>(1u << energy));
        l->applyLabel(r0, energy);
        QCOMPARE(stored(w, "R-0"), std::optional<uint64_t>(1u << energy));
        l->undoStack()->undo();
        l->undoStack()->undo();
        QCOMPARE(stored(w, "R-0"), std::optional<uint64_t>(1u << sleep));
        // Accepting a model suggestion uses the run's thresholds.
        QHash<int64_t, QVector<float>> probs;
        QVector<float> p(w.session()->samples()->schema().size(), 0.1f);
        p[energy] = 0.7f;
        probs.insert(r0[0], p);
        w.session()->samples()->setPredictions(probs, QVector<float>(p.size(), 0.5f));
        l->acceptSuggestion(r0);
        QCOMPARE(stored(w, "R-0"), std::optional<uint64_t>(1u << energy));
    }

    void thumbnailsArriveFromTheBackground() {
        ThumbnailProvider t(64);
        const QString image = dir_.filePath("thumb.jpg");
        testdata::writeJpeg(image, 200, 100);
        QSignalSpy ready(&t, &ThumbnailProvider::thumbnailReady);
        const QIcon first = t.thumbnail(7, image); // placeholder while decoding
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().first().toLongLong(), qint64(7));
        const QSize s = t.thumbnail(7, image).availableSizes().value(0);
        QCOMPARE(s, QSize(64, 32));
        Q_UNUSED(first);
    }

    void inspectorComputesAnAttentionHeatmap() {
        MemeSpec spec;
        spec.topText = "me at three am";
        spec.bottomText = "still awake";
        const QString image = dir_.filePath("meme.png");
        QVERIFY(MemeRenderer::render(spec).save(image));
        auto model = std::make_shared<SharedModel>();
        model->session =
            ModelSession::create(modelConfigFromJson({{"preset", "tiny"},
                                                      {"text_encoder", "ngram"},
                                                      {"fusion_dim", 32},
                                                      {"fusion_heads", 2},
                                                      {"clip", QJsonObject{{"image_size", 64},
                                                                           {"patch_size", 16},
                                                                           {"hidden_size", 32},
                                                                           {"num_hidden_layers", 1},
                                                                           {"num_attention_heads", 2},
                                                                           {"intermediate_size", 64}}}}),
                                 LabelSchema::axiom().names(), false);
        ProjectSession session; // no project: the meme below is shown from its file
        InspectorPanel panel(&session);
        panel.resize(900, 900);
        session.useModel(model);
        SampleRecord s;
        s.id = 1;
        s.sampleId = "M-1";
        s.ocrText = "me at three am still awake";
        s.imagePath = image;
        s.imageStatus = ImageStatus::Ok;
        QSettings().setValue("inspector/explanationMethod", "relevance");
        QSignalSpy ready(&panel, &InspectorPanel::predictionReady);
        panel.showSample(&s, nullptr); // no store: the image path is used as given
        QVERIFY(ready.wait(20000));
        const MemePrediction& p = panel.prediction();
        QCOMPARE(p.probabilities.size(), 6);
        QVERIFY(p.hasAttention());
        QCOMPARE(p.gridSide, 4);

        // By default the inspector explains the predicted class by relevance (gradient-weighted rollout),
        // computed in the background, named in the legend and the caption, the same as the engine's.
        AttentionView* view = panel.attention();
        const int predicted = p.predicted.value(0, 0);
        QCOMPARE(view->method(), ExplanationMethod::Relevance);
        QCOMPARE(view->explainedClass(), predicted);
        QTRY_VERIFY_WITH_TIMEOUT(view->explanation().has_value(), 20000);
        const MemeExplanation direct =
            model->session->explain(image, s.ocrText, predicted, ExplanationMethod::Relevance);
        QCOMPARE(view->explanation()->patchRelevance, direct.patchRelevance);
        QCOMPARE(view->explanation()->wordRelevance, direct.wordRelevance);
        QCOMPARE(view->legend()->name(), QString("Relevance"));
        QVERIFY(view->caption()->text().contains("gradient-weighted rollout"));
        QVERIFY(view->caption()->text().contains(LabelSchema::axiom().names()[predicted]));
        QVERIFY(panel.cachedExplanation(ExplanationMethod::Relevance, predicted) != nullptr);
        // Another class: a new map, for that class.
        const int other = (predicted + 1) % 6;
        view->classBox()->setCurrentIndex(other);
        QTRY_VERIFY_WITH_TIMEOUT(view->explanation() && view->explanation()->classIndex == other, 20000);
        QCOMPARE(
            view->explanation()->patchRelevance,
            model->session->explain(image, s.ocrText, other, ExplanationMethod::Relevance).patchRelevance);
        // Integrated gradients: a Jobs-panel job (its completeness gap in the caption).
        view->methodBox()->setCurrentIndex(
            view->methodBox()->findData(int(ExplanationMethod::IntegratedGradients)));
        QTRY_VERIFY_WITH_TIMEOUT(view->explanation() &&
                                     view->explanation()->method == ExplanationMethod::IntegratedGradients,
                                 30000);
        QCOMPARE(view->legend()->name(), QString("Integrated gradients"));
        QVERIFY(view->caption()->text().contains("completeness gap"));
        // The choice is remembered; raw attention shows where the picked word looks, as before.
        view->methodBox()->setCurrentIndex(view->methodBox()->findData(int(ExplanationMethod::RawAttention)));
        QCOMPARE(QSettings().value("inspector/explanationMethod").toString(), QString("attention"));
        QCOMPARE(view->legend()->name(), QString("Attention"));
        // The first word's heatmap was drawn: a 4 x 4 grid summing to 1.
        auto* units = panel.findChild<QListWidget*>("UnitList");
        QVERIFY(units->currentRow() >= 0);
        // The list holds the caption's words (the n-gram encoder reads words: one unit each).
        QCOMPARE(units->count(), 6);
        QCOMPARE(units->item(0)->text(), QString("me"));
        const QVector<float> grid = p.patchAttentionForWord(units->currentRow());
        QCOMPARE(grid, p.patchAttentionForUnit(p.words[units->currentRow()].units.first()));
        QCOMPARE(grid.size(), 16);
        float sum = 0;
        for (float v : grid)
            sum += v;
        QVERIFY(std::abs(sum - 1.f) < 1e-4);
        // The legend states the range the colours span.
        const auto [low, high] = std::minmax_element(grid.begin(), grid.end());
        QCOMPARE(panel.attention()->legend()->highText(), QString::number(double(*high), 'g', 3));
        QCOMPARE(panel.attention()->legend()->lowText(), QString::number(double(*low), 'g', 3));
        // The focus view shows the same meme, words, picked word and heatmap, and the probabilities.
        const MemeFocusView::Content content = panel.focusContent();
        QCOMPARE(content.image.size(), panel.canvas()->image().size());
        MemeFocusView focus(content);
        QCOMPARE(focus.view()->wordList()->count(), units->count());
        QCOMPARE(focus.view()->currentWord(), units->currentRow());
        QCOMPARE(focus.view()->legend()->highText(), panel.attention()->legend()->highText());
        QCOMPARE(content.probabilities.size(), 6);
        QVERIFY(focus.width() > panel.width() / 2);
        // Dragging a region colours the words by the attention they get from it.
        Q_EMIT panel.canvas()->regionSelected(panel.canvas()->cropRect());
        QVERIFY(units->item(0)->background().style() != Qt::NoBrush);
        QSettings().setValue("inspector/explanationMethod", "relevance");
    }

    // A run whose model can no longer be loaded: the inspector draws the attention stored with the run and
    // says why there is no relevance.
    void aRunWithoutItsModelShowsTheStoredAttention() {
        MainWindow w;
        QVERIFY(w.openProject(axiom_, false));
        const qint64 row = rowIdsOf(w, {"TR-0"}).value(0);
        qint64 runId = 0;
        {
            RunStore runs(*w.session()->store());
            runId = runs.createRun("gone", dir_.filePath("gone-run"), QJsonObject{{"preset", "tiny"}});
            runs.setSummary(runId, QJsonObject{}, dir_.filePath("gone-run/model"));
            RunBlob b;
            b.shape = {2, 4};
            b.data = {0.1f, 0.2f, 0.3f, 0.4f, 0.3f, 0.2f, 0.1f, 0.4f}; // two words over 2 x 2 patches
            runs.putBlobs(runId, "attention", {{row, b}});
        }
        InspectorPanel* panel = w.inspector();
        panel->showRow(row);
        w.session()->selectRun(runId);
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->modelProblem().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->attention()->caption()->text().contains("could not be loaded"), 5000);
        QVERIFY(panel->attention()->caption()->text().contains(w.session()->modelProblem()));
        QCOMPARE(panel->attention()->legend()->name(), QString("Attention"));
        QCOMPARE(panel->attention()->legend()->highText(), QString::number(0.4, 'g', 3)); // mean of the words
        QCOMPARE(panel->attention()->legend()->lowText(), QString::number(0.2, 'g', 3));
        w.session()->selectRun(0);
    }

    // Blind labelling belongs to the project: remembered with it, off in the next project, on again when the
    // first is reopened; while blind, the filters that reveal the model are off.
    void blindLabellingIsTheProjects() {
        QAction* blind = nullptr;
        auto blindAction = [&](MainWindow& w) {
            for (QAction* a : w.findChildren<QAction*>())
                if (a->isCheckable() && a->text().contains("Blind")) return a;
            return static_cast<QAction*>(nullptr);
        };
        {
            MainWindow w;
            QVERIFY(w.openProject(axiom_, false));
            blind = blindAction(w);
            QVERIFY(blind && !blind->isChecked());
            const qint64 run = RunStore(*w.session()->store()).createRun("r", dir_.filePath("r"), {});
            w.session()->selectRun(run);
            auto* correctness = w.browser()->filterBar()->findChild<QComboBox*>("CorrectnessFilter");
            QVERIFY(correctness->isEnabled());
            correctness->setCurrentIndex(2); // wrong predictions only
            blind->trigger();
            QVERIFY(w.session()->labeling()->isBlind());
            QVERIFY(!correctness->isEnabled());
            QCOMPARE(correctness->currentIndex(), 0); // no hidden filter left behind
            QVERIFY(w.openProject(restore_, false));
            QVERIFY(!blind->isChecked());
            QVERIFY(!w.session()->labeling()->isBlind());
            QVERIFY(w.openProject(axiom_, false));
            QVERIFY(blind->isChecked());
            QVERIFY(w.session()->labeling()->isBlind());
            blind->trigger(); // off again, for the tests after this one
            QVERIFY(!w.session()->labeling()->isBlind());
            RunStore(*w.session()->store()).deleteRun(run);
        }
    }

    void blindLabellingHidesTheModelsReading() {
        MainWindow w;
        QVERIFY(w.openProject(axiom_, false));
        auto model = std::make_shared<SharedModel>();
        model->session =
            ModelSession::create(modelConfigFromJson({{"preset", "tiny"}, {"text_encoder", "ngram"}}),
                                 w.session()->schema().names(), false);
        w.session()->useModel(model);
        w.session()->labeling()->setBlind(true);
        InspectorPanel* panel = w.findChild<InspectorPanel*>();
        QSignalSpy ready(panel, &InspectorPanel::predictionReady);
        panel->showRow(rowIdsOf(w, {"TR-0"}).value(0));
        QVERIFY(ready.wait(20000));
        // No heatmap, no explanation bar, no probabilities, no prediction in the focus view.
        QVERIFY(!panel->attention()->findChild<QWidget*>("ExplanationBar")->isVisibleTo(panel));
        QVERIFY(panel->attention()->wordList()->count() == 0);
        QVERIFY(panel->attention()->caption()->text().contains("blind"));
        QVERIFY(!panel->focusContent().prediction.has_value());
        QVERIFY(panel->focusContent().probabilities.isEmpty());
        w.session()->labeling()->setBlind(false);
    }

    void droppedImagesBecomeMemes() {
        MainWindow w;
        QVERIFY(w.openProject(axiom_, false));
        const int before = w.session()->samples()->rowCount();
        QDir().mkpath(dir_.filePath("drop/sub"));
        testdata::writeJpeg(dir_.filePath("drop/new meme.jpg"));
        testdata::writeJpeg(dir_.filePath("drop/sub/TR-0.jpg")); // id taken by the dataset: becomes TR-0-2
        testdata::writeFile(dir_.filePath("drop/sub/broken.png"), "not a png");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir_.filePath("drop"))});
        QVERIFY(w.acceptDrops());
        const QFuture<AddImagesResult> adding = w.dropUrls(mime.urls()); // what dropEvent does with them
        QTRY_VERIFY_WITH_TIMEOUT(adding.isFinished(), 30000);
        QCOMPARE(adding.result().problems.size(), 1); // broken.png, named
        QCOMPARE(w.session()->samples()->rowCount(), before + 2);
        QStringList ids;
        for (int r = 0; r < w.session()->samples()->rowCount(); ++r)
            ids << w.session()->samples()->sampleAt(r).sampleId;
        QVERIFY(ids.contains("new meme"));
        QVERIFY(ids.contains("TR-0-2"));
        // Copied into the project folder, unlabelled, unassigned.
        QVERIFY(QFileInfo::exists(QFileInfo(axiom_).absolutePath() + "/added/new meme.jpg"));
        const SampleRecord& added = w.session()->samples()->sampleAt(
            w.session()->samples()->rowOf(rowIdsOf(w, {"new meme"}).value(0)));
        QVERIFY(!added.labelMask.has_value());
        QCOMPARE(added.split, QString("unassigned"));
    }

    void labellingQueueOrdersByUncertainty() {
        MainWindow w;
        QVERIFY(w.openProject(restore_, false));
        // R-2 is labelled "no symptom" ([]), so make all unlabelled-looking by predictions only: the queue
        // shows unlabelled memes; give the model's probabilities and check the order among labelled ones via
        // the role.
        const QVector<qint64> ids = rowIdsOf(w, {"R-0", "R-1", "R-2"});
        const int n = w.session()->samples()->schema().size();
        QHash<int64_t, QVector<float>> p;
        p.insert(ids[0], QVector<float>(n, 0.5f)); // maximal uncertainty
        p.insert(ids[1], QVector<float>(n, 0.99f));
        p.insert(ids[2], QVector<float>(n, 0.7f));
        w.session()->samples()->setPredictions(p, {});
        auto u = [&](qint64 id) {
            return w.session()
                ->samples()
                ->index(w.session()->samples()->rowOf(id), 0)
                .data(SampleTableModel::UncertaintyRole)
                .toDouble();
        };
        QVERIFY(std::abs(u(ids[0]) - 1.0) < 1e-9);
        QVERIFY(u(ids[0]) > u(ids[2]) && u(ids[2]) > u(ids[1]));
        w.session()->labeling()->setMask({ids[0]},
                                         0); // keep one labelled, make the others unlabelled through undo
        w.session()->labeling()->undoStack()->undo();
        w.showLabellingQueue();
        // Only unlabelled memes (none here: the dataset labelled all three) -> empty queue.
        QCOMPARE(w.browser()->filterModel()->rowCount(), 0);
    }

    // The scenario: Alice labels 10 memes; Bob labels the same 10 and agrees on 6, pressing the
    // label the meme already shows. Every answer counts, so kappa is the hand computation's.
    void twoAnnotatorsAgreeingIsRecordedAndKappaIsTheHandComputation() {
        MainWindow w;
        QVERIFY(w.openProject(axiom_, false));
        LabelingController* l = w.session()->labeling();
        QStringList ids;
        for (int i = 10; i < 20; ++i)
            ids << QStringLiteral("TR-%1").arg(i);
        const int alice[] = {0, 0, 1, 1, 0, 1, 0, 0, 1, 1}, bob[] = {0, 1, 1, 0, 0, 0, 0, 1, 1, 1};
        l->setAnnotator("alice");
        for (int i = 0; i < 10; ++i)
            l->applyLabel(rowIdsOf(w, {ids[i]}), alice[i]);
        l->setAnnotator("bob");
        for (int i = 0; i < 10; ++i) {
            const QVector<qint64> row = rowIdsOf(w, {ids[i]});
            if (alice[i] == bob[i]) // the label the meme already has (Alice's answer is the latest)
                QCOMPARE(stored(w, ids[i]), std::optional<uint64_t>(uint64_t(1) << bob[i]));
            l->applyLabel(row, bob[i]);
        }
        auto bobAndAlice = [&] {
            const AgreementReport r = computeAgreement(SampleStore(*w.session()->store()).latestByAnnotator(),
                                                       w.session()->schema());
            for (const PairAgreement& p : r.pairs)
                if (QSet<QString>{p.a, p.b} == QSet<QString>{"alice", "bob"}) return p;
            return PairAgreement{};
        };
        // po = 6/10; each used both classes 5 times: pe = 0.5 -> kappa = (0.6 - 0.5) / 0.5 = 0.2.
        QCOMPARE(bobAndAlice().shared, 10);
        QVERIFY(std::abs(bobAndAlice().kappa - 0.2) < 1e-9);
        QCOMPARE(bobAndAlice().disagreements.size(), 4);
        // Bob's undo takes back his own answer (not a new one holding the old label); redo restores it.
        l->undoStack()->undo();
        QCOMPARE(bobAndAlice().shared, 9);
        l->undoStack()->redo();
        QCOMPARE(bobAndAlice().shared, 10);
        // The current label is the consensus, and the inspector says how it is backed. TR-11: dataset,
        // alice a, bob b -> TR-11's dataset label decides unless it ties; shown with its support.
        w.browser()->selectSampleId(ids[1]);
        const LabelConsensus c = SampleStore(*w.session()->store()).consensus(rowIdsOf(w, {ids[1]})[0]);
        QCOMPARE(c.answers, 3);
        auto* line = w.findChild<QLabel*>("ConsensusLine");
        QVERIFY(line);
        QVERIFY2(line->text().contains(QStringLiteral("%1 of 3").arg(c.support)), qPrintable(line->text()));
        // An adjudicator settles TR-11; the decision is not counted as an answer in the statistics.
        l->setAnnotator("carol");
        l->setAdjudicating(true);
        l->applyLabel(rowIdsOf(w, {ids[1]}), 5);
        l->setAdjudicating(false);
        QCOMPARE(stored(w, ids[1]), std::optional<uint64_t>(uint64_t(1) << 5));
        QVERIFY(line->text().contains("carol"));
        QVERIFY(!SampleStore(*w.session()->store())
                     .latestByAnnotator()
                     .value(rowIdsOf(w, {ids[1]})[0])
                     .contains("carol"));
    }

    void blindLabellingShowsOnlyTheAnnotatorsOwnAnswers() {
        MainWindow w;
        QVERIFY(w.openProject(restore_, false));
        LabelingController* l = w.session()->labeling();
        SampleTableModel* m = w.session()->samples();
        const QVector<qint64> r0 = rowIdsOf(w, {"R-0"}), r1 = rowIdsOf(w, {"R-1"});
        QHash<int64_t, QVector<float>> probs;
        probs.insert(r0[0], QVector<float>(m->schema().size(), 0.9f));
        m->setPredictions(probs, QVector<float>(m->schema().size(), 0.5f));
        auto shown = [&](qint64 id) { return m->sampleAt(m->rowOf(id)).labelMask; };
        QVERIFY(shown(r0[0]).has_value()); // labelled by the dataset (and earlier tests)
        l->setAnnotator("dora");
        l->setBlind(true);
        // Dora has answered nothing: every meme looks unlabelled to her, and the prediction is hidden.
        QVERIFY(!shown(r0[0]) && !shown(r1[0]));
        QVERIFY(!m->index(m->rowOf(r0[0]), SampleTableModel::PredictionColumn).data().isValid());
        QVERIFY(!m->index(m->rowOf(r0[0]), 0).data(SampleTableModel::CorrectRole).isValid());
        l->acceptSuggestion(r0); // refused: the suggestion is hidden
        l->confirmCurrent(r0);   // refused: the current label is hidden
        QCOMPARE(l->undoStack()->count(), 0);
        // A multi-label key starts from her own (empty) answer, not from the dataset's label.
        const int energy = m->schema().indexOf("Feeling Down");
        l->applyLabel(r0, energy);
        QCOMPARE(shown(r0[0]), std::optional<uint64_t>(1u << energy));
        QCOMPARE(l->ownAnswer(r0[0]), std::optional<uint64_t>(1u << energy));
        // Leaving blind mode shows the consensus again: the dataset's and Dora's answers tie per label and
        // Dora's is the latest.
        l->setBlind(false);
        QCOMPARE(shown(r0[0]), stored(w, "R-0"));
        QCOMPARE(shown(r1[0]), stored(w, "R-1"));
        QVERIFY(m->index(m->rowOf(r0[0]), SampleTableModel::PredictionColumn).data().isValid());
    }

    // A label change that takes a tile out of a filtered view (and its undo) leaves every tile the same
    // size on the same grid; a text-only meme is a card with its caption.
    void galleryTilesKeepOneSizeWhenARowLeavesTheFilter() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.openProject(axiom_, false));
        QListView* g = w.browser()->gallery();
        SampleFilterModel* f = w.browser()->filterModel();
        SampleFilter only;
        only.label = 1;
        f->setFilter(only);
        const int before = f->rowCount();
        QVERIFY(before >= 3);
        auto checkGrid = [&] {
            QCoreApplication::processEvents();
            const QSize tile = g->itemDelegate()->sizeHint(QStyleOptionViewItem(), f->index(0, 0));
            QSet<QPair<int, int>> cells;
            for (int r = 0; r < f->rowCount(); ++r) {
                const QRect rect = g->visualRect(f->index(r, 0));
                QCOMPARE(rect.size(), tile);
                cells.insert({rect.x() / g->gridSize().width(), rect.y() / g->gridSize().height()});
            }
            QCOMPARE(cells.size(), f->rowCount()); // one grid cell per tile, none overlapping
        };
        checkGrid();
        const qint64 first = f->index(0, 0).data(SampleTableModel::RowIdRole).toLongLong();
        w.session()->labeling()->applyLabel({first}, 2); // leaves the "label 1" view
        QCOMPARE(f->rowCount(), before - 1);
        checkGrid();
        w.session()->labeling()->undoStack()->undo();
        QCOMPARE(f->rowCount(), before);
        checkGrid();
        // TR-4's image is missing: a text card (its caption), not a thumbnail.
        const QModelIndex card =
            w.session()->samples()->index(w.session()->samples()->rowOf(rowIdsOf(w, {"TR-4"})[0]), 0);
        QVERIFY(!card.data(SampleTableModel::HasImageRole).toBool());
        QCOMPARE(card.data(SampleTableModel::CaptionRole).toString(),
                 w.session()->samples()->sampleAt(card.row()).ocrText);
        f->setFilter({});
        QVERIFY(!g->grab().isNull()); // every tile kind paints
    }

    // A tile painted again with the same look comes from the tile cache; a relabel, a duplicate mark, a
    // run's prediction or an arriving thumbnail gives it another look, and its first look returns with the
    // first data.
    void galleryTilesAreCachedAndRedrawnWhenTheirLookChanges() {
        ProjectSession session;
        SampleTableModel& model = *session.samples();
        SampleRecord s;
        s.id = 1;
        s.sampleId = "M-1";
        s.split = "test";
        s.labelMask = 1;
        s.ocrText = "a caption without its image";
        model.setSamples({s}, LabelSchema(TaskKind::SingleLabel, {"a", "b"}));
        GalleryTileDelegate tiles(&model, 96);
        auto paint = [&] {
            QImage image(tiles.tileSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            QStyleOptionViewItem option;
            option.rect = QRect(QPoint(0, 0), tiles.tileSize());
            option.font = QApplication::font();
            option.palette = QApplication::palette();
            tiles.paint(&p, option, model.index(0, 0));
            return image;
        };
        const QImage first = paint();
        const qint64 cached = GalleryTileDelegate::cachedPaints();
        QCOMPARE(paint(), first);
        QCOMPARE(GalleryTileDelegate::cachedPaints(), cached + 1);
        model.updateLabels({{1, uint64_t(2)}});
        const QImage relabelled = paint();
        QVERIFY(relabelled != first);
        model.setDuplicates({1}, {});
        const QImage marked = paint();
        QVERIFY(marked != relabelled);
        model.setPredictions({{1, {0.2f, 0.8f}}}, {});
        QVERIFY(paint() != marked);
        model.updateLabels({{1, uint64_t(1)}});
        model.setDuplicates({}, {});
        model.setPredictions({}, {});
        QCOMPARE(paint(), first);
        // With its image: the placeholder first, the thumbnail once it has arrived.
        s.imagePath = dir_.filePath("tile.jpg");
        s.imageStatus = ImageStatus::Ok;
        testdata::writeJpeg(s.imagePath, 120, 90);
        model.setSamples({s}, LabelSchema(TaskKind::SingleLabel, {"a", "b"}));
        QSignalSpy arrived(session.thumbnails(), &ThumbnailProvider::thumbnailReady);
        const QImage placeholder = paint();
        QVERIFY(arrived.wait(5000));
        QVERIFY(paint() != placeholder);
    }

    void labellingQueueSaysWhenItIsEmptyAndCtrlULeavesIt() {
        MainWindow w;
        QVERIFY(w.openProject(restore_, false)); // every meme labelled by the dataset
        w.showLabellingQueue();
        QVERIFY(w.browser()->inLabellingQueue());
        QCOMPARE(w.browser()->filterModel()->rowCount(), 0);
        auto* empty = w.findChild<QLabel*>("GalleryEmptyState");
        QVERIFY(empty && !empty->isHidden());
        QVERIFY2(empty->text().contains("Ctrl+U"), qPrintable(empty->text()));
        w.showLabellingQueue(); // Ctrl+U again
        QVERIFY(!w.browser()->inLabellingQueue());
        QCOMPARE(w.browser()->filterModel()->rowCount(), 3);
        QVERIFY(empty->isHidden());
        // A filter change leaves the queue and its order.
        w.showLabellingQueue();
        w.browser()->filterBar()->clear();
        QVERIFY(!w.browser()->inLabellingQueue());
        QCOMPARE(w.browser()->filterModel()->sortColumn(), -1);
    }

    void agreementByHand() {
        const LabelSchema single(TaskKind::SingleLabel, {"a", "b"});
        QHash<int64_t, QHash<QString, uint64_t>> labels;
        // ann1 vs ann2 on 10 items: the Cohen example of tst_metrics (kappa 0.6); ann3 only on item 0.
        const int a[] = {0, 0, 1, 1, 0, 1, 0, 0, 1, 1}, b[] = {0, 1, 1, 1, 0, 0, 0, 0, 1, 1};
        for (int i = 0; i < 10; ++i) {
            labels[i].insert("ann1", uint64_t(1) << a[i]);
            labels[i].insert("ann2", uint64_t(1) << b[i]);
        }
        labels[0].insert("ann3", 1);
        const AgreementReport r = computeAgreement(labels, single);
        QCOMPARE(r.annotators, (QStringList{"ann1", "ann2", "ann3"}));
        QCOMPARE(r.pairs.size(), 3);
        QCOMPARE(r.pairs[0].shared, 10);
        QVERIFY(std::abs(r.pairs[0].kappa - 0.6) < 1e-9);
        QCOMPARE(r.pairs[0].disagreements, (QVector<qint64>{1, 5}));
        QCOMPARE(r.pairs[1].shared, 1); // ann1 x ann3
        QCOMPARE(r.sharedByAll, 1);
        // Krippendorff's alpha uses every meme with two or more annotators, item 0's three values too:
        // o00 = 3 (item 0: 6 pairs / 2) + 6, o01 = o10 = 2, o11 = 8; n0 = 11, n1 = 10, n = 21:
        // alpha = 1 - 20 * 4 / (2 * 11 * 10).
        QCOMPARE(r.pairable, 10);
        QVERIFY(std::abs(r.alpha - (1.0 - 80.0 / 220.0)) < 1e-9);
        // Multi-label: per-label kappas.
        const LabelSchema multi(TaskKind::MultiLabel, {"x", "y"});
        QHash<int64_t, QHash<QString, uint64_t>> m;
        m[1] = {{"p", 3}, {"q", 3}};
        m[2] = {{"p", 1}, {"q", 1}};
        m[3] = {{"p", 0}, {"q", 2}};
        m[4] = {{"p", 2}, {"q", 2}};
        const AgreementReport mr = computeAgreement(m, multi);
        QCOMPARE(mr.pairs[0].perLabel.size(), 2);
        QCOMPARE(mr.pairs[0].perLabel[0], 1.0); // x: identical
        // y: p = [1,0,0,1], q = [1,0,1,1]: po 3/4, pe = .5*.75 + .5*.25 = .5 -> 0.5
        QVERIFY(std::abs(mr.pairs[0].perLabel[1] - 0.5) < 1e-9);
        QCOMPARE(mr.pairs[0].disagreements, QVector<qint64>{3});
        QCOMPARE(mr.fleissPerLabel.size(), 2);
        // Alpha per label: x identical (1); y: o00 = 2, o01 = o10 = 1, o11 = 4 -> 1 - 7 * 2 / 30.
        QCOMPARE(mr.alphaPerLabel.size(), 2);
        QCOMPARE(mr.alphaPerLabel[0], 1.0);
        QVERIFY(std::abs(mr.alphaPerLabel[1] - (1.0 - 14.0 / 30.0)) < 1e-9);
        QVERIFY(std::abs(mr.alpha - (1.0 + 1.0 - 14.0 / 30.0) / 2) < 1e-9);
    }

    // The raters are a choice: the dataset file's labels are named as such and left out by default; ticking
    // a box asks for the agreement among the chosen raters, computed on their answers only.
    void agreementRatersAreAChoice() {
        const LabelSchema single(TaskKind::SingleLabel, {"a", "b"});
        QHash<int64_t, QHash<QString, uint64_t>> labels;
        for (int i = 0; i < 30; ++i) {
            labels[i].insert("dataset", uint64_t(1) << (i % 2));
            labels[i].insert("alice", uint64_t(1) << (i % 2));
            if (i < 20) labels[i].insert("bob", uint64_t(1) << (i % 3 == 0 ? 1 - i % 2 : i % 2));
        }
        const auto people = onlyRaters(labels, {"alice", "bob"});
        QCOMPARE(people.size(), 30);
        QVERIFY(
            std::all_of(people.begin(), people.end(), [](const auto& m) { return !m.contains("dataset"); }));
        const AgreementReport r = computeAgreement(people, single);
        QCOMPARE(r.annotators, QStringList({"alice", "bob"}));
        QCOMPARE(r.pairs.size(), 1);
        QCOMPARE(r.pairs[0].shared, 20); // the pair's size: the memes both labelled
        QVERIFY(onlyRaters(labels, {"nobody"}).isEmpty());

        AgreementDialog d(r, single);
        QSignalSpy chosen(&d, &AgreementDialog::ratersChosen);
        d.setRaters({"alice", "bob", "dataset"}, {"alice", "bob"}, {"dataset"});
        const QList<QCheckBox*> boxes = d.findChildren<QCheckBox*>();
        QCOMPARE(boxes.size(), 3);
        QCheckBox* file = nullptr;
        for (QCheckBox* b : boxes)
            if (b->property("rater").toString() == "dataset") file = b;
        QVERIFY(file && !file->isChecked() && file->text().contains("dataset file"));
        file->setChecked(true);
        QCOMPARE(chosen.size(), 1);
        QStringList asked = chosen.last().first().toStringList();
        asked.sort();
        QCOMPARE(asked, QStringList({"alice", "bob", "dataset"}));
        d.setReport(computeAgreement(onlyRaters(labels, asked), single));
        QCOMPARE(d.table()->rowCount(), 3); // three pairs
        // One rater left: the summary says to tick another (or the file).
        for (QCheckBox* b : boxes)
            b->setChecked(b->property("rater").toString() == "alice");
        d.setReport(computeAgreement(onlyRaters(labels, d.chosenRaters()), single));
        QVERIFY2(d.summary()->text().contains("at least two raters"), qPrintable(d.summary()->text()));
    }

    // Kappa and alpha with their bootstrap intervals: said to be too few below 20 memes, "computing…" while
    // a background job has them, then the interval around the figure.
    void agreementIntervalsInTheDialog() {
        const LabelSchema single(TaskKind::SingleLabel, {"a", "b"});
        QHash<int64_t, QHash<QString, uint64_t>> labels;
        for (int i = 0; i < 10; ++i) {
            labels[i].insert("ann1", uint64_t(1) << (i % 2));
            labels[i].insert("ann2", uint64_t(1) << (i % 3 == 0 ? 1 : i % 2));
        }
        AgreementDialog few(computeAgreement(labels, single, true), single);
        QCOMPARE(few.table()->item(0, 3)->text(), QString("not shown: fewer than 20 memes"));
        QVERIFY(few.summary()->text().contains("not shown: fewer than 20 memes"));

        for (int i = 10; i < 60; ++i) {
            labels[i].insert("ann1", uint64_t(1) << (i % 2));
            labels[i].insert("ann2", uint64_t(1) << (i % 3 == 0 ? 1 : i % 2));
        }
        const AgreementReport withIntervals = computeAgreement(labels, single, true);
        const PairAgreement& p = withIntervals.pairs[0];
        QVERIFY(p.kappaInterval && p.kappaInterval->shown);
        QVERIFY(p.kappaInterval->low <= p.kappa && p.kappa <= p.kappaInterval->high);
        QVERIFY(withIntervals.alphaInterval && withIntervals.alphaInterval->shown);
        QCOMPARE(withIntervals.resamples, 2000);
        AgreementDialog d(computeAgreement(labels, single), single); // the intervals on their way
        QCOMPARE(d.table()->item(0, 3)->text(), QString("computing…"));
        d.setReport(withIntervals);
        QCOMPARE(d.table()->item(0, 3)->text(), QStringLiteral("%1–%2")
                                                    .arg(p.kappaInterval->low, 0, 'f', 2)
                                                    .arg(p.kappaInterval->high, 0, 'f', 2));
        QVERIFY(d.summary()->text().contains("2000 resamples"));

        // Multi-label: the interval of the mean over labels.
        const LabelSchema multi(TaskKind::MultiLabel, {"x", "y"});
        QHash<int64_t, QHash<QString, uint64_t>> m;
        for (int i = 0; i < 30; ++i)
            m[i] = {{"p", uint64_t(i % 4)}, {"q", uint64_t(i % 5 == 0 ? (i + 1) % 4 : i % 4)}};
        const AgreementReport mr = computeAgreement(m, multi, true);
        QVERIFY(mr.pairs[0].kappaInterval && mr.pairs[0].kappaInterval->shown);
        QVERIFY(mr.pairs[0].kappaInterval->low <= mr.pairs[0].kappa &&
                mr.pairs[0].kappa <= mr.pairs[0].kappaInterval->high);
        QVERIFY(mr.alphaInterval && mr.alphaInterval->shown);
    }
};

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
