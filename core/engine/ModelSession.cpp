#include "ModelSession.h"

#include "ModelConfigJson.h"
#include "WideAndDeep.h"
#include "core/analysis/EvaluationReport.h"

#include "TorchBridge.h"
#include "core/baseline/TfidfLogisticRegression.h"
#include "core/imaging/ClipPreprocessor.h"
#include "core/imaging/ImageDecoder.h"
#include "core/ml/DeviceInfo.h"
#include "core/ml/explain/Relevance.h"
#include "core/ml/io/Safetensors.h"
#include "core/ml/model/BatchBuilder.h"
#include "core/ml/model/MultimodalModel.h"
#include "core/ml/model/PretrainedEncoders.h"
#include "core/ml/text/BpeTrainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cmath>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

namespace memescope {
using bridge::flat;
using bridge::guarded;

namespace {

// Scales non-negative weights to sum to 1 (left as they are when all zero).
QVector<float> normalized(QVector<float> v) {
    float sum = 0;
    for (float x : v)
        sum += x;
    if (sum > 0)
        for (float& x : v)
            x /= sum;
    return v;
}

} // namespace

int MemePrediction::defaultExplainedClass() const {
    if (!predicted.isEmpty()) return predicted.first();
    if (probabilities.isEmpty()) return 0;
    return int(std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin());
}

QVector<float> MemePrediction::patchAttentionForUnit(int unit) const {
    const int U = int(units.size()), P = gridSide * gridSide + 1;
    if (!hasAttention() || unit < 0 || unit >= U) return {};
    // textToImage is [layers][heads][U_all][P] where U_all >= U (padding units follow the real ones).
    const int uAll = int(textToImage.size() / (layers * heads * P));
    QVector<float> grid(gridSide * gridSide, 0.f);
    for (int l = 0; l < layers; ++l)
        for (int h = 0; h < heads; ++h) {
            const float* row = textToImage.constData() + ((size_t(l) * heads + h) * uAll + unit) * P;
            for (int p = 1; p < P; ++p)
                grid[p - 1] += row[p];
        }
    return normalized(grid);
}

QVector<float> MemePrediction::unitAttentionForPatches(const QVector<int>& patches) const {
    const int U = int(units.size()), P = gridSide * gridSide + 1;
    if (!hasAttention() || patches.isEmpty()) return {};
    const int uAll = int(imageToText.size() / (layers * heads * P));
    QVector<float> weights(U, 0.f);
    for (int l = 0; l < layers; ++l)
        for (int h = 0; h < heads; ++h)
            for (int patch : patches) {
                if (patch < 0 || patch >= P - 1) continue;
                const float* row = imageToText.constData() + ((size_t(l) * heads + h) * P + patch + 1) * uAll;
                for (int u = 0; u < U; ++u)
                    weights[u] += row[u];
            }
    return normalized(weights);
}

QVector<float> MemePrediction::patchAttentionForWord(int word) const {
    if (word < 0 || word >= words.size()) return {};
    QVector<float> grid;
    for (int unit : words[word].units) {
        const QVector<float> g = patchAttentionForUnit(unit);
        if (grid.isEmpty())
            grid = g;
        else
            for (int k = 0; k < g.size(); ++k)
                grid[k] += g[k];
    }
    return normalized(grid);
}

QVector<float> MemePrediction::wordAttentionForPatches(const QVector<int>& patches) const {
    const QVector<float> perUnit = unitAttentionForPatches(patches);
    if (perUnit.isEmpty()) return {};
    QVector<float> perWord(words.size(), 0.f);
    for (int w = 0; w < words.size(); ++w)
        for (int unit : words[w].units)
            perWord[w] += perUnit.value(unit);
    return perWord;
}

struct ModelSession::Impl {
    std::unique_ptr<QTemporaryDir> learnedTokenizer; // BPE files learned for this session, until saved
    // A TF-IDF baseline run's model (config "model": "tfidf_lr"): text only, no torch model.
    std::unique_ptr<baseline::TfidfLogisticRegression> baseline;
    std::optional<WidePart> wide; // a wide-and-deep run's TF-IDF part
    ml::ModelConfig baselineConfig;
    QStringList baselineLabels;
    ml::MultimodalModel model{nullptr};
    std::unique_ptr<ml::BpeTokenizer> tokenizer;
    QString tokenizerDir;
    torch::Device device{torch::kCPU};

