// The training engine through its torch-free facade: a run is stored with its epochs, predictions and
// analysis blobs; the saved model reloads; kill -9 mid-epoch + resume ends exactly as an uninterrupted run;
// cancellation; a dataset without images; the TF-IDF baseline as a run; ablation tables; metric conventions.
#include "TestDatasets.h"
#include "core/analysis/RunSummary.h"
#include "core/dataset/DatasetImporter.h"
#include "core/engine/Ablation.h"
#include "core/engine/EpochRecords.h"
#include "core/engine/FeatureCaching.h"
#include "core/engine/LocalRanks.h"
#include "core/engine/MemoryEstimate.h"
#include "core/engine/ModelConfigJson.h"
#include "core/engine/ModelSession.h"
#include "core/engine/RunTraining.h"
#include "core/ml/config/TrainingCost.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <limits>

using namespace memescope;

namespace {

QJsonObject microConfig() {
    return testdata::microTrainingConfig();
}

ml::ModelConfig microModel() {
    return modelConfigFromJson(microConfig());
}

ml::ModelConfig baselineModel() {
    ml::ModelConfig c = ml::ModelConfig::tiny();
    c.model = ml::ModelKind::TfidfLr;
    return c;
}

// AxiOM-layout records whose text names the class (so something is learnable), 64 train + 24 test.
QString writeProject(const QString& dir, bool withImages, int trainCount = 64) {
    const QStringList names = LabelSchema::axiom().names();
    const QStringList cue = {"nervous", "uncontrollable", "worry", "relax", "restless", "doom"};
    auto records = [&](int n, const QString& prefix) {
        QJsonArray out;
        for (int i = 0; i < n; ++i)
            out.append(testdata::axiomRecord(
                prefix + QString::number(i),
                QStringLiteral("when the %1 feeling hits number %2").arg(cue[i % 6]).arg(i % 5),
                names[i % 6]));
        return out;
    };
    const QJsonArray train = records(trainCount, "TR-"), test = records(24, "TE-");
    QStringList noImages;
    if (!withImages)
        for (const QJsonArray* a : {&train, &test})
            for (const QJsonValue& v : *a)
                noImages << v.toObject().value("sample_id").toString();
    testdata::writeAxiom(dir + "/data", "train", train, noImages);
    testdata::writeAxiom(dir + "/data", "test", test, noImages);
    const QString project = dir + "/p.memescope";
    auto store = ProjectStore::open(project);
    DatasetImporter::importPath(*store, dir + "/data");
    return project;
}

struct CliRun {
    int exitCode;
    bool crashed;
    QJsonObject json;
    QString err;
};

CliRun cli(const QStringList& args,
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(MEMESCOPE_CLI_PATH, args);
    p.waitForFinished(600000);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit,
            QJsonDocument::fromJson(lines.last()).object(), QString::fromUtf8(p.readAllStandardError())};
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The float32 tensors of a model.safetensors file by name (its 8-byte header length, JSON header, data).
QHash<QString, QVector<float>> readFloatTensors(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray all = f.readAll();
    quint64 headerSize = 0;
    std::memcpy(&headerSize, all.constData(), 8);
    const QJsonObject header = QJsonDocument::fromJson(all.mid(8, qsizetype(headerSize))).object();
    QHash<QString, QVector<float>> out;
    for (auto it = header.begin(); it != header.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        if (t.value("dtype").toString() != "F32") continue;
        const QJsonArray range = t.value("data_offsets").toArray();
        const qint64 begin = 8 + qint64(headerSize) + range[0].toInteger(),
                     end = 8 + qint64(headerSize) + range[1].toInteger();
        QVector<float> v((end - begin) / 4);
        std::memcpy(v.data(), all.constData() + begin, size_t(end - begin));
        out.insert(it.key(), v);
    }
    return out;
}

// The largest difference between two models' weights (infinity when their tensors differ in name or size).
// Attention key biases are left out: softmax ignores a shift shared by all keys, so their true gradient is 0
// and what they get is rounding noise, which AdamW turns into steps of the full learning rate (they do not
// change any output either).
double largestWeightDifference(const QString& a, const QString& b, QString* where = nullptr) {
    const auto x = readFloatTensors(a), y = readFloatTensors(b);
    if (x.isEmpty() || x.size() != y.size()) return std::numeric_limits<double>::infinity();
    double most = 0;
    for (auto it = x.begin(); it != x.end(); ++it) {
        if (it.key().endsWith("key.bias") || it.key().endsWith("k_proj.bias")) continue;
        const QVector<float> other = y.value(it.key());
        if (other.size() != it.value().size()) return std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < other.size(); ++i)
            if (const double d = std::abs(other[i] - it.value()[i]); d > most) {
                most = d;
                if (where) *where = QStringLiteral("%1[%2]").arg(it.key()).arg(i);
            }
    }
    return most;
}

// The micro model with only per-meme losses (no in-batch contrastive pairs, no load-balancing term, no
// dropout): the settings under which data parallelism must reproduce one process exactly.
QJsonObject perMemeConfig(int batchSize, int accumulation = 1) {
    QJsonObject c = testdata::microTrainingConfig();
    QJsonObject roberta = c.value("roberta").toObject();
    roberta["hidden_dropout_prob"] = 0.0;
    roberta["attention_probs_dropout_prob"] = 0.0;
    c["roberta"] = roberta;
    c["contrastive"] = "off";
    c["moe"] = "dense";
    c["moe_dropout"] = 0.0;
    c["fusion_dropout"] = 0.0;
    c["head_dropout"] = 0.0;
    c["epochs"] = 2;
    c["batch_size"] = batchSize;
    c["grad_accumulation"] = accumulation;
    return c;
}

} // namespace

