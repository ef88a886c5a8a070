#include "RunTraining.h"

#include "EpochRecords.h"
#include "FeatureCaching.h"
#include "core/ml/train/FeatureCache.h"
#include "core/util/PeakMemory.h"

#include "BaselineFitting.h"
#include "ModelConfigJson.h"
#include "ModelSession.h"
#include "TorchBridge.h"
#include "TrainingData.h"
#include "WideAndDeep.h"
#include "core/baseline/TfidfLogisticRegression.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "core/ml/DeviceInfo.h"
#include "core/ml/io/Safetensors.h"
#include "core/ml/model/PretrainedEncoders.h"
#include "core/ml/text/BpeTrainer.h"
#include "core/ml/train/DataParallel.h"
#include "core/ml/train/Trainer.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <optional>

namespace memescope {
using bridge::flat;
using bridge::guarded;
using bridge::toQt;

namespace {

void writeJsonFile(const QString& path, const QJsonObject& o) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        throw EngineError(path + ": cannot write: " + f.errorString());
}

QJsonObject readJsonFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw EngineError(path + ": cannot read: " + f.errorString());
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !d.isObject())
        throw EngineError(path + ": malformed JSON: " + err.errorString());
    return d.object();
}

torch::Device pickDevice(const QString& wanted) {
    try {
        return torch::Device(ml::resolveDevice(wanted.toStdString()));
    } catch (const std::invalid_argument& e) {
        throw EngineError(QString::fromStdString(e.what()));
    }
}

QString describe(const torch::Device& d) {
    if (d.is_cpu()) { // the threads this run computes with (a rank gets its share of the cores)
        const int threads = torch::get_num_threads();
        return QStringLiteral("CPU, %1 thread%2").arg(threads).arg(threads == 1 ? "" : "s");
    }
    for (const ml::ComputeDevice& c : ml::availableDevices())
        if (c.id == "cuda:" + std::to_string(d.index())) return QString::fromStdString(c.description);
    return "CUDA";
}

// A part of `job` that can be cancelled but shows nothing: finding the leaked test memes (and hashing the
// images an older project lacks) is a step of scoring, not a job of its own; an undecodable image was named
// at import.
JobContext quietPart(const JobContext& job) {
    return job.part({[](const JobProgress&) {}, [](const QString&) {}, [](const QVariant&) {}});
}

// `leaked` given: the leak-free figures too (the memes that repeat a training or validation meme left out).
SplitEvaluation scoreSplit(const QString& name, const TrainingData& data, const std::vector<int64_t>& indices,
                           const QHash<int64_t, QVector<float>>& probabilities,
                           const QVector<float>& thresholds, const LeakedMemes* leaked = nullptr) {
    QVector<QVector<float>> probs;
    QVector<QVector<int>> truth;
    QVector<int64_t> rowIds;
    for (int64_t i : indices) {
        probs << probabilities.value(data.samples[i].rowId);
        truth << data.samples[i].labels;
        rowIds << data.samples[i].rowId;
    }
    SplitEvaluation e = evaluateProbabilities(name, probs, truth, data.schema, thresholds);
    if (leaked && !probs.isEmpty())
        e.leakFree = leakFreeFigures(probs, truth, rowIds, *leaked, data.schema, thresholds);
    return e;
}

// Per-label thresholds maximising each label's validation F1 (multi-label), 0.5 otherwise.
QVector<float> tunedThresholds(const TrainingData& data,
                               const QHash<int64_t, QVector<float>>& probabilities) {
    const int n = data.schema.size();
    if (data.val.empty()) return QVector<float>(n, 0.5f);
    torch::Tensor p = torch::zeros({int64_t(data.val.size()), n}),
                  y = torch::zeros({int64_t(data.val.size()), n});
    for (size_t k = 0; k < data.val.size(); ++k) {
        const TrainingSample& s = data.samples[data.val[k]];
        const QVector<float> row = probabilities.value(s.rowId);
        for (int j = 0; j < n && j < row.size(); ++j)
            p[int64_t(k)][j] = row[j];
        for (int l : s.labels)
            y[int64_t(k)][l] = 1.f;
    }
    const torch::Tensor t = ml::tuneThresholds(p, y);
    return QVector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
}

// How many memes' token attention maps a run stores (from the test split).
constexpr size_t kStoredAttentionMaps = 1000;

struct Predictions {
    QHash<int64_t, QVector<float>> probabilities;  // by sample row id
    QHash<QString, QHash<int64_t, RunBlob>> blobs; // kind -> sample -> blob
};