    void setUp(const QString& tokenizerSource) {
        const ml::ModelConfig& c = model->config();
        if (c.hasText() && c.textEncoder == ml::TextEncoderKind::Roberta) {
            tokenizerDir = tokenizerSource;
            if (tokenizerDir.isEmpty())
                throw EngineError(
                    "the RoBERTa text encoder needs tokenizer files: set text_checkpoint to a folder with "
                    "vocab.json + merges.txt");
            tokenizer = std::make_unique<ml::BpeTokenizer>(
                ml::BpeTokenizer::fromDirectory(tokenizerDir.toStdString()));
        }
        device = torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
        model->to(device);
        model->eval();
    }

    // The meme's pixels as the vision encoder takes them; empty for a text-only model, no path or an
    // unreadable image (the meme is then read as text only).
    std::vector<float> pixelsOf(const QString& imagePath) const {
        const ml::ModelConfig& c = model->config();
        if (!c.hasImage() || imagePath.isEmpty()) return {};
        const DecodedImage img = ImageDecoder::decodeFile(imagePath);
        return img.ok() ? ClipPreprocessor(int(c.clip.imageSize)).process(img.rgb).chw : std::vector<float>();
    }

    void checkClass(int classIndex, int labels) const {
        if (classIndex < 0 || classIndex >= labels)
            throw EngineError(QStringLiteral("class %1 is out of range: the model has %2 labels (0..%3)")
                                  .arg(classIndex)
                                  .arg(labels)
                                  .arg(labels - 1));
    }

    // The units the batch builder named for one meme, and the caption's words made of them.
    void readUnits(const std::vector<std::string>& names, QStringList& units,
                   QVector<CaptionWord>& words) const {
        QList<QByteArray> pieces;
        for (const auto& u : names) {
            units << QString::fromStdString(u);
            pieces << QByteArray::fromStdString(u);
        }
        words = model->config().textEncoder == ml::TextEncoderKind::Roberta ? wordsFromPieces(pieces)
                                                                            : wordsFromWordUnits(units);
    }
};

ModelSession::ModelSession()
    : d_(std::make_unique<Impl>()) {}
ModelSession::~ModelSession() = default;

std::unique_ptr<ModelSession> ModelSession::create(ml::ModelConfig c, const QStringList& labelNames,
                                                   bool multiLabel, const QStringList& trainingTexts) {
    return guarded([&] {
        applyLabels(c, labelNames, multiLabel);
        std::unique_ptr<ModelSession> s(new ModelSession);
        ml::applyCheckpointSizes(c);
        QString tokenizerDir =
            QString::fromStdString(!c.textCheckpoint.empty() ? c.textCheckpoint : c.tokenizerDir);
        if (c.hasText() && c.textEncoder == ml::TextEncoderKind::Roberta && tokenizerDir.isEmpty()) {
            if (trainingTexts.isEmpty())
                throw EngineError("the RoBERTa text encoder trained from scratch needs a tokenizer: give "
                                  "text_checkpoint or "
                                  "tokenizer_dir, or the project's texts to learn one from");
            s->d_->learnedTokenizer = std::make_unique<QTemporaryDir>();
            std::vector<std::string> texts;
            for (const QString& t : trainingTexts)
                texts.push_back(t.toStdString());
            const ml::BpeTrainingResult bpe = ml::BpeTrainer::train(
                texts, int(c.roberta.vocabSize), s->d_->learnedTokenizer->path().toStdString());
            c.roberta.vocabSize = bpe.vocabSize; // a small corpus may yield fewer tokens than asked for
            tokenizerDir = s->d_->learnedTokenizer->path();
        }
        torch::manual_seed(uint64_t(c.seed));
        s->d_->model = ml::MultimodalModel(c);
        s->d_->model->loadPretrainedEncoders();
        s->d_->setUp(tokenizerDir);
        return s;
    });
}

std::unique_ptr<ModelSession> ModelSession::load(const QString& modelDir) {
    return guarded([&] {
        std::unique_ptr<ModelSession> s(new ModelSession);
        const QString baselinePath = QDir(modelDir).filePath("baseline.model");
        if (QFileInfo::exists(baselinePath)) {
            QFile f(QDir(modelDir).filePath("config.json"));
            if (!f.open(QIODevice::ReadOnly))
                throw EngineError(f.fileName() + ": cannot read: " + f.errorString());
            QJsonParseError error;
            const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &error);
            if (!d.isObject()) throw EngineError(f.fileName() + ": malformed JSON: " + error.errorString());
            s->d_->baselineConfig = modelConfigFromJson(d.object());
            for (const std::string& name : s->d_->baselineConfig.labelNames)
                s->d_->baselineLabels << QString::fromStdString(name);
            try {
                s->d_->baseline = std::make_unique<baseline::TfidfLogisticRegression>(
                    baseline::TfidfLogisticRegression::load(baselinePath.toStdString()));
            } catch (const std::runtime_error& e) {
                throw EngineError(QString::fromStdString(e.what()));
            }
            if (s->d_->baseline->numLabels() != s->d_->baselineLabels.size())
                throw EngineError(f.fileName() + ": label_names do not match " + baselinePath);
            return s;
        }
        s->d_->model = ml::loadModelDirectory(modelDir.toStdString());
        s->d_->wide = loadWidePart(modelDir);
        const ml::ModelConfig& c = s->d_->model->config();
        const bool ownTokenizer = QFileInfo::exists(QDir(modelDir).filePath("vocab.json")) ||
                                  QFileInfo::exists(QDir(modelDir).filePath("tokenizer.json"));
        s->d_->setUp(ownTokenizer ? modelDir
                                  : QString::fromStdString(!c.textCheckpoint.empty() ? c.textCheckpoint
                                                                                     : c.tokenizerDir));
        return s;
    });
}

