#pragma once

#include "EngineError.h"
#include "core/analysis/CaptionWords.h"
#include "core/ml/config/ModelConfig.h"
#include "core/util/JobContext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace memescope {

// What the model says about one meme, in plain Qt types.
struct MemePrediction {
    QVector<float> probabilities; // per label
    QVector<int> predicted;       // label indices
    QStringList units;            // the text units attention refers to: words (n-gram) or BPE tokens
    QVector<CaptionWord> words;   // the caption's words as a reader sees them, each with its units
    bool hasImage = false;
    int gridSide = 0; // image patches per side (e.g. 7)
    int layers = 0, heads = 0;
    // Token fusion only: text -> image weights [layers][heads][units][1 + patches] and the reverse
    // [layers][heads][1 + patches][units]; patch 0 is the image's class token.
    QVector<float> textToImage, imageToText;
    QVector<float> gates; // MoE routing weights (empty when the MoE is off)
    QVector<float> fused, textEmbedding, imageEmbedding;

    bool hasAttention() const { return !textToImage.isEmpty(); }
    // The label an explanation is about by default: the first predicted one, or (none predicted, as a
    // multi-label "no symptom") the most probable; 0 without probabilities.
    int defaultExplainedClass() const;
    // Heatmap grid (gridSide x gridSide, row-major) of where text unit `unit` looks in the image,
    // averaged over layers and heads, renormalised over the patches.
    QVector<float> patchAttentionForUnit(int unit) const;
    // Weight of each text unit when the image patches in `patches` (0-based grid indices) look at the text.
    QVector<float> unitAttentionForPatches(const QVector<int>& patches) const;
    // The same per word: a word's heatmap is its pieces' mean; its weight from a region is their sum.
    QVector<float> patchAttentionForWord(int word) const;
    QVector<float> wordAttentionForPatches(const QVector<int>& patches) const;
};

// How a meme's relevance map is computed (core/ml/explain): what the picture and the caption's words did
// for one class.
enum class ExplanationMethod {
    RawAttention, // the fusion's cross-attention, averaged: where the model looked, not why (not per class)
    Relevance,    // gradient-weighted attention rollout (Chefer, Gur & Wolf 2021): per class
    IntegratedGradients, // Sundararajan et al. 2017, on the token and patch embeddings: per class, slower
    WordWeights,         // a TF-IDF run's own explanation: each word's coefficient x tf-idf for the class (no
                         // picture)
};
// "attention", "relevance", "integrated-gradients", "word-weights"
QString explanationMethodToString(ExplanationMethod m);
std::optional<ExplanationMethod> explanationMethodFromString(const QString& text);
QString explanationMethodDisplayName(ExplanationMethod m); // for people, translated

struct MemeExplanation {
    ExplanationMethod method = ExplanationMethod::Relevance;
    int classIndex = 0;
    double classScore = 0;
    double completenessGap = 0;   // integrated gradients: sum of attributions - (f(x) - f(baseline))
    QStringList units;            // the text units (BPE pieces or words)
    QVector<CaptionWord> words;   // the caption's words with their units
    QVector<float> unitRelevance; // per unit
    QVector<float> wordRelevance; // per word: the sum over its units
    bool hasImage = false;
    int gridSide = 0;
    QVector<float> patchRelevance; // gridSide x gridSide, row-major; empty without an image
    bool cancelled = false;
};

// One variant of a meme for deletion tests: the caption with some words dropped, some image patches hidden.
struct MemePerturbation {
    QString text;               // the caption the model reads
    QVector<int> hiddenPatches; // grid indices (row-major) painted in CLIP's mean colour (0 once normalised)
};

// The torch-free facade through which the UI and CLI create, load, save and run models (pimpl: no torch
// header reaches the callers). One session = one model on one device. Not thread-safe: use it from one
// worker thread at a time.
class ModelSession {
public:
    // A new model (random init, or the encoders' checkpoints the config names) for these labels.
    // A RoBERTa text encoder without a checkpoint or tokenizer_dir learns its BPE vocabulary (roberta
    // vocab_size tokens at most) from `trainingTexts`, the project's own texts; it is saved with the model.
    static std::unique_ptr<ModelSession> create(ml::ModelConfig config, const QStringList& labelNames,
                                                bool multiLabel, const QStringList& trainingTexts = {});
    // A model directory written by save() (config.json + model.safetensors [+ tokenizer files]), or a
    // TF-IDF baseline run's model/ (config.json + baseline.model: text-only predictions).
    static std::unique_ptr<ModelSession> load(const QString& modelDir);
    ~ModelSession();

    void save(const QString& modelDir) const;
    // OCR text is the caller's business (run OCR first when the meme has none); an empty image path or an
    // unreadable image gives a text-only prediction.
    MemePrediction predict(const QString& imagePath, const QString& text);
    // What drove the model's score for `classIndex` on this meme, by `method` (integrated gradients with
    // `igSteps` steps: progress in path points, cancellable between batches of them). A TF-IDF baseline
    // explains by its words' coefficient x tf-idf (no picture). Throws EngineError for a class out of range
    // or raw attention on a model without token fusion or without an image.
    MemeExplanation explain(const QString& imagePath, const QString& text, int classIndex,
                            ExplanationMethod method, int igSteps = 32, const JobContext& job = {});

    // The network's probability of `classIndex` for each variant of the meme at `imagePath` (decoded once),
    // in batches. The TF-IDF blend is left out: the explanations explain the network. Throws EngineError for
    // a TF-IDF baseline or a class out of range.
    QVector<float> classProbabilities(const QString& imagePath, int classIndex,
                                      const QVector<MemePerturbation>& variants, int batchSize = 16);

    // A TF-IDF baseline: explain() gives word weights whatever the method asked for.
    bool isBaseline() const;

    ml::ModelConfig config() const; // a TF-IDF baseline's: model TfidfLr and its labels
    QStringList labelNames() const;
    bool multiLabel() const;
    qint64 parameterCount() const;
    QString deviceDescription() const;

private:
    ModelSession();
    struct Impl;
    std::unique_ptr<Impl> d_;
};

} // namespace memescope