// What the run adds to the project (payload bytes; SQLite adds a few per row).
qint64 storedBytes(const Predictions& p) {
    qint64 bytes = 0;
    for (const QVector<float>& v : p.probabilities)
        bytes += qint64(v.size()) * 4;
    for (const auto& kind : p.blobs)
        for (const RunBlob& b : kind)
            bytes += qint64(b.data.size()) * (b.half ? 2 : 4);
    return bytes;
}

// A trained neural model ready for inference on project samples.
struct NeuralModel {
    ml::MultimodalModel model{nullptr};
    std::unique_ptr<ml::BpeTokenizer> tokenizer;
    std::unique_ptr<ImageCache> images;
    std::optional<WidePart> wide; // blended into every probability row predict() returns
    // Frozen encoders' cached features (training only), with each sample's image key.
    std::unique_ptr<ml::FeatureCache> features;
    std::vector<uint64_t> imageKeys;

    // Samples as the model reads them: from the feature cache where it is active.
    ml::SampleLoader loaderFor(const TrainingData& data) {
        if (!features || !features->active()) return decodingLoaderFor(data);
        return features->attach(lightLoaderFor(data), imageKeyOf());
    }

    // Text and labels only: no image decoded.
    static ml::SampleLoader lightLoaderFor(const TrainingData& data) {
        return [&data](int64_t i) {
            const TrainingSample& s = data.samples[i];
            ml::SampleInput in;
            in.text = s.text.toStdString();
            in.labels.assign(s.labels.begin(), s.labels.end());
            if (in.labels.empty()) in.labels = {0}; // unlabelled: a placeholder target, never scored
            return in;
        };
    }

    // Text, labels and the decoded, preprocessed image.
    ml::SampleLoader decodingLoaderFor(const TrainingData& data) {
        ImageCache* cache = images.get();
        if (!model->config().hasImage()) return lightLoaderFor(data);
        return [&data, cache, light = lightLoaderFor(data)](int64_t i) {
            ml::SampleInput in = light(i);
            in.pixels = cache->pixels(i, data.samples[i].imagePath);
            return in;
        };
    }

    // Sample i's image key in the feature cache (imageKeys is filled when the cache is set up).
    ml::FeatureCache::ImageKey imageKeyOf() const {
        const std::vector<uint64_t>* keys = &imageKeys;
        return [keys](int64_t i) { return (*keys)[size_t(i)]; };
    }

    // Probabilities of `indices`; with `embeddings` also the fused/text/image vectors, with `attention` the
    // text-to-image attention maps (token fusion only). Analysis blobs are stored as half floats.
    Predictions predict(const TrainingData& data, const std::vector<int64_t>& indices,
                        const torch::Device& device, bool embeddings, bool attention,
                        const std::function<bool()>& cancelled, int threads) {
        ml::InferenceOptions o;
        o.attention = attention && model->config().fusion == ml::FusionKind::Token;
        o.cancelled = cancelled;
        o.loaderThreads = threads;
        const ml::BatchBuilder builder(model->config(), tokenizer.get());
        const ml::ModelOutputs out = ml::runModel(model, builder, loaderFor(data), indices, device, o);
        Predictions p;
        if (!out.probabilities.defined()) return p;
        auto half = [](QVector<int64_t> shape, const torch::Tensor& t) {
            return RunBlob{shape, flat(t), true};
        };
        for (int64_t k = 0; k < out.probabilities.size(0); ++k) {
            const TrainingSample& sample = data.samples[indices[size_t(k)]];
            const int64_t row = sample.rowId;
            p.probabilities.insert(row, wide ? blendRow(flat(out.probabilities[k]), sample.text, *wide)
                                             : flat(out.probabilities[k]));
            if (embeddings) {
                p.blobs["embedding_fused"].insert(row, half({out.fused.size(1)}, out.fused[k]));
                if (out.text.defined())
                    p.blobs["embedding_text"].insert(row, half({out.text.size(1)}, out.text[k]));
                const bool hasImage = !data.samples[indices[size_t(k)]].imagePath.isEmpty();
                if (out.image.defined() && hasImage)
                    p.blobs["embedding_image"].insert(row, half({out.image.size(1)}, out.image[k]));
            }
            if (o.attention && size_t(k) < out.attention.size() && out.attention[size_t(k)].defined()) {
                const torch::Tensor& a = out.attention[size_t(k)];
                p.blobs["attention"].insert(row, half({a.size(0), a.size(1)}, a.flatten()));
            }
        }
        return p;
    }
};

