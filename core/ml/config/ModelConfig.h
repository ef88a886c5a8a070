#pragma once

#include "EncoderConfigs.h"
#include "ModelKinds.h"

#include <nlohmann/json_fwd.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace memescope::ml {

class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Everything that defines a model and how it is trained. A preset ("seed" = the reference design of
// MODEL.md, "tiny" = small, random init, CPU-friendly) plus overrides is one JSON object; a checkpoint
// directory carries the full config, so it reloads without guessing. Every ablation switch is a field.
struct ModelConfig {
    std::string preset = "tiny";
    ModelKind model = ModelKind::Neural; // neural | tfidf_lr (the classical baseline, trained elsewhere)

    // Task
    int64_t numLabels = 6;
    bool multiLabel = false;
    std::vector<std::string> labelNames;

    // Encoders
    TextEncoderKind textEncoder = TextEncoderKind::Ngram;   // roberta | ngram | off
    ImageEncoderKind imageEncoder = ImageEncoderKind::Clip; // clip | off
    RobertaConfig roberta;
    ClipVisionConfig clip;
    NgramConfig ngram;
    std::string textCheckpoint, imageCheckpoint; // HF directories to start from (empty: random init)
    // RoBERTa trained from scratch: where its BPE files (vocab.json + merges.txt) are; learned from the
    // project's own texts when empty (see ModelSession::create).
    std::string tokenizerDir;
    int64_t maxTokens = 128;

    // Fusion: token (text tokens <-> image patches), seed_cls (the reference: one vector each side), concat
    FusionKind fusion = FusionKind::Token;
    int64_t fusionDim = 256, fusionHeads = 4, fusionLayers = 2, fusionFfn = 1024;
    double fusionDropout = 0.1;

    // Mixture of experts: off | dense (the reference) | topk (with a load-balancing loss)
    MoeKind moe = MoeKind::TopK;
    int64_t experts = 4, topK = 2;
    double moeDropout = 0.2, balanceWeight = 0.01;

    // Contrastive alignment: off | seed (diagonal multiplied by zero, as the reference) | masked (standard)
    ContrastiveKind contrastive = ContrastiveKind::Masked;
    double temperature = 0.07;
    int64_t contrastiveDim = 256;

    // Classifier head: mlp (the reference) | transformer (over [fused, text, image] tokens)
    HeadKind head = HeadKind::Mlp;
    double headDropout = 0.1;
    int64_t headLayers = 2;

    // Loss weights
    double classificationWeight = 0.7, contrastiveWeight = 0.3;

    // Data
    TextSource textSource = TextSource::Dataset; // dataset | ocr | none
    bool figurativeReasoning = false;

    // Training
    double learningRate = 1e-3, weightDecay = 0.01, gradClip = 1.0;
    int64_t epochs = 8, batchSize = 16, seed = 42, earlyStopPatience = 0;
    // Multi-label: per-label thresholds tuned on validation (each epoch for choosing the best one, and for
    // the saved model) instead of 0.5; positives weighted by negatives / positives per label in the loss
    // (pos_weight "balanced"), so rare labels are not drowned by "no label".
    bool tuneThresholds = true;
    PosWeight posWeight = PosWeight::Balanced; // balanced | off
    // Wide-and-deep by stacking: the TF-IDF baseline fitted on the same train split, its probabilities
    // blended with the network's at the weight that scores best on validation (0 = the network alone).
    WideKind wide = WideKind::Tfidf; // tfidf | off
    // Fine-tuning pretrained encoders as practitioners do: a smaller learning rate for the encoders than for
    // the new layers (0 = learningRate), a schedule (plateau: halve on a validation plateau, the reference;
    // linear / cosine: per-step decay to 0 after a linear warm-up over warmupRatio of the steps), the first N
    // layers (and the embeddings) of either encoder frozen, gradients accumulated over N batches, and on CUDA
    // bfloat16 autocast and TF32 matrix products.
    double encoderLearningRate = 0, warmupRatio = 0;
    LrSchedule lrSchedule = LrSchedule::Plateau; // plateau | linear | cosine
    int64_t freezeTextLayers = 0, freezeImageLayers = 0, gradAccumulation = 1;
    Precision precision = Precision::Fp32; // fp32 | bf16 (autocast on CUDA; the CPU always trains in fp32)
    bool tf32 = false;
    // Activation checkpointing of the encoders' layers (recomputed in the backward: less memory for
    // fine-tuning them, the same gradients).
    bool activationCheckpointing = false;

    static ModelConfig fromPreset(const std::string& name);
    static ModelConfig tiny() { return fromPreset("tiny"); }
    // {"preset": "tiny", "fusion": "concat", ...}: the preset, then each key as an override. Unknown keys
    // and bad values throw ConfigError naming the key.
    static ModelConfig fromJson(const nlohmann::json& j);
    nlohmann::json toJson() const;
    void validate() const;
    // The task's labels (a project's schema): their count, names and whether several may hold at once.
    void setLabels(const std::vector<std::string>& names, bool multi);

    bool hasText() const { return textEncoder != TextEncoderKind::Off && textSource != TextSource::None; }
    bool hasImage() const { return imageEncoder != ImageEncoderKind::Off; }
    int64_t textHidden() const {
        return textEncoder == TextEncoderKind::Roberta ? roberta.hiddenSize : ngram.dim;
    }
    int64_t imageHidden() const { return clip.hiddenSize; }
};

} // namespace memescope::ml
