#include "RunTraining.h"

#include "BaselineFitting.h"
#include "ModelSession.h"
#include "TorchBridge.h"
#include "TrainingData.h"
#include "WideAndDeep.h"
#include "core/baseline/TfidfLogisticRegression.h"
#include "core/ml/DeviceInfo.h"
#include "core/ml/io/Safetensors.h"
#include "core/ml/model/PretrainedEncoders.h"
#include "core/ml/text/BpeTrainer.h"
#include "core/ml/train/Trainer.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <optional>

namespace memescope {
using bridge::flat;
using bridge::guarded;
using bridge::toNlohmann;
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
    for (const ml::ComputeDevice& c : ml::availableDevices())
        if ((d.is_cuda() && c.id == "cuda:" + std::to_string(d.index())) || (d.is_cpu() && c.id == "cpu"))
            return QString::fromStdString(c.description);
    return d.is_cuda() ? "CUDA" : "CPU";
}

// The full config for this project: preset + overrides + the project's labels.
ml::ModelConfig configFor(const QJsonObject& config, const LabelSchema& schema) {
    nlohmann::json j = toNlohmann(config);
    j["num_labels"] = schema.size();
    j["multi_label"] = schema.isMultiLabel();
    std::vector<std::string> names;
    for (const QString& n : schema.names())
        names.push_back(n.toStdString());
    j["label_names"] = names;
    return ml::ModelConfig::fromJson(j);
}