void ModelSession::save(const QString& modelDir) const {
    if (d_->baseline) {
        QDir().mkpath(modelDir);
        d_->baseline->save(QDir(modelDir).filePath("baseline.model").toStdString());
        QFile f(QDir(modelDir).filePath("config.json"));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(QJsonDocument(modelConfigToJson(d_->baselineConfig)).toJson()) < 0)
            throw EngineError(f.fileName() + ": cannot write");
        return;
    }
    guarded([&] {
        d_->model->to(torch::kCPU);
        ml::saveModelDirectory(d_->model, modelDir.toStdString(), d_->tokenizerDir.toStdString());
        if (d_->wide && d_->wide->weight > 0)
            saveWidePart(modelDir, d_->wide->model,
                         WideChoice{d_->wide->weight, {}, {{"weight", d_->wide->weight}}});
        d_->model->to(d_->device);
        return 0;
    });
}

MemePrediction ModelSession::predict(const QString& imagePath, const QString& text) {
    if (d_->baseline) {
        MemePrediction p;
        const auto probs = d_->baseline->predictProba({text.toStdString()}).front();
        for (double v : probs)
            p.probabilities << float(v);
        p.predicted = predictedLabels(
            p.probabilities, d_->baseline->multiLabel(),
            QVector<float>(d_->baseline->thresholds().begin(), d_->baseline->thresholds().end()));
        return p;
    }
    return guarded([&] {
        const ml::ModelConfig& c = d_->model->config();
        ml::SampleInput in;
        in.text = text.toStdString();
        MemePrediction p;
        in.pixels = d_->pixelsOf(imagePath);
        p.hasImage = !in.pixels.empty();
        std::vector<std::vector<std::string>> units;
        const ml::ModelBatch batch =
            ml::BatchBuilder(c, d_->tokenizer.get()).build({in}, &units).to(d_->device);
        torch::NoGradGuard ng;
        const ml::ModelOutput o = d_->model->forward(batch);
        p.probabilities = flat(d_->model->probabilities(o.logits)[0]);
        if (d_->wide) p.probabilities = blendRow(p.probabilities, text, *d_->wide);
        p.predicted = predictedLabels(p.probabilities, c.multiLabel, flat(d_->model->thresholds()));
        d_->readUnits(units[0], p.units, p.words);
        if (c.hasImage()) p.gridSide = int(c.clip.gridSide());
        if (o.textToImage.defined() && p.hasImage) {
            p.layers = int(o.textToImage.size(1));
            p.heads = int(o.textToImage.size(2));
            p.textToImage = flat(o.textToImage[0]);
            p.imageToText = flat(o.imageToText[0]);
        }
        p.gates = flat(o.gates.defined() ? o.gates[0] : torch::Tensor());
        p.fused = flat(o.fused[0]);
        p.textEmbedding = flat(o.textPooled.defined() ? o.textPooled[0] : torch::Tensor());
        p.imageEmbedding = flat(o.imagePooled.defined() && p.hasImage ? o.imagePooled[0] : torch::Tensor());
        return p;
    });
}