NeuralModel loadNeural(const QString& modelDir) {
    NeuralModel n;
    n.model = ml::loadModelDirectory(modelDir.toStdString());
    const ml::ModelConfig& c = n.model->config();
    if (c.hasText() && c.textEncoder == ml::TextEncoderKind::Roberta) {
        const bool own =
            QFileInfo::exists(modelDir + "/vocab.json") || QFileInfo::exists(modelDir + "/tokenizer.json");
        const std::string dir =
            own ? modelDir.toStdString() : (!c.textCheckpoint.empty() ? c.textCheckpoint : c.tokenizerDir);
        n.tokenizer = std::make_unique<ml::BpeTokenizer>(ml::BpeTokenizer::fromDirectory(dir));
    }
    n.images = std::make_unique<ImageCache>(int(c.clip.imageSize));
    n.wide = loadWidePart(modelDir);
    return n;
}

Predictions predictBaseline(const baseline::TfidfLogisticRegression& lr, const TrainingData& data,
                            const std::vector<int64_t>& indices) {
    Predictions p;
    const auto probs = baselineProbabilities(lr, data, indices);
    for (size_t k = 0; k < indices.size(); ++k)
        p.probabilities.insert(data.samples[indices[k]].rowId,
                               QVector<float>(probs[k].begin(), probs[k].end()));
    return p;
}

QVector<float> floats(const std::vector<double>& v) {
    return QVector<float>(v.begin(), v.end());
}

// "balanced" positive weights of a multi-label loss: negatives / positives of each label in the train
// split (1 for a label without positives there).
torch::Tensor balancedPositiveWeight(const TrainingData& data) {
    const int K = data.schema.size();
    std::vector<float> positives(static_cast<size_t>(K), 0.f);
    for (int64_t i : data.train)
        for (int l : data.samples[i].labels)
            positives[size_t(l)] += 1.f;
    const float n = float(data.train.size());
    std::vector<float> w;
    for (float p : positives)
        w.push_back(p > 0 ? (n - p) / p : 1.f);
    return torch::tensor(w);
}

} // namespace

QJsonObject TrainingResult::toJson() const {
    QJsonObject o{{"run", runId},
                  {"run_dir", runDir},
                  {"device", device},
                  {"cancelled", cancelled},
                  {"best_epoch", bestEpoch},
                  {"seconds", seconds},
                  {"samples_per_second", samplesPerSecond},
                  {"peak_memory_bytes", double(peakMemoryBytes)},
                  {"data_wait_share", dataWaitShare},
                  {"val", val.toJson()},
                  {"test", test.toJson()},
                  {"split_scheme", splitScheme},
                  {"history", history}};
    QJsonArray th;
    for (float t : thresholds)
        th.append(double(t));
    o["thresholds"] = th;
    if (!baseline.isEmpty()) o["baseline"] = baseline;
    if (!wide.isEmpty()) o["wide"] = wide;
    if (!featureCache.isEmpty()) o["feature_cache"] = featureCache;
    return o;
}

QJsonObject trainingDevices() {
    QJsonObject o;
    for (const ml::ComputeDevice& d : ml::availableDevices())
        o[QString::fromStdString(d.id)] = QString::fromStdString(d.description);
    return o;
}

JobProgress TrainingProgress::toJobProgress() const {
    JobProgress p;
    const bool training = phase == TrainingPhase::Training;
    // The whole run's progress, the epoch inside it: a bar that restarts every epoch says nothing of the job.
    p.done = training && epoch > 0 ? qint64(epoch - 1) * batches + batch : batch;
    p.total = training && epochs > 0 ? qint64(epochs) * batches : batches;
    // Stage texts are shown in the GUI's Jobs panel, in the user's language (the CLI prints English).
    p.stage =
        training ? QCoreApplication::translate("memescope::Progress", "epoch %1 of %2").arg(epoch).arg(epochs)
        : phase == TrainingPhase::CachingFeatures
            ? QCoreApplication::translate("memescope::Progress", "computing frozen encoder features")
            : QCoreApplication::translate("memescope::Progress", "scoring every meme");
    p.etaSeconds = training ? etaSeconds : -1;
    p.detail = QVariant::fromValue(*this);
    return p;
}

namespace {

// One training run as it goes through its phases: set-up, fitting or training, finishing.
struct RunInProgress {
    ProjectStore& store;
    const TrainingRequest& request;
    const JobContext& job;
    LabelSchema schema;
    QDir runDir;
    ml::ModelConfig config; // as requested, then what was learned on the way (checkpoint sizes, tokenizer)
    RunStore runs;
    TrainingResult result;
    QString modelDir;
    QElapsedTimer clock;

