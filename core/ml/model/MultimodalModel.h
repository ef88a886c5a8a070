#pragma once

#include "core/ml/config/ModelConfig.h"
#include "core/ml/fusion/CrossAttention.h"
#include "core/ml/fusion/MixtureOfExperts.h"
#include "core/ml/io/StateDictLoader.h"
#include "core/ml/text/NgramEncoder.h"
#include "core/ml/text/RobertaEncoder.h"
#include "core/ml/vision/ClipVisionEncoder.h"

#include <torch/nn.h>

#include <memory>
#include <string>
#include <vector>

namespace memescope::ml {

// What an encoder's frozen prefix (its embeddings and first k layers) made of a batch, read from the
// FeatureCache instead of running the prefix: the first-token vectors of hidden states 0 .. k and, where the
// rest of the model needs more (a partly frozen encoder, or a fusion over tokens), hidden state k in full.
struct EncoderFeatures {
    torch::Tensor cls;      // [B, k + 1, H]
    torch::Tensor sequence; // [B, L, H] hidden state k (undefined when not needed)
    torch::Tensor mask;     // [B, L] long: which positions of `sequence` are tokens (text)
    bool defined() const { return cls.defined(); }
    EncoderFeatures to(const torch::Device& device) const;
};

// One batch of model inputs. Unused fields stay undefined (e.g. inputIds for the n-gram encoder).
struct ModelBatch {
    torch::Tensor inputIds, attentionMask; // RoBERTa: [B, L] long
    torch::Tensor ngramIds, wordMask;      // n-gram: [B, W, K] long, [B, W] long
    torch::Tensor pixels;                  // [B, 3, S, S] float, CLIP-normalised
    torch::Tensor imageMask;               // [B] float: 1 = the sample has a usable image
    torch::Tensor targets;                 // [B] long (single-label) or [B, C] float (multi-label)
    // Cached features of the frozen encoder prefixes; when defined they replace inputIds / pixels.
    EncoderFeatures textFeatures, imageFeatures;
    ModelBatch to(const torch::Device& device) const;
    int64_t size() const;
};

struct ModelOutput {
    torch::Tensor logits;                         // [B, C]
    torch::Tensor fused;                          // [B, D] what the classifier sees (after the MoE)
    torch::Tensor textPooled, imagePooled;        // encoder vectors [B, Ht], [B, Hi] (undefined when off)
    torch::Tensor fusedProj, textProj, imageProj; // contrastive embeddings, L2-normalised (when on)
    torch::Tensor gates;                          // [B, E] MoE routing weights (when on)
    torch::Tensor balanceLoss;                    // top-k MoE only
    // Token fusion: [B, layers, heads, text tokens, 1 + patches] (index 0 = the image's class token) and
    // the reverse direction [B, layers, heads, 1 + patches, text tokens].
    torch::Tensor textToImage, imageToText;
};

// Explain-only inputs (core/ml/explain): the encoders' first embeddings, which replace their own lookups
// when defined, so attributions (integrated gradients) can be taken with respect to them.
struct InputEmbeddings {
    torch::Tensor text;    // RoBERTa word embeddings [B, L, Ht] (before positions and LayerNorm), or the
                           // n-gram encoder's per-word feature means [B, W, Ht] (before its LayerNorm)
    torch::Tensor patches; // CLIP patch projections [B, P, Hi] (before class token, positions, pre-LN)
};

struct LossParts {
    torch::Tensor total, classification, contrastive, balance;
};

// The multimodal classifier of MODEL.md: text encoder (RoBERTa or n-gram) + CLIP vision encoder, fusion
// (seed_cls | token | concat), mixture of experts (off | dense | topk), classifier head (mlp | transformer),
// contrastive alignment (off | seed | masked). Parameter names are stable, so checkpoints reload.
class MultimodalModelImpl : public torch::nn::Module {
public:
    explicit MultimodalModelImpl(const ModelConfig& config);
    ModelOutput forward(const ModelBatch& batch) { return forward(batch, InputEmbeddings{}); }
    ModelOutput forward(const ModelBatch& batch, const InputEmbeddings& embeddings);
    // The embeddings forward() starts from for this batch (undefined for an absent encoder).
    InputEmbeddings inputEmbeddings(const ModelBatch& batch);
    LossParts loss(const ModelOutput& out, const ModelBatch& batch) const;
    // Probabilities: softmax (single-label) or sigmoid (multi-label).
    torch::Tensor probabilities(const torch::Tensor& logits) const;
    // Predicted labels as a [B, C] 0/1 tensor (argmax, or sigmoid > per-label threshold).
    torch::Tensor predict(const torch::Tensor& logits) const;