class TestTraining : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        project_ = writeProject(dir_.filePath("with-images"), true);
    }

    // The Jobs panel's bar covers the whole run: epoch 2 of 4, batch 5 of 10 is 15 of 40 (not 5 of 10 again).
    void progressCoversTheWholeRun() {
        TrainingProgress p;
        p.epoch = 2;
        p.epochs = 4;
        p.batch = 5;
        p.batches = 10;
        const JobProgress j = p.toJobProgress();
        QCOMPARE(j.done, qint64(15));
        QCOMPARE(j.total, qint64(40));
        QVERIFY(j.stage.contains("epoch 2 of 4"));
        p.phase = TrainingPhase::Evaluating;
        QCOMPARE(p.toJobProgress().total, qint64(10)); // scoring: its own batches
    }

    void aRunIsStoredAndItsModelReloads() {
        auto store = ProjectStore::open(project_);
        TrainingRequest r;
        r.runDir = dir_.filePath("runs/first");
        r.config = microModel();
        int epochs = 0, batches = 0;
        JobContext::Listener listener;
        listener.record = [&](const QVariant& record) {
            ++epochs;
            const QJsonObject e = record.toJsonObject();
            QVERIFY(e.contains("val_macro_f1") && e.contains("train_loss"));
        };
        listener.progress = [&](const JobProgress& p) {
            batches += p.detail.value<TrainingProgress>().phase == TrainingPhase::Training;
            QVERIFY(p.done <= p.total);
        };
        const TrainingResult res = trainRun(*store, r, JobContext(listener));
        QVERIFY(!res.cancelled);
        QCOMPARE(epochs, 3);
        QCOMPARE(res.test.samples, 24);
        // The AxiOM import holds out about 1/8 of the 64 training records, stratified, for validation.
        QVERIFY2(res.val.samples >= 6 && res.val.samples <= 10, qPrintable(QString::number(res.val.samples)));
        QCOMPARE(batches, 3 * ((64 - res.val.samples + 7) / 8));
        QVERIFY(res.bestEpoch >= 1 && res.bestEpoch <= 3);
        // The memory the run peaked at, kept with it (this process holds at least its libraries and model).
        QVERIFY2(res.peakMemoryBytes > 20'000'000, qPrintable(QString::number(res.peakMemoryBytes)));
        QCOMPARE(RunSummary::of(RunStore(*store).run(res.runId)).peakMemoryBytes, res.peakMemoryBytes);
        QCOMPARE(res.test.perClass.size(), 6);
        QCOMPARE(res.test.confusion.size(), 6);
        qint64 total = 0;
        for (const auto& row : res.test.confusion)
            for (qint64 v : row)
                total += v;
        QCOMPARE(total, qint64(24));

        RunStore runs(*store);
        const RunRecord rec = runs.run(res.runId);
        QCOMPARE(rec.status, RunStatus::Finished);
        QCOMPARE(runs.epochs(res.runId).size(), 3);
        const auto preds = runs.predictions(res.runId);
        QCOMPARE(preds.size(), 88); // every sample of the project
        for (const auto& p : preds) {
            QCOMPARE(p.size(), 6);
            double s = 0;
            for (float v : p)
                s += v;
            QVERIFY(std::abs(s - 1.0) < 1e-4);
        }
        const auto fused = runs.blobs(res.runId, "embedding_fused");
        QCOMPARE(fused.size(), 88);
        QVERIFY(fused.begin()->half); // embeddings are stored as half floats
        // Attention maps only for the test split (at most 1,000 memes): the report's mistakes come from it.
        const auto attention = runs.blobs(res.runId, "attention");
        QCOMPARE(attention.size(), 24);
        QHash<int64_t, QString> splitOf;
        for (const SampleRecord& rec : SampleStore(*store).loadAll())
            splitOf.insert(rec.id, rec.split);
        for (auto it = attention.begin(); it != attention.end(); ++it)
            QCOMPARE(splitOf.value(it.key()), QString("test"));
        const RunBlob a = attention.begin().value();
        QVERIFY(a.half);
        QCOMPARE(a.shape.size(), 2);
        QCOMPARE(a.shape[1], qint64(4)); // 2 x 2 patches of a 32 px image
        QCOMPARE(a.data.size(), qsizetype(a.shape[0] * a.shape[1]));

        // The model folder reloads through the facade and predicts; eval reproduces the stored test score.
        auto session = ModelSession::load(r.runDir + "/model");
        QCOMPARE(session->labelNames(), LabelSchema::axiom().names());
        QCOMPARE(session->predict({}, "when the doom feeling hits").probabilities.size(), 6);
        const SplitEvaluation again = evaluateRun(*store, r.runDir, Split::Test);
        QCOMPARE(again.macroF1, res.test.macroF1);
        QCOMPARE(again.accuracy, res.test.accuracy);
        QVERIFY(QFile::exists(r.runDir + "/result.json"));
    }

    void theCliTrainsFromPublishedCheckpointLayouts() {
        // RobertaForMaskedLM in pytorch_model.bin + CLIPModel in pytorch_model.bin (tests/data/checkpoints):
        // sizes from their config.json, what was loaded in the log, the run reloads and predicts.
        const QString layouts = QStringLiteral(MEMESCOPE_TEST_DATA_DIR) + "/checkpoints/";
        const QString runDir = dir_.filePath("runs/pretrained");
        const CliRun run = cli({"train", "--project", project_, "--out", runDir, "--epochs", "1", "--json",
                                "--text-checkpoint", layouts + "roberta_masked_lm_bin", "--image-checkpoint",
                                layouts + "clip_model_bin", "--config",
                                R"({"fusion_dim": 16, "fusion_heads": 2, "fusion_layers": 1, "fusion_ffn": 32,
                                    "contrastive_dim": 8, "encoder_learning_rate": 1e-4, "lr_schedule": "linear",
                                    "warmup_ratio": 0.1, "freeze_text_layers": 1})"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains("text encoder sizes from") && run.err.contains("(RobertaForMaskedLM)"),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains("checkpoint: 37 tensors loaded from") &&
                     run.err.contains("(prefix 'roberta.')"),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains("checkpoint: 39 tensors loaded from"), qPrintable(run.err));
        QVERIFY2(run.err.contains("stored ") && run.err.contains(" MB of predictions"), qPrintable(run.err));
        // One remaining time per progress line, the trainer's for the whole run; the bar adds no rate or ETA
        // of its own (it used to divide an epoch's batches by the time since start-up).
        int barLines = 0;
        for (const QString& line : run.err.split('\n'))
            if (line.startsWith("train [")) {
                ++barLines;
                QVERIFY2(line.count("ETA") <= 1 && !line.contains("/s ETA"), qPrintable(line));
                QVERIFY2(line.contains("batches of epoch 1/1"), qPrintable(line));
            }
        QVERIFY2(barLines > 0, qPrintable(run.err));
        QFile f(runDir + "/config.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(config.value("roberta").toObject().value("hidden_size").toInt(), 32);
        QCOMPARE(config.value("clip").toObject().value("image_size").toInt(), 32);
        QCOMPARE(config.value("max_tokens").toInt(), 64);
        auto session = ModelSession::load(runDir + "/model");
        QCOMPARE(session->predict({}, "when the doom feeling hits").probabilities.size(), 6);

        // A folder that is not there, and the checkpoints swapped: named before any run is created.
        const CliRun missing = cli({"train", "--project", project_, "--out", dir_.filePath("runs/x"),
                                    "--text-checkpoint", dir_.filePath("nowhere")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("--text-checkpoint") && missing.err.contains("no such folder"),
                 qPrintable(missing.err));
        const CliRun swapped = cli({"train", "--project", project_, "--out", dir_.filePath("runs/y"),
                                    "--text-checkpoint", layouts + "clip_model_bin"});
        QCOMPARE(swapped.exitCode, 1);
        QVERIFY2(swapped.err.contains("model_type 'clip' is a CLIP image model"), qPrintable(swapped.err));
        QVERIFY(!QFileInfo::exists(dir_.filePath("runs/y/config.json")));
    }

    void multiLabelRunsTuneThresholds() {
        const QStringList names = LabelSchema::restore().names();
        QJsonArray train, test;
        for (int i = 0; i < 48; ++i) {
            const QStringList labels = {names[i % 7], names[(i + 3) % 7]};
            train.append(testdata::restoreRecord(
                QStringLiteral("R-%1").arg(i),
                QStringLiteral("%1 and %2").arg(labels[0], labels[1]).toLower(), labels));
        }
        for (int i = 0; i < 14; ++i)
            test.append(testdata::restoreRecord(QStringLiteral("T-%1").arg(i), names[i % 7].toLower(),
                                                {names[i % 7]}));
        testdata::writeRestore(dir_.filePath("restore"), "train", train);
        testdata::writeRestore(dir_.filePath("restore"), "test", test);
        const QString project = dir_.filePath("restore.memescope");
        auto store = ProjectStore::open(project);
        DatasetImporter::importPath(*store, dir_.filePath("restore"));
        QVERIFY(store->labelSchema().isMultiLabel());
        TrainingRequest r;
        r.runDir = dir_.filePath("runs/restore");
        r.config = microModel();
        r.config.tuneThresholds = true;
        r.task = "restore";
        const TrainingResult res = trainRun(*store, r);
        QCOMPARE(res.thresholds.size(), 7);
        for (float t : res.thresholds)
            QVERIFY(t >= 0.05f && t <= 0.95f);
        QCOMPARE(res.test.samples, 14);
        QCOMPARE(res.test.perLabelConfusion.size(), 7);
        QCOMPARE(res.test.confusion.size(), 7);
        QVERIFY(res.test.toJson().contains("per_label_confusion"));
        // The tuned thresholds travel with the model: the reloaded model scores the same.
        QCOMPARE(evaluateRun(*store, r.runDir, Split::Test).macroF1, res.test.macroF1);
        // Sigmoid probabilities: independent per label.
        const auto preds = RunStore(*store).predictions(res.runId);
        QCOMPARE(preds.size(), 62);

        // Wide-and-deep (the tiny default): the TF-IDF part's weight was chosen on validation and recorded;
        // the saved model blends it back in, so the reloaded run scores the same (checked above) and the
        // inspector's probabilities for a meme are the stored ones.
        const QJsonObject wide = res.toJson().value("wide").toObject();
        QVERIFY2(wide.contains("weight"), qPrintable(compact(res.toJson())));
        const double weight = wide.value("weight").toDouble();
        QVERIFY(weight >= 0 && weight <= 1);
        QCOMPARE(QFileInfo::exists(r.runDir + "/model/wide.json"), weight > 0);
        if (wide.value("chosen").toBool()) {
            QCOMPARE(wide.value("validation_macro_f1_by_weight").toObject().size(), 11);
            QVERIFY(wide.contains("network_alone_test_macro_f1"));
        }

        // The baseline on the same project: C and thresholds chosen on validation, kept with its model.
        TrainingRequest b;
        b.runDir = dir_.filePath("runs/restore-baseline");
        b.config = baselineModel();
        const TrainingResult base = trainRun(*store, b);
        const QJsonObject record = base.toJson().value("baseline").toObject();
        QVERIFY2(record.contains("c") && record.value("thresholds").toArray().size() == 7,
                 qPrintable(compact(base.toJson())));
        QCOMPARE(base.thresholds.size(), 7);
        QCOMPARE(evaluateRun(*store, b.runDir, Split::Test).macroF1, base.test.macroF1);
    }

    void theTfidfPartTravelsWithTheModel() {
        // 128 train memes (16 for validation) whose text names the class, a network trained for one epoch:
        // the TF-IDF part earns a weight, is saved beside the network and blended back in wherever the run
        // is used -- evaluation, the inspector -- exactly as during training.
        const QString project = writeProject(dir_.filePath("wide"), false, 128);
        auto store = ProjectStore::open(project);
        TrainingRequest r;
        r.runDir = dir_.filePath("runs/wide");
        r.config = microModel();
        r.config.epochs = 1;
        const TrainingResult res = trainRun(*store, r);
        const QJsonObject wide = res.toJson().value("wide").toObject();
        QVERIFY2(wide.value("weight").toDouble() > 0, qPrintable(compact(wide)));
        QVERIFY(QFileInfo::exists(r.runDir + "/model/wide.json") &&
                QFileInfo::exists(r.runDir + "/model/wide.model"));
        QCOMPARE(evaluateRun(*store, r.runDir, Split::Test).macroF1, res.test.macroF1);
        const auto stored = RunStore(*store).predictions(res.runId);
        const auto samples = SampleStore(*store).loadAll();
        auto session = ModelSession::load(r.runDir + "/model");
        int compared = 0;
        for (const auto& s : samples) {
            if (s.split != "test" || !stored.contains(s.id)) continue;
            const MemePrediction p = session->predict({}, s.ocrText);
            QCOMPARE(p.probabilities.size(), stored.value(s.id).size());
            for (int k = 0; k < p.probabilities.size(); ++k)
                QVERIFY(std::abs(p.probabilities[k] - stored.value(s.id)[k]) < 1e-5);
            if (++compared == 5) break;
        }
        QCOMPARE(compared, 5);
        // Switched off, the same network stands alone and nothing is saved for the TF-IDF part.
        TrainingRequest off = r;
        off.runDir = dir_.filePath("runs/wide-off");
        off.config.wide = ml::WideKind::Off;
        const TrainingResult alone = trainRun(*store, off);
        QVERIFY(!alone.toJson().contains("wide"));
        QVERIFY(!QFileInfo::exists(off.runDir + "/model/wide.json"));
    }

    void tooLittleValidationDataFallsBackAndSaysSo() {
        // 12 train memes: the carved validation split is far below the 10 memes C and the TF-IDF weight need.
        const QStringList names = LabelSchema::axiom().names();
        QJsonArray train, test;
        for (int i = 0; i < 12; ++i)
            train.append(testdata::axiomRecord(QStringLiteral("S-%1").arg(i),
                                               QStringLiteral("tiny set %1 %2").arg(names[i % 6]).arg(i),
                                               names[i % 6]));
        for (int i = 0; i < 6; ++i)
            test.append(testdata::axiomRecord(QStringLiteral("ST-%1").arg(i), names[i].toLower(), names[i]));
        testdata::writeAxiom(dir_.filePath("small/data"), "train", train, {});
        testdata::writeAxiom(dir_.filePath("small/data"), "test", test, {});
        auto store = ProjectStore::open(dir_.filePath("small/p.memescope"));
        DatasetImporter::importPath(*store, dir_.filePath("small/data"));
        QStringList messages;
        JobContext::Listener listener;
        listener.message = [&](const QString& m) { messages << m; };
        const JobContext cb(listener);
        // A relative run folder (as `--out runs/x` gives) is recorded absolute, so the GUI finds the model
        // from any working directory.
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(dir_.path());
        TrainingRequest b;
        b.runDir = "runs/small-baseline";
        b.config = baselineModel();
        const TrainingResult base = trainRun(*store, b, cb);
        QDir::setCurrent(cwd);
        QCOMPARE(RunStore(*store).run(base.runId).checkpointPath, dir_.filePath("runs/small-baseline/model"));
        QCOMPARE(base.toJson().value("baseline").toObject().value("c_chosen").toBool(), false);
        QCOMPARE(base.toJson().value("baseline").toObject().value("c").toDouble(), 1.0);
        QVERIFY2(messages.join('\n').contains("too few to choose C"), qPrintable(messages.join('\n')));

        TrainingRequest n;
        n.runDir = dir_.filePath("runs/small-neural");
        n.config = microModel();
        n.config.epochs = 1;
        messages.clear();
        const TrainingResult net = trainRun(*store, n, cb);
        QCOMPARE(net.toJson().value("wide").toObject().value("weight").toDouble(), 0.0);
        QVERIFY(!QFileInfo::exists(n.runDir + "/model/wide.json"));
        QVERIFY2(messages.join('\n').contains("the network alone"), qPrintable(messages.join('\n')));
    }

    void killedMidEpochThenResumedEndsAsAnUninterruptedRun() {
        const QString cfg = compact(microConfig());
        const QStringList base = {"train", "--project", project_, "--config", cfg, "--json"};
        const CliRun whole = cli(base + QStringList{"--out", dir_.filePath("runs/whole")});
        QCOMPARE(whole.exitCode, 0);
        // 7 batches per epoch: killed with SIGKILL in the middle of epoch 2.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("MEMESCOPE_TEST_KILL_AFTER_BATCHES", "10");
        const CliRun killed = cli(base + QStringList{"--out", dir_.filePath("runs/killed")}, env);
        QVERIFY2(killed.crashed, qPrintable(killed.err));
        const CliRun resumed = cli(base + QStringList{"--out", dir_.filePath("runs/killed"), "--resume"});
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY2(resumed.err.contains("resumed after epoch 1"), qPrintable(resumed.err));
        testdata::compareTrainingResults(resumed.json, whole.json);
        if (QTest::currentTestFailed()) return;
        // The resumed run is the same project run as the killed one, now finished.
        auto store = ProjectStore::open(project_);
        RunStore runs(*store);
        QCOMPARE(runs.run(resumed.json.value("run").toInteger()).status, RunStatus::Finished);
    }

    void cancellationStopsWithinABatch() {
        auto store = ProjectStore::open(project_);
        TrainingRequest r;
        r.runDir = dir_.filePath("runs/cancelled");
        r.config = microModel();
        int batches = 0;
        const JobContext job; // cancelled from the progress report, as the GUI's Cancel button does
        JobContext::Listener listener;
        listener.progress = [&](const JobProgress&) {
            if (++batches >= 2) job.cancel();
        };
        const TrainingResult res = trainRun(*store, r, job.part(listener));
        QVERIFY(res.cancelled);
        QCOMPARE(batches, 2);
        QCOMPARE(RunStore(*store).run(res.runId).status, RunStatus::Cancelled);
    }

    void aDatasetWithoutImagesTrainsTextOnlyAndTheBaseline() {
        const QString project = writeProject(dir_.filePath("no-images"), false);
        auto store = ProjectStore::open(project);
        TrainingRequest r;
        r.runDir = dir_.filePath("runs/no-images");
        r.config = microModel();
        const TrainingResult res = trainRun(*store, r);
        QVERIFY(!res.cancelled);
        QCOMPARE(res.test.samples, 24);
        QVERIFY(RunStore(*store).blobs(res.runId, "embedding_image").isEmpty());

        TrainingRequest b;
        b.runDir = dir_.filePath("runs/baseline");
        b.config = baselineModel();
        const TrainingResult base = trainRun(*store, b);
        // The text names the class: the baseline separates it.
        QVERIFY2(base.test.macroF1 > 0.9, qPrintable(QString::number(base.test.macroF1)));
        auto session = ModelSession::load(b.runDir + "/model");
        const MemePrediction p = session->predict({}, "when the doom feeling hits");
        QCOMPARE(p.predicted, QVector<int>{5});
        const CliRun cliPredict =
            cli({"predict", "--run", b.runDir, "--text", "so restless tonight", "--json"});
        QCOMPARE(cliPredict.exitCode, 0);
        QCOMPARE(cliPredict.json.value("predictions")
                     .toArray()[0]
                     .toObject()
                     .value("predicted")
                     .toArray()[0]
                     .toString(),
                 QString("Restlessness"));
    }

    void badConfigsAndDevicesAreNamed() {
        const CliRun unknownKey = cli({"train", "--project", project_, "--out", dir_.filePath("runs/bad"),
                                       "--config", "{\"fusion_kind\": \"x\"}"});
        QCOMPARE(unknownKey.exitCode, 1);
        QVERIFY2(unknownKey.err.contains("fusion_kind"), qPrintable(unknownKey.err));
        const CliRun badFile = cli({"train", "--project", project_, "--out", dir_.filePath("runs/bad"),
                                    "--config", dir_.filePath("missing.json")});
        QCOMPARE(badFile.exitCode, 1);
        QVERIFY(badFile.err.contains("missing.json"));
        const CliRun wrongTask =
            cli({"train", "--project", project_, "--out", dir_.filePath("runs/bad"), "--task", "restore"});
        QCOMPARE(wrongTask.exitCode, 1);
        QVERIFY(wrongTask.err.contains("single-label"));
        const CliRun noRun = cli({"eval", "--project", project_, "--run", dir_.filePath("runs/none")});
        QCOMPARE(noRun.exitCode, 1);
        QVERIFY(noRun.err.contains("config.json"));
    }

    void anAblationWithABadVariantFailsBeforeItsFirstRun() {
        auto store = ProjectStore::open(project_);
        const int runsBefore = int(RunStore(*store).runs().size());
        const QByteArray specJson =
            QJsonDocument(
                QJsonObject{{"name", "bad"},
                            {"base", microConfig()},
                            {"configs", QJsonArray{QJsonObject{{"name", "full"}},
                                                   QJsonObject{{"name", "typo"}, {"fusion", "tokens"}}}}})
                .toJson();
        const AblationSpec spec = AblationSpec::fromJson(specJson, "bad.json");
        try {
            runAblation(*store, spec, dir_.filePath("ablations/bad"));
            QFAIL("a study with an unknown fusion started");
        } catch (const EngineError& e) {
            QVERIFY2(e.message().contains("variant 'typo'") && e.message().contains("'fusion'"),
                     qPrintable(e.message()));
        }
        QCOMPARE(int(RunStore(*store).runs().size()), runsBefore); // nothing trained, nothing stored
    }

    void twoRanksTrainAsOneProcessOnTheGlobalBatch() {
        // 2 ranks x 3 memes per batch against 1 process x 6: the same weights, losses and scores. The epoch's
        // last global batch is smaller and split unevenly (or leaves a rank without memes).
        const QString one = dir_.filePath("runs/dp-one"), two = dir_.filePath("runs/dp-two");
        const CliRun single = cli(
            {"train", "--project", project_, "--out", one, "--config", compact(perMemeConfig(6)), "--json"});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        const CliRun pair = cli({"train", "--project", project_, "--out", two, "--config",
                                 compact(perMemeConfig(3)), "--nproc", "2", "--json"});
        QVERIFY2(pair.exitCode == 0, qPrintable(pair.err));
        QVERIFY2(QFile::exists(two + "/logs/rank-1.log"), "rank 1's output is kept in the run folder");
        const double diff =
            largestWeightDifference(one + "/model/model.safetensors", two + "/model/model.safetensors");
        qInfo("largest weight difference, 2 ranks vs 1 process: %g", diff);
        QVERIFY2(diff <= 1e-5, qPrintable(QString::number(diff)));
        const QJsonArray h1 = single.json.value("history").toArray(),
                         h2 = pair.json.value("history").toArray();
        QCOMPARE(h2.size(), 2);
        for (int e = 0; e < 2; ++e)
            QVERIFY(std::abs(h1[e].toObject().value("train_loss").toDouble() -
                             h2[e].toObject().value("train_loss").toDouble()) < 1e-5);
        for (const char* split : {"val", "test"})
            QCOMPARE(pair.json.value(split).toObject().value("macro_f1").toDouble(),
                     single.json.value(split).toObject().value("macro_f1").toDouble());
        // Rank 0 alone stored the run.
        auto store = ProjectStore::open(project_);
        int stored = 0;
        for (const RunRecord& run : RunStore(*store).runs())
            stored += run.runDir == QFileInfo(two).absoluteFilePath();
        QCOMPARE(stored, 1);
    }

    // Frozen encoders with two ranks: rank 0 computes the feature cache while rank 1 waits for it, then both
    // read it; the result equals one process's (which read the same cache).
    void twoRanksTrainFromRankZerosFeatureCache() {
        QJsonObject config = perMemeConfig(6);
        config["freeze_text_layers"] = 1; // the micro encoders' only layer: frozen whole
        config["freeze_image_layers"] = 1;
        const QString one = dir_.filePath("runs/dp-frozen-one"), two = dir_.filePath("runs/dp-frozen-two");
        QDir(featureCacheFolder(project_)).removeRecursively();
        const CliRun single =
            cli({"train", "--project", project_, "--out", one, "--config", compact(config), "--json"});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        QDir(featureCacheFolder(project_)).removeRecursively(); // the pair builds it again, on rank 0
        config["batch_size"] = 3;
        const CliRun pair = cli({"train", "--project", project_, "--out", two, "--config", compact(config),
                                 "--nproc", "2", "--json"});
        QVERIFY2(pair.exitCode == 0, qPrintable(pair.err));
        QCOMPARE(pair.json.value("feature_cache").toObject().value("computed").toInt(), 88);
        QFile log(two + "/logs/rank-1.log");
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString rank1 = QString::fromUtf8(log.readAll());
        QVERIFY2(rank1.contains("frozen encoder features: 0 of 88 memes computed"), qPrintable(rank1));
        const double diff =
            largestWeightDifference(one + "/model/model.safetensors", two + "/model/model.safetensors");
        QVERIFY2(diff <= 1e-5, qPrintable(QString::number(diff)));
        for (const char* split : {"val", "test"})
            QCOMPARE(pair.json.value(split).toObject().value("macro_f1").toDouble(),
                     single.json.value(split).toObject().value("macro_f1").toDouble());
        QDir(featureCacheFolder(project_)).removeRecursively();
    }

    void twoRanksAccumulateGradientsAsOneProcess() {
        // Two micro-batches per step: each rank's gradients are summed across ranks once per step, so every
        // micro-batch counts once, as in one process.
        const QString one = dir_.filePath("runs/dp-acc-one"), two = dir_.filePath("runs/dp-acc-two");
        const CliRun single = cli({"train", "--project", project_, "--out", one, "--config",
                                   compact(perMemeConfig(6, 2)), "--json"});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        const CliRun pair = cli({"train", "--project", project_, "--out", two, "--config",
                                 compact(perMemeConfig(3, 2)), "--nproc", "2", "--json"});
        QVERIFY2(pair.exitCode == 0, qPrintable(pair.err));
        QString where;
        const double diff = largestWeightDifference(one + "/model/model.safetensors",
                                                    two + "/model/model.safetensors", &where);
        QVERIFY2(diff <= 1e-5, qPrintable(QStringLiteral("%1 at %2").arg(diff).arg(where)));
    }

    void aDeadRankEndsTheOtherWithItsRankNamed() {
        // Two ranks started by hand (as torchrun would); rank 1 dies by SIGKILL mid-epoch. Rank 0 must stop
        // with an error, not hang.
        const int port = freeLoopbackPort(); // ranks started by hand
        auto rankEnv = [&](int rank) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("RANK", QString::number(rank));
            env.insert("LOCAL_RANK", QString::number(rank));
            env.insert("WORLD_SIZE", "2");
            env.insert("MASTER_ADDR", "127.0.0.1");
            env.insert("MASTER_PORT", QString::number(port));
            if (rank == 1) env.insert("MEMESCOPE_TEST_KILL_AFTER_BATCHES", "4");
            return env;
        };
        const QStringList args = {"train",
                                  "--project",
                                  project_,
                                  "--out",
                                  dir_.filePath("runs/dp-dead"),
                                  "--config",
                                  compact(perMemeConfig(3)),
                                  "--rank-timeout",
                                  "30"};
        QProcess rank0, rank1;
        rank0.setProcessEnvironment(rankEnv(0));
        rank1.setProcessEnvironment(rankEnv(1));
        rank0.start(MEMESCOPE_CLI_PATH, args);
        rank1.start(MEMESCOPE_CLI_PATH, args);
        QVERIFY(rank1.waitForFinished(120000));
        QCOMPARE(rank1.exitStatus(), QProcess::CrashExit); // killed itself
        QVERIFY2(rank0.waitForFinished(90000), "rank 0 still runs 90 s after rank 1 died");
        const QString err = QString::fromUtf8(rank0.readAllStandardError());
        QCOMPARE(rank0.exitCode(), 1);
        QVERIFY2(err.contains("rank 0:") && err.contains("another rank died"), qPrintable(err));
    }

    void aKilledTwoRankRunResumesToTheUninterruptedResult() {
        // Both ranks SIGKILLed in the second epoch (the launcher names them); --resume finishes the run with
        // the weights of the uninterrupted two-rank run.
        const QString dir = dir_.filePath("runs/dp-killed");
        const QStringList args = {
            "train",   "--project", project_, "--out", dir, "--config", compact(perMemeConfig(3)),
            "--nproc", "2",         "--json"};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("MEMESCOPE_TEST_KILL_AFTER_BATCHES", "13");
        const CliRun killed = cli(args, env);
        QVERIFY(killed.exitCode != 0);
        QVERIFY2(killed.err.contains("rank 1 was killed") || killed.err.contains("rank 0 was killed"),
                 qPrintable(killed.err));
        const CliRun resumed = cli(args + QStringList{"--resume"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const double diff = largestWeightDifference(dir_.filePath("runs/dp-two/model/model.safetensors"),
                                                    dir + "/model/model.safetensors");
        QVERIFY2(diff <= 1e-6, qPrintable(QString::number(diff)));
    }

    void rankZeroInThisProcessTrainsAsTheLauncher() {
        // The GUI's way: rank 0 is the caller (its job sees every epoch and the progress of the whole job),
        // rank 1 a memescope-cli child. Same run as `--nproc 2`, so the same weights.
        auto store = ProjectStore::open(project_);
        TrainingRequest r;
        r.runDir = dir_.filePath("runs/dp-here");
        r.config = modelConfigFromJson(perMemeConfig(3));
        r.localRanks = 2;
        int epochs = 0;
        qint64 batches = 0;
        JobContext::Listener listener;
        listener.record = [&](const QVariant&) { ++epochs; };
        listener.progress = [&](const JobProgress& p) {
            const auto t = p.detail.value<TrainingProgress>();
            if (t.phase == TrainingPhase::Training) batches = t.batches;
        };
        const TrainingResult res = trainOnLocalRanks(*store, r, MEMESCOPE_CLI_PATH, JobContext(listener));
        QCOMPARE(epochs, 2);
        QVERIFY(batches > 0);
        QVERIFY(res.runId > 0);
        QVERIFY2(QFile::exists(r.runDir + "/logs/rank-1.log"),
                 "the worker's output is kept in the run folder");
        const double diff = largestWeightDifference(dir_.filePath("runs/dp-two/model/model.safetensors"),
                                                    r.runDir + "/model/model.safetensors");
        qInfo("largest weight difference, rank 0 here vs the launcher's ranks: %g", diff);
        QVERIFY2(diff <= 1e-5, qPrintable(QString::number(diff)));
    }

    void aWorkerRankThatDiesEndsTheJobWithItsRankNamed() {
        auto store = ProjectStore::open(project_);
        TrainingRequest r;
        r.runDir = dir_.filePath("runs/dp-here-dead");
        r.config = modelConfigFromJson(perMemeConfig(3));
        r.localRanks = 2;
        r.parallel.timeoutSeconds = 30;
        qputenv("MEMESCOPE_TEST_KILL_AFTER_BATCHES", "3"); // read by the worker (memescope-cli) only
        QString error;
        try {
            trainOnLocalRanks(*store, r, MEMESCOPE_CLI_PATH);
        } catch (const EngineError& e) {
            error = e.message();
        }
        qunsetenv("MEMESCOPE_TEST_KILL_AFTER_BATCHES");
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains("another rank died") && error.contains("rank 1 was killed"),
                 qPrintable(error));
        // A missing worker program is named before anything starts.
        r.runDir = dir_.filePath("runs/dp-no-worker");
        try {
            trainOnLocalRanks(*store, r, dir_.filePath("no-such-cli"));
            QFAIL("trained without its worker program");
        } catch (const EngineError& e) {
            QVERIFY2(e.message().contains("no-such-cli"), qPrintable(e.message()));
        }
    }

    // Frozen encoders: the first run computes every meme's features into the project's cache, a second run
    // computes none, both score as a run that ran the frozen encoders every epoch; the CLI lists the cache
    // and deletes it.
    void frozenEncodersTrainFromTheFeatureCache() {
        auto store = ProjectStore::open(project_);
        const QString cacheFolder = featureCacheFolder(project_);
        QDir(cacheFolder).removeRecursively();
        ml::ModelConfig c = microModel();
        c.freezeTextLayers = c.roberta.numLayers;
        c.freezeImageLayers = c.clip.numLayers;
        auto train = [&](const QString& name, bool cache) {
            TrainingRequest r;
            r.runDir = dir_.filePath("runs/" + name);
            r.config = c;
            r.featureCache = cache;
            int caching = 0;
            JobContext::Listener listener;
            listener.progress = [&](const JobProgress& p) {
                caching += p.detail.value<TrainingProgress>().phase == TrainingPhase::CachingFeatures;
            };
            const TrainingResult res = trainRun(*store, r, JobContext(listener));
            return std::make_pair(res, caching);
        };
        const auto [plain, plainCaching] = train("frozen-plain", false);
        QVERIFY(plain.featureCache.isEmpty());
        QCOMPARE(plainCaching, 0);
        QVERIFY(!QDir(cacheFolder).exists());
        const auto [first, firstCaching] = train("frozen-first", true);
        const int memes = 64 + 24;
        QCOMPARE(first.featureCache.value("memes").toInt(), memes);
        QCOMPARE(first.featureCache.value("computed").toInt(), memes);
        QVERIFY(firstCaching > 0);
        QCOMPARE(first.featureCache.value("folders").toArray().size(), 2); // text and image
        const auto [second, secondCaching] = train("frozen-second", true);
        QCOMPARE(second.featureCache.value("computed").toInt(), 0);
        // The same features (half floats) as the frozen encoders compute every epoch.
        QVERIFY2(std::abs(first.test.macroF1 - plain.test.macroF1) <= 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(first.test.macroF1).arg(plain.test.macroF1)));
        QCOMPARE(second.test.macroF1, first.test.macroF1);
        const QJsonArray h1 = plain.history, h2 = first.history;
        QCOMPARE(h2.size(), h1.size());
        for (int i = 0; i < h1.size(); ++i)
            QVERIFY2(std::abs(h1[i].toObject().value("train_loss").toDouble() -
                              h2[i].toObject().value("train_loss").toDouble()) < 5e-3,
                     qPrintable(compact(h1[i].toObject()) + " vs " + compact(h2[i].toObject())));

        const CliRun listed = cli({"cache", "--project", project_, "--json"});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray caches = listed.json.value("caches").toArray();
        QCOMPARE(caches.size(), 2);
        for (const QJsonValue& v : caches) // memes of the same text share the text side's entry
            QCOMPARE(v.toObject().value("memes").toInt(),
                     v.toObject().value("encoder") == "text" ? 30 : memes);
        QVERIFY(listed.json.value("bytes").toDouble() > 0);
        const CliRun cleared = cli({"cache", "--project", project_, "--clear", "--json"});
        QCOMPARE(cleared.exitCode, 0);
        QCOMPARE(cleared.json.value("deleted_bytes").toDouble(), listed.json.value("bytes").toDouble());
        QCOMPARE(cleared.json.value("caches").toArray().size(), 0);
        QVERIFY(!QDir(cacheFolder).exists());

        // An ablation's variants that share the frozen encoders count the cache's build once, at the rate
        // measured above; variants that freeze nothing count none.
        AblationSpec spec;
        spec.name = "frozen";
        spec.base = modelConfigToJson(c);
        spec.seeds = 1;
        spec.variants = {{"full", QJsonObject{}}};
        const AblationEstimate one = estimateAblation(*store, spec);
        const double rate =
            first.featureCache.value("computed").toDouble() / first.featureCache.value("seconds").toDouble();
        QVERIFY2(std::abs(one.cacheBuildSeconds - SampleStore(*store).count() / rate) <
                     1e-6 * one.cacheBuildSeconds,
                 qPrintable(QString::number(one.cacheBuildSeconds)));
        spec.variants.append({"dense experts", QJsonObject{{"moe", "dense"}}});
        QCOMPARE(estimateAblation(*store, spec).cacheBuildSeconds, one.cacheBuildSeconds);
        spec.base = microConfig();
        QCOMPARE(estimateAblation(*store, spec).cacheBuildSeconds, 0.0);
    }

    // Epoch records cross into Qt typed, one spelling of their keys: a round trip keeps every field, a
    // record with only some keys reads with defaults, one without an epoch or with a wrong type is refused.
    void epochRecordsAreTypedAtTheBoundary() {
        ml::EpochRecord r;
        r.epoch = 3;
        r.trainLoss = 0.5;
        r.valLoss = 0.75;
        r.valMacroF1 = 0.625;
        r.valWeightedF1 = 0.7;
        r.best = true;
        const std::optional<ml::EpochRecord> back = epochRecordFromJson(epochRecordToJson(r));
        QVERIFY(back);
        QCOMPARE(back->epoch, 3);
        QCOMPARE(back->valLoss, 0.75);
        QCOMPARE(back->valMacroF1, 0.625);
        QVERIFY(back->best && back->hasValLoss());
        const std::optional<ml::EpochRecord> partial =
            epochRecordFromJson(QJsonObject{{"epoch", 2}, {"val_macro_f1", 0.4}});
        QVERIFY(partial && partial->epoch == 2 && partial->valMacroF1 == 0.4 && !partial->hasValLoss());
        // A diverged epoch (NaN written as null) is kept, its other figures shown.
        const std::optional<ml::EpochRecord> diverged = epochRecordFromJson(
            QJsonObject{{"epoch", 4}, {"train_loss", QJsonValue()}, {"val_macro_f1", 0.3}});
        QVERIFY(diverged && std::isnan(diverged->trainLoss) && diverged->valMacroF1 == 0.3);
        QVERIFY(!epochRecordFromJson(QJsonObject{{"val_macro_f1", 0.4}}));
        QVERIFY(!epochRecordFromJson(QJsonObject{{"epoch", 2}, {"val_macro_f1", "high"}}));
    }

    // The memory estimate by hand, on runs whose peaks are made up: only runs of the same network count
    // (another batch size does, another encoder or activation checkpointing does not); two batch sizes give
    // a line, one gives the tightest bound.
    void memoryEstimateByHand() {
        auto run = [](const QJsonObject& config, double peakGb) {
            RunRecord r;
            r.config = config;
            r.summary = QJsonObject{{"peak_memory_bytes", peakGb * double(1LL << 30)}};
            return r;
        };
        auto gb = [](int64_t bytes) { return double(bytes) / double(1LL << 30); };
        ml::ModelConfig asked = ml::ModelConfig::tiny();
        asked.batchSize = 32;
        QVERIFY(!estimateTrainingMemory(asked, {}).has_value());
        const QJsonObject b8{{"preset", "tiny"}, {"batch_size", 8}},
            b16{{"preset", "tiny"}, {"batch_size", 16}};
        const QJsonObject otherNet{{"preset", "tiny"}, {"batch_size", 16}, {"image_encoder", "off"}};
        const QJsonObject recomputed{
            {"preset", "tiny"}, {"batch_size", 16}, {"activation_checkpointing", true}};
        // One run at batch 16 (2 GB): batch 32 at most twice that; batch 8 at most the same 2 GB.
        std::optional<MemoryEstimate> e = estimateTrainingMemory(asked, {run(b16, 2), run(otherNet, 50)});
        QVERIFY(e && e->upperBound);
        QCOMPARE(e->runsMeasured, 1);
        QCOMPARE(gb(e->bytes), 4.0);
        asked.batchSize = 8;
        QCOMPARE(gb(estimateTrainingMemory(asked, {run(b16, 2)})->bytes), 2.0);
        // Batches 8 and 16 at 1.5 and 2 GB: 1 GB fixed plus 1/16 GB a meme, so batch 32 takes 3 GB.
        asked.batchSize = 32;
        e = estimateTrainingMemory(asked, {run(b8, 1.5), run(b16, 2), run(recomputed, 0.5)});
        QVERIFY(e && !e->upperBound);
        QCOMPARE(e->runsMeasured, 2);
        QCOMPARE(gb(e->bytes), 3.0);
        // The dialog's advice: information when it fits, a warning naming the remedies when it does not.
        const MemoryAdvice fits = trainingMemoryAdvice(asked, {run(b8, 1.5), run(b16, 2)}, 16LL << 30);
        QVERIFY(!fits.warning && fits.text.contains("3.0 GB") && fits.text.contains("16.0 GB"));
        const MemoryAdvice tooMuch = trainingMemoryAdvice(asked, {run(b8, 1.5), run(b16, 2)}, 3LL << 30);
        QVERIFY2(tooMuch.warning && tooMuch.text.contains("batch size"), qPrintable(tooMuch.text));
        QVERIFY(trainingMemoryAdvice(asked, {}, 16LL << 30).text.isEmpty());
        QVERIFY(physicalMemoryBytes() > 0);
    }

    // The estimate by hand, on runs whose times are made up: a variant measured here takes its median epoch,
    // one never trained is priced by the line through the measured models, every run adds the median time
    // measured outside its epochs, and the baseline its median run.
    void ablationEstimateByHand() {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath("estimate.memescope"));
        RunStore runs(*store);
        auto finished = [&](const QJsonObject& config, const QVector<double>& epochs, double outside) {
            const qint64 id = runs.createRun("r", dir.filePath("r"), config);
            double total = outside;
            for (int e = 0; e < epochs.size(); ++e) {
                runs.putEpoch(id, e + 1, QJsonObject{{"epoch", e + 1}, {"seconds", epochs[e]}});
                total += epochs[e];
            }
            runs.setSummary(id, QJsonObject{{"seconds", total}}, {});
            runs.setStatus(id, RunStatus::Finished);
        };
        const QJsonObject full{{"preset", "tiny"}}, textOnly{{"preset", "tiny"}, {"image_encoder", "off"}};
        finished(full, {10, 14, 12}, 5);
        finished(QJsonObject{{"preset", "tiny"}, {"learning_rate", 0.01}}, {13}, 7); // same cost, other rate
        finished(textOnly, {2, 2}, 4);
        finished(QJsonObject{{"preset", "tiny"}, {"model", "tfidf_lr"}}, {}, 3);
        const QByteArray specJson =
            QJsonDocument(
                QJsonObject{{"name", "s"},
                            {"base", QJsonObject{{"preset", "tiny"}}},
                            {"seeds", 2},
                            {"epochs", 3},
                            {"configs", QJsonArray{QJsonObject{{"name", "full"}},
                                                   QJsonObject{{"name", "text"}, {"image_encoder", "off"}},
                                                   QJsonObject{{"name", "concat"}, {"fusion", "concat"}},
                                                   QJsonObject{{"name", "b"}, {"model", "tfidf_lr"}}}}})
                .toJson();
        const AblationEstimate e = estimateAblation(*store, AblationSpec::fromJson(specJson, "s.json"));
        QCOMPARE(e.runs, 8);
        QCOMPARE(e.neuralVariants, 3);
        QCOMPARE(e.neuralEpochs, 18);
        QCOMPARE(e.variantsMeasured, 2);
        QCOMPARE(e.measuredEpochs, 6);
        QCOMPARE(e.secondsPerRun, 5.0);    // the median of 5, 7 and 4
        QCOMPARE(e.secondsPerEpoch, 13.0); // the full model's median epoch: 10, 12, 13, 14 -> 13
        ml::ModelConfig concat = ml::ModelConfig::tiny(), text = concat;
        concat.fusion = ml::FusionKind::Concat;
        text.imageEncoder = ml::ImageEncoderKind::Off;
        const EpochCostFit line = fitEpochCost({{ml::trainingFlopsPerSample(ml::ModelConfig::tiny()), 13.0},
                                                {ml::trainingFlopsPerSample(text), 2.0}});
        const double expected = 6 * 13.0 + 6 * 2.0 + 6 * line.secondsFor(ml::trainingFlopsPerSample(concat)) +
                                3 * 2 * 5.0 + 2 * 3.0;
        QVERIFY2(std::abs(e.seconds() - expected) < 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2").arg(e.seconds()).arg(expected)));
        QVERIFY(!e.upperBound);
    }

    // The epoch-cost line the estimate scales untried variants by: fixed part + seconds per operation.
    void epochCostFitByHand() {
        const EpochCostFit line = fitEpochCost({{1, 3}, {2, 5}, {3, 7}});
        QVERIFY(std::abs(line.fixedSeconds - 1) < 1e-12 && std::abs(line.secondsPerFlop - 2) < 1e-12);
        QVERIFY(std::abs(line.secondsFor(10) - 21) < 1e-12);
        const EpochCostFit one = fitEpochCost({{2, 4}}); // one model measured: proportional
        QVERIFY(one.fixedSeconds == 0 && std::abs(one.secondsPerFlop - 2) < 1e-12);
        const EpochCostFit noisy = fitEpochCost({{1, 5}, {3, 4}}); // dearer model measured faster: no line
        QVERIFY(noisy.fixedSeconds == 0 && std::abs(noisy.secondsPerFlop - 4.5 / 2) < 1e-12);
        QVERIFY(!fitEpochCost({}).known());
        // The arithmetic the line is fed: the image encoder and the token fusion are what cost.
        ml::ModelConfig full = ml::ModelConfig::tiny(), textOnly = full, concat = full, frozen = full;
        textOnly.imageEncoder = ml::ImageEncoderKind::Off;
        concat.fusion = ml::FusionKind::Concat;
        frozen.freezeImageLayers = frozen.clip.numLayers;
        QVERIFY(ml::trainingFlopsPerSample(textOnly) < ml::trainingFlopsPerSample(concat));
        QVERIFY(ml::trainingFlopsPerSample(concat) < ml::trainingFlopsPerSample(full));
        QVERIFY(ml::trainingFlopsPerSample(frozen) < ml::trainingFlopsPerSample(full));
        ml::ModelConfig baseline = full;
        baseline.model = ml::ModelKind::TfidfLr;
        QCOMPARE(ml::trainingFlopsPerSample(baseline), 0.0);
    }

    void ablationRunsTheQueueAndAggregates() {
        auto store = ProjectStore::open(project_);
        QJsonObject base = microConfig();
        base["epochs"] = 1;
        const QByteArray specJson =
            QJsonDocument(
                QJsonObject{
                    {"name", "mini"},
                    {"base", base},
                    {"seeds", 2},
                    {"configs", QJsonArray{QJsonObject{{"name", "full"}},
                                           QJsonObject{{"name", "text-only"}, {"image_encoder", "off"}},
                                           QJsonObject{{"name", "baseline"}, {"model", "tfidf_lr"}}}}})
                .toJson();
        const AblationSpec spec = AblationSpec::fromJson(specJson, "mini.json");
        QCOMPARE(spec.variants.size(), 3);
        int finished = 0;
        JobContext::Listener listener;
        listener.record = [&](const QVariant& row) { finished += row.canConvert<AblationRow>(); };
        const AblationResult res = runAblation(*store, spec, dir_.filePath("ablation"), JobContext(listener));
        QCOMPARE(finished, 6);
        QCOMPARE(res.table.size(), 3);
        QCOMPARE(res.table[1].variant, QString("text-only"));
        QCOMPARE(res.table[1].runs, 2);
        const QString md = QString::fromUtf8([&] {
            QFile f(res.markdownPath);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        QVERIFY(md.contains("| text-only | 2 |"));
        // Each variant's seed-averaged predictions with an interval, tested against the first (Holm).
        for (const AblationAggregate& a : res.table)
            QVERIFY2(a.significanceKnown, qPrintable(a.variant));
        QVERIFY(res.table[0].reference && !res.table[1].reference);
        for (int v = 1; v < 3; ++v)
            QVERIFY(res.table[v].pValue > 0 && res.table[v].pValue <= 1 &&
                    res.table[v].pHolm >= res.table[v].pValue);
        // The baseline's two seeds predict alike: its seed-averaged macro-F1 is each run's.
        QVERIFY(std::abs(res.table[2].averagedMacroF1 - res.table[2].testMacroF1) < 1e-6);
        QVERIFY(md.contains("reference") && md.contains("Holm"));
        // The network alone beside each neural variant's figure (the blend's TF-IDF part left out); the
        // baseline has none. Rows survive their JSON form (the dialog reads stored studies back).
        QVERIFY(md.contains("network alone (test macro-F1)"));
        for (const AblationRow& row : res.rows) {
            if (row.variant == "baseline") {
                QCOMPARE(row.networkAloneTestMacroF1, -1.0);
                continue;
            }
            QVERIFY(row.networkAloneTestMacroF1 >= 0 && row.networkAloneTestMacroF1 <= 1);
            if (!row.blended) QCOMPARE(row.networkAloneTestMacroF1, row.testMacroF1);
            const AblationRow back = AblationRow::fromJson(row.toJson());
            QVERIFY(back.networkAloneTestMacroF1 == row.networkAloneTestMacroF1 &&
                    back.blended == row.blended && back.runId == row.runId &&
                    back.testMacroF1 == row.testMacroF1);
        }
        QVERIFY(res.table[0].networkAloneKnown && !res.table[2].networkAloneKnown);
        QCOMPARE(RunStore(*store).ablationResults(res.ablationId).value("table").toArray().size(), 3);
        // Run again: every run is reused, nothing retrained, same table.
        const AblationResult again = runAblation(*store, spec, dir_.filePath("ablation"));
        QCOMPARE(again.table[0].testMacroF1, res.table[0].testMacroF1);
        // The estimate of the next study: 4 neural runs of 1 epoch (the baseline trains in seconds). Both
        // neural variants trained here, so each takes its own measured epoch (the one without the image
        // encoder the cheaper), and each run the time measured outside its epochs.
        const AblationEstimate estimate = estimateAblation(*store, spec);
        QCOMPARE(estimate.runs, 6);
        QCOMPARE(estimate.neuralEpochs, 4);
        QVERIFY(estimate.known() && estimate.measuredEpochs >= 4);
        QCOMPARE(estimate.neuralVariants, 2);
        QCOMPARE(estimate.variantsMeasured, 2);
        QVERIFY(estimate.secondsPerRun > 0);
        // A variant never trained here is scaled by its arithmetic: without the fusion's cross-attention
        // (concatenation) it costs less than the full model, more than the text-only one.
        QJsonObject concat = spec.toJson();
        concat["configs"] = QJsonArray{QJsonObject{{"name", "concat"}, {"fusion", "concat"}}};
        const AblationEstimate scaled =
            estimateAblation(*store, AblationSpec::fromJson(QJsonDocument(concat).toJson(), "concat.json"));
        QCOMPARE(scaled.variantsMeasured, 0);
        QVERIFY(scaled.known() && scaled.secondsPerEpoch > 0);
        // The baseline's report speaks of what it is: no encoders, fusion, curves or heatmaps.
        qint64 baseline = 0;
        for (const AblationRow& row : res.rows)
            if (row.variant == "baseline") baseline = row.runId;
        QVERIFY(baseline > 0);
        store.reset(); // the CLI (a GUI-less QGuiApplication draws the charts) takes the project
        const CliRun report = cli({"report", "--project", project_, "--run", QString::number(baseline),
                                   "--out", dir_.filePath("baseline.html")});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile f(dir_.filePath("baseline.html"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString html = QString::fromUtf8(f.readAll());
        html.remove(
            QRegularExpression("data:image/png;base64,[A-Za-z0-9+/=]+")); // the words, not the pictures
        QVERIFY(html.contains("TF-IDF + logistic regression"));
        for (const char* absent :
             {"CLIP", "Fusion", "Contrastive", "Mixture of experts", "heatmap", "epoch", "Epoch"}) {
            const qsizetype at = html.indexOf(absent); // case matters: "Confusion" is fine
            QVERIFY2(at < 0, qPrintable(QStringLiteral("%1 in: %2")
                                            .arg(absent, html.mid(std::max<qsizetype>(0, at - 300), 400))));
        }
    }

    void ablationAggregationByHand() {
        const QVector<AblationRow> rows = {{"a", 1, 0, 0.5, 0.6, 0.7, 0.8, 1},
                                           {"b", 1, 0, 0.1, 0.2, 0.2, 0.2, 1},
                                           {"a", 2, 0, 0.7, 0.8, 0.9, 0.6, 1}};
        const QVector<AblationAggregate> t = aggregateAblation(rows);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].variant, QString("a"));
        QCOMPARE(t[0].runs, 2);
        QVERIFY(std::abs(t[0].testMacroF1 - 0.7) < 1e-12);
        QVERIFY(std::abs(t[0].testMacroF1Std - std::sqrt(0.02)) < 1e-12); // sample std of 0.6, 0.8
        QVERIFY(std::abs(t[0].valMacroF1 - 0.6) < 1e-12);
        QCOMPARE(t[1].testMacroF1Std, 0.0);
        QVERIFY(ablationCsv(t).contains("a,2,0.700000,0.141421"));
        QVERIFY(ablationMarkdown(t).contains("| a | 2 | 0.700 ± 0.141 |"));
        // A table row is stored and read back whole (the report and the dialog read it typed).
        AblationAggregate tested = t[0];
        tested.significanceKnown = tested.intervalShown = tested.networkAloneKnown = tested.blended = true;
        tested.averagedMacroF1 = 0.71, tested.averagedLow = 0.6, tested.averagedHigh = 0.8;
        tested.pValue = 0.02, tested.pHolm = 0.04, tested.survives = true, tested.networkAloneMacroF1 = 0.55;
        const AblationAggregate back = AblationAggregate::fromJson(tested.toJson());
        QCOMPARE(back.variant, tested.variant);
        QCOMPARE(back.runs, 2);
        QCOMPARE(back.testMacroF1Std, tested.testMacroF1Std);
        QVERIFY(back.significanceKnown && back.intervalShown && back.survives && back.blended);
        QCOMPARE(back.averagedHigh, 0.8);
        QCOMPARE(back.pHolm, 0.04);
        QCOMPARE(back.networkAloneMacroF1, 0.55);
        const AblationAggregate older = AblationAggregate::fromJson(t[1].toJson()); // stored before tests
        QVERIFY(!older.significanceKnown && !older.networkAloneKnown);
        QVERIFY_THROWS_EXCEPTION(EngineError, AblationSpec::fromJson("[{\"name\": 1", "broken.json"));
        try {
            AblationSpec::fromJson("{\"configs\": []}", "empty.json");
            QFAIL("no error");
        } catch (const EngineError& e) {
            QVERIFY(e.message().contains("empty.json"));
        }
    }

    void evaluationFollowsScikitLearnConventions() {
        // Single-label: y_true [0, 1, 2, 2], y_pred [0, 2, 2, 2] over 4 labels (label 3 never occurs).
        const LabelSchema single(TaskKind::SingleLabel, {"a", "b", "c", "d"});
        auto onehot = [](int k) {
            QVector<float> p(4, 0.1f);
            p[k] = 0.7f;
            return p;
        };
        const SplitEvaluation s = evaluateProbabilities("test", {onehot(0), onehot(2), onehot(2), onehot(2)},
                                                        {{0}, {1}, {2}, {2}}, single);
        // F1: a 1, b 0, c 0.8; macro over present labels {a, b, c} = 0.6; weighted (1*1 + 1*0 + 2*0.8) / 4 =
        // 0.65.
        QVERIFY(std::abs(s.macroF1 - 0.6) < 1e-9);
        QVERIFY(std::abs(s.weightedF1 - 0.65) < 1e-9);
        QCOMPARE(s.accuracy, 0.75);
        QCOMPARE(s.perClass.size(), 4);
        QCOMPARE(s.perClass[3].support, qint64(0));
        QCOMPARE(s.confusion[1][2], qint64(1));
        // Multi-label with per-label thresholds: label 1 needs p > 0.8.
        const LabelSchema multi(TaskKind::MultiLabel, {"x", "y"});
        const SplitEvaluation m =
            evaluateProbabilities("val", {{0.9f, 0.7f}, {0.2f, 0.9f}}, {{0, 1}, {1}}, multi, {0.5f, 0.8f});
        // Predicted rows: [1, 0], [0, 1]; truth [1, 1], [0, 1]: x F1 1, y F1 2/3; exact match 1/2.
        QVERIFY(std::abs(m.macroF1 - (1.0 + 2.0 / 3.0) / 2) < 1e-9);
        QCOMPARE(m.accuracy, 0.5);
        QCOMPARE(m.perLabelConfusion.size(), 2);
        QCOMPARE(m.perLabelConfusion[1][1][0], qint64(1)); // y: one false negative
        QCOMPARE(m.confusion[0][0], qint64(1));            // true x, predicted x
        QCOMPARE(m.confusion[1][0], qint64(1));            // true y co-occurs with predicted x once
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