    void say(const QString& message) const { job.message(message); }
    QString configPath() const { return runDir.filePath("config.json"); }
    void writeConfig() const {
        if (request.parallel.writes()) writeJsonFile(configPath(), modelConfigToJson(config));
    }
    void markCancelled() {
        if (request.parallel.writes()) runs.setStatus(result.runId, RunStatus::Cancelled);
        result.cancelled = true;
        result.seconds = double(clock.elapsed()) / 1000.0;
    }
};

// The task the caller expects (axiom: single-label, restore: multi-label) must be the project's.
void checkRequestedTask(const TrainingRequest& request, const LabelSchema& schema, const QString& project) {
    if (request.task.isEmpty()) return;
    if (request.task != "axiom" && request.task != "restore")
        throw EngineError(QStringLiteral("task '%1': expected axiom or restore").arg(request.task));
    if ((request.task == "restore") != schema.isMultiLabel())
        throw EngineError(QStringLiteral("task %1: the project %2 is %3")
                              .arg(request.task, project,
                                   schema.isMultiLabel() ? "multi-label (restore)" : "single-label (axiom)"));
}

// The run's folder (absolute: the project records the model's folder and the GUI opens it from wherever it
// was started) and its configuration: the stored one when resuming, the checkpoints' sizes applied.
void setUp(RunInProgress& run) {
    run.runDir = QDir(QDir(run.request.runDir).absolutePath());
    if (!QDir().mkpath(run.runDir.path()))
        throw EngineError(run.request.runDir + ": cannot create the run folder");
    run.config = run.request.config;
    if (run.request.resume && QFileInfo::exists(run.configPath())) {
        // Resume with exactly the config the run started with.
        run.config = modelConfigFromJson(readJsonFile(run.configPath()));
        run.say("resuming with the configuration stored in " + run.configPath());
    }
    applyLabels(run.config, run.schema);
    if (run.config.model == ml::ModelKind::Neural) {
        // Before anything is written: a bad checkpoint folder fails here, naming the file.
        for (const std::string& line : ml::applyCheckpointSizes(run.config))
            run.say(QString::fromStdString(line));
        for (const std::string& line : ml::randomInitWarnings(run.config))
            run.say("warning: " + QString::fromStdString(line));
    }
}

void registerRun(RunInProgress& run) {
    run.result.runDir = run.runDir.absolutePath();
    run.modelDir = run.runDir.filePath("model");
    if (!run.request.parallel.writes()) return; // the other ranks leave the project to rank 0
    run.result.runId = run.request.resume ? run.runs.findByDir(run.result.runDir) : 0;
    if (run.result.runId == 0)
        run.result.runId =
            run.runs.createRun(run.request.name.isEmpty() ? run.runDir.dirName() : run.request.name,
                               run.result.runDir, modelConfigToJson(run.config), run.request.ablation);
    run.runs.setStatus(run.result.runId, RunStatus::Running);
}

Predictions fitBaselineRun(RunInProgress& run, const TrainingData& data) {
    run.writeConfig();
    run.result.device = "CPU (TF-IDF + logistic regression)";
    const FittedBaseline fitted = fitBaseline(data);
    for (const QString& note : fitted.notes)
        run.say(note);
    run.result.baseline = fitted.record;
    if (run.schema.isMultiLabel()) run.result.thresholds = floats(fitted.fit.thresholds);
    QDir().mkpath(run.modelDir);
    fitted.model.save(QDir(run.modelDir).filePath("baseline.model").toStdString());
    writeJsonFile(QDir(run.modelDir).filePath("config.json"), modelConfigToJson(run.config));
    run.result.bestEpoch = 1;
    return predictBaseline(fitted.model, data, data.split("all"));
}

// The text side of a neural model: a BPE vocabulary learned from the training texts when RoBERTa starts
// from scratch (kept in the run folder so a resumed run reads exactly the same tokens), the tokenizer
// checked against the checkpoint's embeddings. Returns the tokenizer folder ("" without RoBERTa).
std::string prepareTokenizer(RunInProgress& run, const TrainingData& data, NeuralModel& n) {
    ml::ModelConfig& config = run.config;
    std::string tokenizerDir = !config.textCheckpoint.empty() ? config.textCheckpoint : config.tokenizerDir;
    if (!config.hasText() || config.textEncoder != ml::TextEncoderKind::Roberta) return tokenizerDir;
    if (tokenizerDir.empty()) {
        const QString learned = run.runDir.filePath("tokenizer");
        if (!QFileInfo::exists(learned + "/vocab.json")) {
            QDir().mkpath(learned);
            const ml::BpeTrainingResult bpe = ml::BpeTrainer::train(
                data.utf8Texts(data.train), int(config.roberta.vocabSize), learned.toStdString());
            run.say(QStringLiteral("learned a %1-token BPE vocabulary from the training texts")
                        .arg(bpe.vocabSize));
        }
        tokenizerDir = learned.toStdString();
        config.tokenizerDir = tokenizerDir;
    }
    n.tokenizer = std::make_unique<ml::BpeTokenizer>(ml::BpeTokenizer::fromDirectory(tokenizerDir));
    if (!config.textCheckpoint.empty() && n.tokenizer->vocabSize() > config.roberta.vocabSize)
        throw EngineError(QStringLiteral("%1/vocab.json: %2 tokens, but the checkpoint's embeddings "
                                         "hold %3: the tokenizer belongs to another model")
                              .arg(QString::fromStdString(config.textCheckpoint))
                              .arg(n.tokenizer->vocabSize())
                              .arg(config.roberta.vocabSize));
    if (config.textCheckpoint.empty() && n.tokenizer->vocabSize() < config.roberta.vocabSize) {
        config.roberta.vocabSize = n.tokenizer->vocabSize(); // a small corpus yields fewer tokens
    }
    return tokenizerDir;
}

// Frozen encoder prefixes: their features of every meme are computed once into the project's feature cache
// (rank 0; the other ranks wait, then read it), and the model reads them from there. Nothing frozen, or the
// request turned it off: the encoders run every epoch. Returns false when cancelled.
bool prepareFeatureCache(RunInProgress& run, const TrainingData& data, NeuralModel& n,
                         const torch::Device& device, const std::string& tokenizerDir,
                         ml::DataParallelGroup* group) {
    if (!run.request.featureCache || (n.model->frozenTextLayers() <= 0 && n.model->frozenImageLayers() <= 0))
        return true;
    const bool builds = !group || group->isMain();
    // Rank 0 computes the features (hours for a large project on a CPU); the others wait for it, then read.
    constexpr int kFeatureBuildWaitSeconds = 7 * 24 * 3600;
    if (!builds) group->rankZeroFinished("features", kFeatureBuildWaitSeconds);
    const QString root = featureCacheFolder(run.store.path());
    ml::FeatureCache::BuildReport built;
    try {
        n.features = std::make_unique<ml::FeatureCache>(n.model, root.toStdString(), tokenizerDir);
        for (const std::string& p : n.features->problems())
            run.say("feature cache: " + QString::fromStdString(p));
        n.imageKeys = imageFeatureKeys(data);
        const std::vector<int64_t> all = data.split("all");
        built.memes = int64_t(all.size());
        if (builds) {
            const ml::BatchBuilder builder(n.model->config(), n.tokenizer.get());
            built = n.features->build(
                n.model, builder, n.decodingLoaderFor(data), NeuralModel::lightLoaderFor(data),
                n.imageKeyOf(), all, device, run.request.loaderThreads,
                [&](int64_t done, int64_t total) {
                    TrainingProgress q;
                    q.phase = TrainingPhase::CachingFeatures;
                    q.batch = done;
                    q.batches = total;
                    run.job.progress(q.toJobProgress());
                },
                run.job.cancellation());
        }
        if (group && builds) group->rankZeroFinished("features", kFeatureBuildWaitSeconds);
    } catch (const ml::FeatureCacheError& e) {
        throw EngineError(QString::fromStdString(e.what()));
    } catch (const std::filesystem::filesystem_error& e) {
        throw EngineError(QStringLiteral("%1: the feature cache could not be written (%2)")
                              .arg(root, QString::fromStdString(e.what())));
    }
    if (run.job.cancelled()) return false;
    QJsonArray folders;
    for (const std::string& f : {n.features->textFolder(), n.features->imageFolder()})
        if (!f.empty()) folders.append(QString::fromStdString(f));
    run.result.featureCache = QJsonObject{{"memes", double(built.memes)},
                                          {"computed", double(built.computed)},
                                          {"seconds", built.seconds},
                                          {"bytes", double(n.features->bytes())},
                                          {"folders", folders}};
    run.say(QStringLiteral("frozen encoder features: %1 of %2 memes computed in %3 s, the rest read from the "
                           "cache (%4 MB in %5)")
                .arg(built.computed)
                .arg(built.memes)
                .arg(built.seconds, 0, 'f', 1)
                .arg(double(n.features->bytes()) / 1e6, 0, 'f', 1)
                .arg(root));
    return true;
}

// The trainer's loop, its progress and epochs reported through the job; the history and throughput into the
// result. Returns the outcome (cancelled or with the best epoch's checkpoint).
ml::TrainOutcome runEpochs(RunInProgress& run, const TrainingData& data, NeuralModel& n,
                           const torch::Device& device, const std::string& tokenizerDir,
                           ml::DataParallelGroup* group) {
    ml::TrainerOptions options;
    options.checkpointDir = run.runDir.filePath("checkpoints").toStdString();
    options.tokenizerDir = tokenizerDir;
    options.resume = run.request.resume;
    options.loaderThreads = run.request.loaderThreads;
    options.killAfterBatches = run.request.killAfterBatches;
    options.group = group;
    ml::Trainer trainer(n.model, n.tokenizer.get(), n.loaderFor(data), data.train, data.val, device, options);
    ml::TrainCallbacks cb;
    cb.cancelled = run.job.cancellation();
    cb.progress = [&](const ml::TrainProgress& p) {
        TrainingProgress q;
        q.phase = TrainingPhase::Training;
        q.epoch = p.epoch;
        q.epochs = p.epochs;
        q.batch = p.batch;
        q.batches = p.batches;
        q.loss = p.loss;
        q.learningRate = p.learningRate;
        q.samplesPerSecond = p.samplesPerSecond;
        q.etaSeconds = p.etaSeconds;
        q.dataWaitShare = p.dataWaitShare;
        run.job.progress(q.toJobProgress());
    };
    cb.epochFinished = [&](const ml::EpochRecord& r) {
        if (run.request.parallel.writes()) run.runs.putEpoch(run.result.runId, r.epoch, epochRecordToJson(r));
        run.job.record(epochRecordToJson(r));
    };
    const ml::TrainOutcome outcome = trainer.run(cb);
    double trainSeconds = 0, samples = 0, wait = 0;
    for (const ml::EpochRecord& r : outcome.history) {
        run.result.history.append(epochRecordToJson(r));
        trainSeconds += r.seconds;
        samples += r.samplesPerSecond * r.seconds;
        wait += r.dataWaitShare * r.seconds;
    }
    if (outcome.resumedAfterEpoch > 0)
        run.say(QStringLiteral("resumed after epoch %1").arg(outcome.resumedAfterEpoch));
    run.result.samplesPerSecond = trainSeconds > 0 ? samples / trainSeconds : 0;
    run.result.dataWaitShare = trainSeconds > 0 ? wait / trainSeconds : 0;
    run.result.bestEpoch = outcome.bestEpoch;
    return outcome;
}

// Joins the job's other ranks (data-parallel training); null when this is the only process.
std::unique_ptr<ml::DataParallelGroup> joinRanks(const DataParallelRank& p) {
    if (!p.enabled()) return nullptr;
    ml::DataParallelSetup setup;
    setup.rank = p.rank;
    setup.worldSize = p.worldSize;
    setup.masterAddr = p.masterAddr.toStdString();
    setup.masterPort = p.masterPort;
    setup.timeoutSeconds = p.timeoutSeconds;
    return std::make_unique<ml::DataParallelGroup>(setup);
}

// The device of this rank: with several ranks on a machine with GPUs, "auto" gives each its own (LOCAL_RANK).
QString deviceFor(const TrainingRequest& request) {
    if (request.parallel.enabled() && request.device == QLatin1String("auto") && torch::cuda::is_available())
        return QStringLiteral("cuda:%1").arg(request.parallel.localRank % int(torch::cuda::device_count()));
    return request.device;
}

// Trains the network, then scores every meme with its best epoch (and stores the test split's attention),
// blends in the TF-IDF part and tunes thresholds on validation, saves the model. nullopt when cancelled. With
// several ranks, the others train their shares and return empty predictions.
std::optional<Predictions> trainNeuralRun(RunInProgress& run, const TrainingData& data) {
    const ml::ModelConfig& config = run.config;
    const torch::Device device = pickDevice(deviceFor(run.request));
    run.result.device = describe(device);
    const std::unique_ptr<ml::DataParallelGroup> group = joinRanks(run.request.parallel);
    if (group)
        run.say(QStringLiteral("rank %1 of %2 training on %3")
                    .arg(group->rank())
                    .arg(group->worldSize())
                    .arg(run.result.device));
    else
        run.say("training on " + run.result.device);
    NeuralModel n;
    // Rank 0 learns the tokenizer (when one is learned) into the run folder; the others read it from there.
    const bool learnsHere = !group || group->isMain();
    std::string tokenizerDir;
    if (learnsHere) tokenizerDir = prepareTokenizer(run, data, n);
    if (group) group->rankZeroFinished("tokenizer");
    if (!learnsHere) tokenizerDir = prepareTokenizer(run, data, n);
    run.writeConfig();
    torch::manual_seed(uint64_t(config.seed));
    n.model = ml::MultimodalModel(config);
    if (run.schema.isMultiLabel() && config.posWeight == ml::PosWeight::Balanced)
        n.model->setPositiveWeight(balancedPositiveWeight(data));
    for (const ml::LoadReport& r : n.model->loadPretrainedEncoders())
        run.say("checkpoint: " + QString::fromStdString(r.summary()));
    n.images = std::make_unique<ImageCache>(int(config.clip.imageSize));
    if (!prepareFeatureCache(run, data, n, device, tokenizerDir, group.get())) return std::nullopt;

    const ml::TrainOutcome outcome = runEpochs(run, data, n, device, tokenizerDir, group.get());
    if (outcome.cancelled) return std::nullopt;
    if (group && !group->isMain()) return Predictions{}; // rank 0 scores the memes and saves the model
    ml::loadModelWeights(n.model, outcome.bestCheckpoint + "/model.safetensors");
    n.model->to(device);
    run.job.progress(TrainingProgress{TrainingPhase::Evaluating}.toJobProgress());
    Predictions predictions =
        n.predict(data, data.split("all"), device, /*embeddings=*/true,
                  /*attention=*/false, run.job.cancellation(), run.request.loaderThreads);
    // Attention maps for the test split only (the report's mistakes come from it), capped: the inspector
    // computes any meme's maps on demand from the saved model.
    const std::vector<int64_t> attentionSubset(
        data.test.begin(),
        data.test.begin() + long(std::min<size_t>(data.test.size(), kStoredAttentionMaps)));
    if (config.fusion == ml::FusionKind::Token && !attentionSubset.empty()) {
        const Predictions maps = n.predict(data, attentionSubset, device, false, true, run.job.cancellation(),
                                           run.request.loaderThreads);
        predictions.blobs["attention"] = maps.blobs.value("attention");
    }
    if (run.job.cancelled()) return std::nullopt;
    std::optional<FittedBaseline> wide;
    WideChoice wideChoice;
    if (config.wide == ml::WideKind::Tfidf && config.hasText()) {
        wide = fitBaseline(data);
        wideChoice = chooseWideWeight(data, predictions.probabilities, *wide);
        for (const QString& note : wideChoice.notes)
            run.say(note);
        run.result.wide = wideChoice.record;
        blendProbabilities(predictions.probabilities, data, WidePart{wide->model, wideChoice.weight});
    }
    if (run.schema.isMultiLabel() && config.tuneThresholds) {
        run.result.thresholds = tunedThresholds(data, predictions.probabilities);
        n.model->setThresholds(
            torch::tensor(std::vector<float>(run.result.thresholds.begin(), run.result.thresholds.end())));
    }
    ml::saveModelDirectory(n.model, run.modelDir.toStdString(), tokenizerDir);
    if (wide && wideChoice.weight > 0) saveWidePart(run.modelDir, wide->model, wideChoice);
    for (const QString& p : n.images->problems())
        run.say("image skipped (text-only): " + p);
    return predictions;
}

// Scores validation and test, stores the predictions and analysis data, writes result.json, marks it done.
void finishRun(RunInProgress& run, const TrainingData& data, const Predictions& predictions) {
    TrainingResult& result = run.result;
    if (run.schema.isMultiLabel() && result.thresholds.isEmpty())
        result.thresholds = QVector<float>(run.schema.size(), 0.5f);
    result.val = scoreSplit("val", data, data.val, predictions.probabilities, result.thresholds);
    const LeakedMemes leaked = duplicates::ProjectDuplicates::leakedTestMemes(run.store, quietPart(run.job),
                                                                              run.request.splitScheme);
    result.test = scoreSplit("test", data, data.test, predictions.probabilities, result.thresholds, &leaked);
    run.runs.putPredictions(result.runId, predictions.probabilities);
    for (auto it = predictions.blobs.begin(); it != predictions.blobs.end(); ++it)
        run.runs.putBlobs(result.runId, it.key(), it.value());
    run.say(QStringLiteral("stored %1 MB of predictions and analysis data in the project")
                .arg(double(storedBytes(predictions)) / 1e6, 0, 'f', 1));
    result.seconds = double(run.clock.elapsed()) / 1000.0;
    result.peakMemoryBytes = peakResidentBytes().value_or(0);
    const QJsonObject summary = result.toJson();
    writeJsonFile(run.runDir.filePath("result.json"), summary);
    run.runs.setConfig(result.runId, modelConfigToJson(run.config));
    run.runs.setSummary(result.runId, summary, run.modelDir);
    run.runs.setStatus(result.runId, RunStatus::Finished);
}

// LibTorch's thread count for one run (a rank sharing the machine with others), restored afterwards.
class ComputeThreadsScope {
public:
    explicit ComputeThreadsScope(int threads)
        : previous_(threads > 0 ? torch::get_num_threads() : 0) {
        if (threads > 0) torch::set_num_threads(threads);
    }
    ~ComputeThreadsScope() {
        if (previous_ > 0) torch::set_num_threads(previous_);
    }
    ComputeThreadsScope(const ComputeThreadsScope&) = delete;
    ComputeThreadsScope& operator=(const ComputeThreadsScope&) = delete;

private:
    int previous_;
};

} // namespace