QString explanationMethodToString(ExplanationMethod m) {
    switch (m) {
    case ExplanationMethod::RawAttention:
        return QStringLiteral("attention");
    case ExplanationMethod::IntegratedGradients:
        return QStringLiteral("integrated-gradients");
    case ExplanationMethod::WordWeights:
        return QStringLiteral("word-weights");
    case ExplanationMethod::Relevance:
        break;
    }
    return QStringLiteral("relevance");
}

std::optional<ExplanationMethod> explanationMethodFromString(const QString& text) {
    for (const ExplanationMethod m : {ExplanationMethod::RawAttention, ExplanationMethod::Relevance,
                                      ExplanationMethod::IntegratedGradients, ExplanationMethod::WordWeights})
        if (explanationMethodToString(m) == text) return m;
    if (text == QLatin1String("ig")) return ExplanationMethod::IntegratedGradients;
    if (text == QLatin1String("rollout")) return ExplanationMethod::Relevance;
    return std::nullopt;
}

QString explanationMethodDisplayName(ExplanationMethod m) {
    switch (m) {
    case ExplanationMethod::RawAttention:
        return QCoreApplication::translate("memescope::Explain", "Raw attention");
    case ExplanationMethod::IntegratedGradients:
        return QCoreApplication::translate("memescope::Explain", "Integrated gradients");
    case ExplanationMethod::WordWeights:
        return QCoreApplication::translate("memescope::Explain", "Word weights (coefficient × tf-idf)");
    case ExplanationMethod::Relevance:
        break;
    }
    return QCoreApplication::translate("memescope::Explain", "Relevance (gradient-weighted rollout)");
}

MemeExplanation ModelSession::explain(const QString& imagePath, const QString& text, int classIndex,
                                      ExplanationMethod method, int igSteps, const JobContext& job) {
    if (d_->baseline) {
        d_->checkClass(classIndex, d_->baseline->numLabels());
        MemeExplanation e;
        e.method = ExplanationMethod::WordWeights;
        e.classIndex = classIndex;
        std::vector<std::string> chunks;
        const std::vector<double> weights =
            d_->baseline->chunkContributions(text.toStdString(), classIndex, &chunks);
        double sum = d_->baseline->bias(classIndex);
        for (size_t i = 0; i < chunks.size(); ++i) {
            const QString word = QString::fromStdString(chunks[i]);
            e.units << word;
            e.words << CaptionWord{word, {int(i)}};
            e.unitRelevance << float(weights[i]);
            e.wordRelevance << float(weights[i]);
            sum += weights[i];
        }
        e.classScore = sum; // the decision value
        return e;
    }
    return guarded([&] {
        const ml::ModelConfig& c = d_->model->config();
        d_->checkClass(classIndex, int(c.numLabels));
        if (method == ExplanationMethod::WordWeights)
            throw EngineError("word weights explain a TF-IDF run; this run is a network (relevance, "
                              "integrated-gradients or attention)");
        ml::SampleInput in;
        in.text = text.toStdString();
        MemeExplanation e;
        e.method = method;
        e.classIndex = classIndex;
        in.pixels = d_->pixelsOf(imagePath);
        e.hasImage = !in.pixels.empty();
        std::vector<std::vector<std::string>> units;
        const ml::ModelBatch batch =
            ml::BatchBuilder(c, d_->tokenizer.get()).build({in}, &units).to(d_->device);
        const ml::RelevanceMethod m =
            method == ExplanationMethod::RawAttention          ? ml::RelevanceMethod::RawAttention
            : method == ExplanationMethod::IntegratedGradients ? ml::RelevanceMethod::IntegratedGradients
                                                               : ml::RelevanceMethod::Rollout;
        ml::Relevance r;
        try {
            const QString stage =
                QCoreApplication::translate("memescope::Explain", "integrated gradients: %1 path points");
            r = ml::explain(d_->model, batch, classIndex, m, igSteps, job.cancellation(),
                            [&](int64_t done, int64_t total) {
                                job.progress({done, total, stage.arg(total)});
                            });
        } catch (const std::invalid_argument& ex) {
            throw EngineError(QString::fromUtf8(ex.what()));
        }
        e.cancelled = r.cancelled;
        e.classScore = r.classScore;
        if (!std::isnan(r.completenessGap)) e.completenessGap = r.completenessGap;
        d_->readUnits(units[0], e.units, e.words);
        // Token positions -> the units the batch builder named (RoBERTa: <s> first, so unit i is position i).
        const QVector<float> tokens = flat(r.tokens);
        for (int i = 0; i < e.units.size(); ++i)
            e.unitRelevance << tokens.value(i);
        for (const CaptionWord& w : e.words) {
            float sum = 0;
            for (const int u : w.units)
                sum += e.unitRelevance.value(u);
            e.wordRelevance << sum;
        }
        if (e.hasImage && r.patches.defined()) {
            e.gridSide = int(c.clip.gridSide());
            e.patchRelevance = flat(r.patches);
        }
        return e;
    });
}