    const ModelConfig& config() const { return config_; }
    torch::Tensor thresholds() const { return thresholds_; }
    void setThresholds(const torch::Tensor& t);
    // Multi-label loss weights of each label's positives (not saved: the trainer sets them from the train
    // split, so a resumed run recomputes the same ones). Undefined = unweighted.
    void setPositiveWeight(const torch::Tensor& w) { positiveWeight_ = w; }
    const torch::Tensor& positiveWeight() const { return positiveWeight_; }
    // Loads the configured HF checkpoints (textCheckpoint / imageCheckpoint) into the encoders.
    std::vector<LoadReport> loadPretrainedEncoders();
    int64_t parameterCount() const;

    // Feature caching (FeatureCache): how many layers of each encoder are frozen (0: none cacheable; the
    // n-gram encoder has no frozen prefix), whether the trainable rest needs hidden state k in full, and
    // the frozen prefix's features of a batch (evaluate in eval mode without gradients).
    int64_t frozenTextLayers() const;
    int64_t frozenImageLayers() const;
    bool textFeaturesNeedSequence() const;
    bool imageFeaturesNeedSequence() const;
    EncoderFeatures frozenTextFeatures(const ModelBatch& batch);
    EncoderFeatures frozenImageFeatures(const ModelBatch& batch);

private:
    torch::Tensor textTokens(const ModelBatch& b, const torch::Tensor& embeds,
                             std::vector<torch::Tensor>* layerFirstTokens, torch::Tensor* mask,
                             torch::Tensor* pooled);
    ModelConfig config_;
    std::shared_ptr<torch::nn::Module> textEncoder_, imageEncoder_;
    // seed_cls
    torch::nn::ModuleList textLayerProj_{nullptr}, imageLayerProj_{nullptr}, seedBlocks_{nullptr};
    // token / concat
    torch::nn::Linear textProj_{nullptr}, imageProj_{nullptr}, concatProj_{nullptr};
    torch::nn::ModuleList textToImageBlocks_{nullptr}, imageToTextBlocks_{nullptr};
    torch::nn::LayerNorm fuseNorm_{nullptr};
    MixtureOfExperts moe_{nullptr};
    torch::nn::Sequential classifier_{nullptr};
    torch::nn::ModuleList headBlocks_{nullptr};
    torch::nn::Linear headTextProj_{nullptr}, headImageProj_{nullptr}, headOut_{nullptr};
    torch::nn::Sequential fusedContrastive_{nullptr}, textContrastive_{nullptr}, imageContrastive_{nullptr};
    torch::Tensor thresholds_, positiveWeight_;
};
TORCH_MODULE(MultimodalModel);

// A model directory: config.json (the full ModelConfig) + model.safetensors (+ tokenizer files for RoBERTa).
void saveModelDirectory(MultimodalModel& model, const std::string& dir,
                        const std::string& tokenizerSourceDir = {});
MultimodalModel
loadModelDirectory(const std::string& dir); // throws CheckpointError / ConfigError naming the file

// HF-style initialisation for randomly initialised transformers: Linear/Embedding ~ N(0, 0.02), biases 0,
// LayerNorm 1/0 (PyTorch's defaults train from scratch much worse).
void initializeLikeHuggingFace(torch::nn::Module& module);

} // namespace memescope::ml