TrainingResult trainRun(ProjectStore& store, const TrainingRequest& request, const JobContext& job) {
    return guarded([&]() -> TrainingResult {
        const ComputeThreadsScope threads(request.computeThreads);
        RunInProgress run{store, request, job, store.labelSchema(), {}, {}, RunStore(store), {}, {}, {}};
        run.clock.start();
        resetPeakResident(); // the peak this run reaches, not an earlier one of the same process
        if (run.schema.isEmpty()) throw EngineError(store.path() + ": the project has no labels defined");
        checkRequestedTask(request, run.schema, store.path());
        setUp(run);
        const TrainingData data =
            TrainingData::load(store, {run.config.textSource, run.config.figurativeReasoning},
                               run.config.hasImage(), request.splitScheme);
        if (!request.splitScheme.isEmpty()) run.result.splitScheme = request.splitScheme;
        for (const QString& note : data.notes)
            run.say(note);
        if (data.train.empty())
            throw EngineError(store.path() +
                              ": no labelled samples in the train split; import or label some first");
        registerRun(run);
        std::optional<Predictions> predictions;
        if (run.config.model == ml::ModelKind::TfidfLr) {
            if (request.parallel.enabled())
                throw EngineError("the TF-IDF baseline fits in one process: train it without several ranks");
            predictions = fitBaselineRun(run, data);
        } else
            predictions = trainNeuralRun(run, data);
        if (!predictions) {
            run.markCancelled();
            return run.result;
        }
        if (request.parallel.writes()) finishRun(run, data, *predictions);
        return run.result;
    });
}