QVector<float> ModelSession::classProbabilities(const QString& imagePath, int classIndex,
                                                const QVector<MemePerturbation>& variants, int batchSize) {
    if (d_->baseline) throw EngineError("a TF-IDF baseline has no network to perturb");
    return guarded([&] {
        const ml::ModelConfig& c = d_->model->config();
        d_->checkClass(classIndex, int(c.numLabels));
        const std::vector<float> pixels = d_->pixelsOf(imagePath);
        const int size = int(c.clip.imageSize), side = c.hasImage() ? int(c.clip.gridSide()) : 0;
        const int patch = side > 0 ? size / side : 0;
        QVector<float> out;
        out.reserve(variants.size());
        torch::NoGradGuard ng;
        const bool wasTraining = d_->model->is_training();
        d_->model->eval();
        for (int start = 0; start < variants.size(); start += std::max(1, batchSize)) {
            std::vector<ml::SampleInput> inputs;
            for (int k = start; k < variants.size() && k < start + std::max(1, batchSize); ++k) {
                ml::SampleInput in;
                in.text = variants[k].text.toStdString();
                in.pixels = pixels;
                if (!in.pixels.empty())
                    for (const int p : variants[k].hiddenPatches) {
                        if (p < 0 || p >= side * side) continue;
                        const int y0 = (p / side) * patch, x0 = (p % side) * patch;
                        for (int ch = 0; ch < 3; ++ch)
                            for (int y = y0; y < y0 + patch; ++y)
                                std::fill_n(in.pixels.begin() + (size_t(ch) * size + y) * size + x0, patch,
                                            0.f);
                    }
                inputs.push_back(std::move(in));
            }
            const ml::ModelBatch batch =
                ml::BatchBuilder(c, d_->tokenizer.get()).build(inputs).to(d_->device);
            const ml::ModelOutput o = d_->model->forward(batch);
            const torch::Tensor p = d_->model->probabilities(o.logits).select(1, classIndex).to(torch::kCPU);
            for (int64_t i = 0; i < p.size(0); ++i)
                out << p[i].item<float>();
        }
        if (wasTraining) d_->model->train();
        return out;
    });
}

ml::ModelConfig ModelSession::config() const {
    if (d_->baseline) return d_->baselineConfig;
    return d_->model->config();
}

QStringList ModelSession::labelNames() const {
    if (d_->baseline) return d_->baselineLabels;
    QStringList out;
    for (const auto& n : d_->model->config().labelNames)
        out << QString::fromStdString(n);
    return out;
}

bool ModelSession::isBaseline() const {
    return d_->baseline != nullptr;
}

bool ModelSession::multiLabel() const {
    if (d_->baseline) return d_->baseline->multiLabel();
    return d_->model->config().multiLabel;
}

qint64 ModelSession::parameterCount() const {
    if (d_->baseline) return qint64(d_->baseline->featureCount() + 1) * d_->baseline->numLabels();
    return d_->model->parameterCount();
}

QString ModelSession::deviceDescription() const {
    if (d_->baseline) return QStringLiteral("CPU (TF-IDF + logistic regression)");
    if (d_->device.is_cuda()) return QStringLiteral("CUDA device %1").arg(d_->device.index());
    return QString::fromStdString(ml::availableDevices().back().description);
}

} // namespace memescope