SplitEvaluation scoreSplit(const QString& name, const TrainingData& data, const std::vector<int64_t>& indices,
                           const QHash<int64_t, QVector<float>>& probabilities,
                           const QVector<float>& thresholds) {
    QVector<QVector<float>> probs;
    QVector<QVector<int>> truth;
    for (int64_t i : indices) {
        probs << probabilities.value(data.samples[i].rowId);
        truth << data.samples[i].labels;
    }
    return evaluateProbabilities(name, probs, truth, data.schema, thresholds);
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

    ml::SampleLoader loaderFor(const TrainingData& data) {
        ImageCache* cache = images.get();
        const bool useImages = model->config().hasImage();
        return [&data, cache, useImages](int64_t i) {
            const TrainingSample& s = data.samples[i];
            ml::SampleInput in;
            in.text = s.text.toStdString();
            if (useImages) in.pixels = cache->pixels(i, s.imagePath);
            in.labels.assign(s.labels.begin(), s.labels.end());
            if (in.labels.empty()) in.labels = {0}; // unlabelled: a placeholder target, never scored
            return in;
        };
    }

    // Probabilities of `indices`; with `embeddings` also the fused/text/image vectors, with `attention` the
    // text-to-image attention maps (token fusion only). Analysis blobs are stored as half floats.
    Predictions predict(const TrainingData& data, const std::vector<int64_t>& indices,
                        const torch::Device& device, bool embeddings, bool attention,
                        const std::function<bool()>& cancelled, int threads) {
        ml::InferenceOptions o;
        o.attention = attention && model->config().fusion == "token";
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
    if (c.hasText() && c.textEncoder == "roberta") {
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

QJsonObject epochJson(const ml::EpochRecord& r) {
    return toQt(r.toJson());
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
                  {"data_wait_share", dataWaitShare},
                  {"val", val.toJson()},
                  {"test", test.toJson()},
                  {"history", history}};
    QJsonArray th;
    for (float t : thresholds)
        th.append(double(t));
    o["thresholds"] = th;
    if (!baseline.isEmpty()) o["baseline"] = baseline;
    if (!wide.isEmpty()) o["wide"] = wide;
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
    p.done = batch;
    p.total = batches;
    p.stage = phase == "training" ? QStringLiteral("epoch %1 of %2").arg(epoch).arg(epochs) : phase;
    p.etaSeconds = phase == "training" ? etaSeconds : -1;
    p.detail = QVariant::fromValue(*this);
    return p;
}

TrainingResult trainRun(ProjectStore& store, const TrainingRequest& request, const JobContext& job) {
    return guarded([&]() -> TrainingResult {
        QElapsedTimer clock;
        clock.start();
        auto say = [&](const QString& m) { job.message(m); };
        const LabelSchema schema = store.labelSchema();
        if (schema.isEmpty()) throw EngineError(store.path() + ": the project has no labels defined");
        if (!request.task.isEmpty()) {
            if (request.task != "axiom" && request.task != "restore")
                throw EngineError("--task '" + request.task + "': expected axiom or restore");
            if ((request.task == "restore") != schema.isMultiLabel())
                throw EngineError(
                    QStringLiteral("--task %1: the project %2 is %3")
                        .arg(request.task, store.path(),
                             schema.isMultiLabel() ? "multi-label (restore)" : "single-label (axiom)"));
        }
        // Absolute from here on: the project records the model's folder, and the GUI opens it from
        // wherever it was started.
        const QDir runDir(QDir(request.runDir).absolutePath());
        if (!QDir().mkpath(runDir.path()))
            throw EngineError(request.runDir + ": cannot create the run folder");
        const QString configPath = runDir.filePath("config.json");
        QJsonObject configJson = request.config;
        if (request.resume && QFileInfo::exists(configPath)) {
            configJson = readJsonFile(configPath); // resume with exactly the config the run started with
            say("resuming with the configuration stored in " + configPath);
        }
        ml::ModelConfig config = configFor(configJson, schema);
        if (config.model == "neural") {
            // Before anything is written: a bad checkpoint folder fails here, naming the file.
            for (const std::string& line : ml::applyCheckpointSizes(config))
                say(QString::fromStdString(line));
            configJson["roberta"] = toQt(config.roberta.toJson());
            configJson["clip"] = toQt(config.clip.toJson());
            configJson["max_tokens"] = qint64(config.maxTokens);
            for (const std::string& line : ml::randomInitWarnings(config))
                say("warning: " + QString::fromStdString(line));
        }
        const TrainingData data =
            TrainingData::load(store, {QString::fromStdString(config.textSource), config.figurativeReasoning},
                               config.hasImage());
        for (const QString& note : data.notes)
            say(note);
        if (data.train.empty())
            throw EngineError(store.path() +
                              ": no labelled samples in the train split; import or label some first");

        RunStore runs(store);
        TrainingResult result;
        result.runDir = runDir.absolutePath();
        result.runId = request.resume ? runs.findByDir(result.runDir) : 0;
        if (result.runId == 0)
            result.runId = runs.createRun(request.name.isEmpty() ? runDir.dirName() : request.name,
                                          result.runDir, configJson, request.ablation);
        runs.setStatus(result.runId, "running");
        const QString modelDir = runDir.filePath("model");
        Predictions predictions;

        if (config.model == "tfidf_lr") {
            writeJsonFile(configPath, configJson);
            result.device = "CPU (TF-IDF + logistic regression)";
            const FittedBaseline fitted = fitBaseline(data);
            for (const QString& note : fitted.notes)
                say(note);
            result.baseline = fitted.record;
            if (schema.isMultiLabel()) result.thresholds = floats(fitted.fit.thresholds);
            QDir().mkpath(modelDir);
            fitted.model.save(QDir(modelDir).filePath("baseline.model").toStdString());
            writeJsonFile(QDir(modelDir).filePath("config.json"), toQt(config.toJson()));
            predictions = predictBaseline(fitted.model, data, data.split("all"));
            result.bestEpoch = 1;
        } else {
            const torch::Device device = pickDevice(request.device);
            result.device = describe(device);
            say("training on " + result.device);
            // RoBERTa from scratch: a BPE vocabulary learned from the training texts, kept in the run folder
            // so a resumed run reads exactly the same tokens.
            std::string tokenizerDir =
                !config.textCheckpoint.empty() ? config.textCheckpoint : config.tokenizerDir;
            if (config.hasText() && config.textEncoder == "roberta" && tokenizerDir.empty()) {
                const QString learned = runDir.filePath("tokenizer");
                if (!QFileInfo::exists(learned + "/vocab.json")) {
                    QDir().mkpath(learned);
                    const ml::BpeTrainingResult bpe = ml::BpeTrainer::train(
                        data.utf8Texts(data.train), int(config.roberta.vocabSize), learned.toStdString());
                    say(QStringLiteral("learned a %1-token BPE vocabulary from the training texts")
                            .arg(bpe.vocabSize));
                }
                tokenizerDir = learned.toStdString();
                configJson["tokenizer_dir"] = learned;
                config = configFor(configJson, schema);
            }
            NeuralModel n;
            if (config.hasText() && config.textEncoder == "roberta") {
                n.tokenizer =
                    std::make_unique<ml::BpeTokenizer>(ml::BpeTokenizer::fromDirectory(tokenizerDir));
                if (!config.textCheckpoint.empty() && n.tokenizer->vocabSize() > config.roberta.vocabSize)
                    throw EngineError(
                        QStringLiteral("%1/vocab.json: %2 tokens, but the checkpoint's embeddings "
                                       "hold %3: the tokenizer belongs to another model")
                            .arg(QString::fromStdString(config.textCheckpoint))
                            .arg(n.tokenizer->vocabSize())
                            .arg(config.roberta.vocabSize));
                if (config.textCheckpoint.empty() && n.tokenizer->vocabSize() < config.roberta.vocabSize) {
                    config.roberta.vocabSize = n.tokenizer->vocabSize(); // a small corpus yields fewer tokens
                    configJson["roberta"] = toQt(config.roberta.toJson());
                    config = configFor(configJson, schema);
                }
            }
            writeJsonFile(configPath, configJson);
            torch::manual_seed(uint64_t(config.seed));
            n.model = ml::MultimodalModel(config);
            if (schema.isMultiLabel() && config.posWeight == "balanced")
                n.model->setPositiveWeight(balancedPositiveWeight(data));
            for (const ml::LoadReport& r : n.model->loadPretrainedEncoders())
                say("checkpoint: " + QString::fromStdString(r.summary()));
            n.images = std::make_unique<ImageCache>(int(config.clip.imageSize));

            ml::TrainerOptions options;
            options.checkpointDir = runDir.filePath("checkpoints").toStdString();
            options.tokenizerDir = tokenizerDir;
            options.resume = request.resume;
            options.loaderThreads = request.loaderThreads;
            bool ok = false;
            const qint64 kill = qEnvironmentVariableIntValue("MEMESCOPE_TEST_KILL_AFTER_BATCHES", &ok);
            if (ok) options.killAfterBatches = kill;
            ml::Trainer trainer(n.model, n.tokenizer.get(), n.loaderFor(data), data.train, data.val, device,
                                options);
            ml::TrainCallbacks cb;
            cb.cancelled = job.cancellation();
            cb.progress = [&](const ml::TrainProgress& p) {
                TrainingProgress q;
                q.phase = "training";
                q.epoch = p.epoch;
                q.epochs = p.epochs;
                q.batch = p.batch;
                q.batches = p.batches;
                q.loss = p.loss;
                q.learningRate = p.learningRate;
                q.samplesPerSecond = p.samplesPerSecond;
                q.etaSeconds = p.etaSeconds;
                q.dataWaitShare = p.dataWaitShare;
                job.progress(q.toJobProgress());
            };
            cb.epochFinished = [&](const ml::EpochRecord& r) {
                runs.putEpoch(result.runId, r.epoch, epochJson(r));
                job.record(epochJson(r));
            };
            const ml::TrainOutcome outcome = trainer.run(cb);
            double trainSeconds = 0, samples = 0, wait = 0;
            for (const ml::EpochRecord& r : outcome.history) {
                result.history.append(epochJson(r));
                const double s = r.seconds;
                trainSeconds += s;
                samples += r.samplesPerSecond * s;
                wait += r.dataWaitShare * s;
            }
            if (outcome.resumedAfterEpoch > 0)
                say(QStringLiteral("resumed after epoch %1").arg(outcome.resumedAfterEpoch));
            result.samplesPerSecond = trainSeconds > 0 ? samples / trainSeconds : 0;
            result.dataWaitShare = trainSeconds > 0 ? wait / trainSeconds : 0;
            if (outcome.cancelled) {
                runs.setStatus(result.runId, "cancelled");
                result.cancelled = true;
                result.seconds = double(clock.elapsed()) / 1000.0;
                return result;
            }
            result.bestEpoch = outcome.bestEpoch;
            ml::loadModelWeights(n.model, outcome.bestCheckpoint + "/model.safetensors");
            n.model->to(device);
            job.progress(TrainingProgress{"evaluating"}.toJobProgress());
            predictions = n.predict(data, data.split("all"), device, /*embeddings=*/true, /*attention=*/false,
                                    job.cancellation(), request.loaderThreads);
            // Attention maps for the test split only (the report's mistakes come from it), capped: the
            // inspector computes any meme's maps on demand from the saved model.
            std::vector<int64_t> attentionSubset(
                data.test.begin(),
                data.test.begin() + long(std::min<size_t>(data.test.size(), kStoredAttentionMaps)));
            if (config.fusion == "token" && !attentionSubset.empty()) {
                const Predictions maps = n.predict(data, attentionSubset, device, false, true,
                                                   job.cancellation(), request.loaderThreads);
                predictions.blobs["attention"] = maps.blobs.value("attention");
            }
            if (job.cancelled()) {
                runs.setStatus(result.runId, "cancelled");
                result.cancelled = true;
                return result;
            }
            std::optional<FittedBaseline> wide;
            WideChoice wideChoice;
            if (config.wide == "tfidf" && config.hasText()) {
                job.progress(TrainingProgress{"evaluating"}.toJobProgress());
                wide = fitBaseline(data);
                wideChoice = chooseWideWeight(data, predictions.probabilities, *wide);
                for (const QString& note : wideChoice.notes)
                    say(note);
                result.wide = wideChoice.record;
                blendProbabilities(predictions.probabilities, data, WidePart{wide->model, wideChoice.weight});
            }
            if (schema.isMultiLabel() && config.tuneThresholds) {
                result.thresholds = tunedThresholds(data, predictions.probabilities);
                n.model->setThresholds(
                    torch::tensor(std::vector<float>(result.thresholds.begin(), result.thresholds.end())));
            }
            ml::saveModelDirectory(n.model, modelDir.toStdString(), tokenizerDir);
            if (wide && wideChoice.weight > 0) saveWidePart(modelDir, wide->model, wideChoice);
            for (const QString& p : n.images->problems())
                say("image skipped (text-only): " + p);
        }
        if (schema.isMultiLabel() && result.thresholds.isEmpty())
            result.thresholds = QVector<float>(schema.size(), 0.5f);
        result.val = scoreSplit("val", data, data.val, predictions.probabilities, result.thresholds);
        result.test = scoreSplit("test", data, data.test, predictions.probabilities, result.thresholds);
        runs.putPredictions(result.runId, predictions.probabilities);
        for (auto it = predictions.blobs.begin(); it != predictions.blobs.end(); ++it)
            runs.putBlobs(result.runId, it.key(), it.value());
        say(QStringLiteral("stored %1 MB of predictions and analysis data in the project")
                .arg(double(storedBytes(predictions)) / 1e6, 0, 'f', 1));
        result.seconds = double(clock.elapsed()) / 1000.0;
        const QJsonObject summary = result.toJson();
        writeJsonFile(runDir.filePath("result.json"), summary);
        runs.setConfig(result.runId, configJson);
        runs.setSummary(result.runId, summary, modelDir);
        runs.setStatus(result.runId, "finished");
        return result;
    });
}

SplitEvaluation evaluateRun(ProjectStore& store, const QString& runDir, const QString& split,
                            const JobContext& job) {
    return guarded([&]() -> SplitEvaluation {
        const QString modelDir = QDir(runDir).filePath("model");
        const QJsonObject cfg = readJsonFile(QDir(modelDir).filePath("config.json"));
        const LabelSchema schema = store.labelSchema();
        const ml::ModelConfig config = ml::ModelConfig::fromJson(toNlohmann(cfg));
        if (int(config.numLabels) != schema.size() || config.multiLabel != schema.isMultiLabel())
            throw EngineError(QStringLiteral("%1: the model predicts %2 %3 labels, the project %4 has %5 %6")
                                  .arg(modelDir)
                                  .arg(config.numLabels)
                                  .arg(config.multiLabel ? "multi" : "single")
                                  .arg(store.path())
                                  .arg(schema.size())
                                  .arg(schema.isMultiLabel() ? "multi" : "single"));
        if (split != "train" && split != "val" && split != "test" && split != "all")
            throw EngineError("--split '" + split + "': expected train, val, test or all");
        const TrainingData data =
            TrainingData::load(store, {QString::fromStdString(config.textSource), config.figurativeReasoning},
                               config.hasImage());
        std::vector<int64_t> indices = data.split(split);
        if (split == "all") {
            indices.clear();
            for (int64_t i = 0; i < int64_t(data.samples.size()); ++i)
                if (!data.samples[i].labels.isEmpty()) indices.push_back(i);
        }
        Predictions p;
        QVector<float> thresholds;
        if (config.model == "tfidf_lr") {
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
        return scoreSplit(split, data, indices, p.probabilities, thresholds);
    });
}

} // namespace memescope