SplitEvaluation evaluateRun(ProjectStore& store, const QString& runDir, std::optional<Split> split,
                            const JobContext& job, const QString& splitScheme) {
    return guarded([&]() -> SplitEvaluation {
        const QString modelDir = QDir(runDir).filePath("model");
        const QJsonObject cfg = readJsonFile(QDir(modelDir).filePath("config.json"));
        const LabelSchema schema = store.labelSchema();
        const ml::ModelConfig config = modelConfigFromJson(cfg);
        if (int(config.numLabels) != schema.size() || config.multiLabel != schema.isMultiLabel())
            throw EngineError(QStringLiteral("%1: the model predicts %2 %3 labels, the project %4 has %5 %6")
                                  .arg(modelDir)
                                  .arg(config.numLabels)
                                  .arg(config.multiLabel ? "multi" : "single")
                                  .arg(store.path())
                                  .arg(schema.size())
                                  .arg(schema.isMultiLabel() ? "multi" : "single"));
        if (split == Split::Unassigned)
            throw EngineError(
                QStringLiteral("%1: unassigned memes are not a split to score a run on").arg(runDir));
        const TrainingData data = TrainingData::load(store, {config.textSource, config.figurativeReasoning},
                                                     config.hasImage(), splitScheme);
        std::vector<int64_t> indices;
        if (split) {
            indices = data.split(splitToString(*split));
        } else {
            for (int64_t i = 0; i < int64_t(data.samples.size()); ++i)
                if (!data.samples[i].labels.isEmpty()) indices.push_back(i);
        }
        Predictions p;
        QVector<float> thresholds;
        if (config.model == ml::ModelKind::TfidfLr) {
            const auto lr = baseline::TfidfLogisticRegression::load(
                QDir(modelDir).filePath("baseline.model").toStdString());
            p = predictBaseline(lr, data, indices);
            if (lr.multiLabel()) thresholds = floats(lr.thresholds());
        } else {
            NeuralModel n = loadNeural(modelDir);
            const torch::Device device = pickDevice("auto");
            n.model->to(device);
            p = n.predict(data, indices, device, false, false, job.cancellation(), 2);
            const torch::Tensor t = n.model->thresholds().to(torch::kCPU).contiguous();
            thresholds = QVector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
        }
        const QString name = split ? splitToString(*split) : QStringLiteral("all"); // as the figures name it
        if (split != Split::Test) return scoreSplit(name, data, indices, p.probabilities, thresholds);
        const LeakedMemes leaked =
            duplicates::ProjectDuplicates::leakedTestMemes(store, quietPart(job), splitScheme);
        return scoreSplit(name, data, indices, p.probabilities, thresholds, &leaked);
    });
}

} // namespace memescope
