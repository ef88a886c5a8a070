#pragma once

#include "core/ml/config/EncoderConfigs.h"

#include <torch/nn.h>

#include <vector>

namespace memescope::ml {

struct EncoderOutput {
    std::vector<torch::Tensor> hiddenStates; // numLayers + 1 tensors [B, L, H]; [0] = embeddings
    torch::Tensor lastHiddenState;           // [B, L, H]
    torch::Tensor pooled;                    // [B, H] (undefined without a pooler)
};

// RobertaModel (post-LayerNorm encoder, exact GELU, positions offset by padding_idx + 1) with HF's
// parameter names, so `named_parameters()` keys equal a RobertaModel state dict's.
class RobertaEmbeddingsImpl : public torch::nn::Module {
public:
    explicit RobertaEmbeddingsImpl(const RobertaConfig& c);
    // wordEmbeds [B, L, H] replaces word_embeddings(inputIds) when defined (explanations start there).
    torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& wordEmbeds = {});
    torch::nn::Embedding word_embeddings{nullptr}, position_embeddings{nullptr},
        token_type_embeddings{nullptr};
    torch::nn::LayerNorm LayerNorm{nullptr};
    torch::nn::Dropout dropout{nullptr};
    int64_t padId;
};
TORCH_MODULE(RobertaEmbeddings);

class RobertaLayerImpl : public torch::nn::Module {
public:
    explicit RobertaLayerImpl(const RobertaConfig& c);
    // additiveMask: [B, 1, 1, L], 0 where attended, very negative where masked.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& additiveMask);

private:
    int64_t heads_, headDim_;
    torch::nn::Linear query_{nullptr}, key_{nullptr}, value_{nullptr}, attnOut_{nullptr},
        intermediate_{nullptr}, out_{nullptr};
    torch::nn::LayerNorm attnNorm_{nullptr}, outNorm_{nullptr};
    torch::nn::Dropout attnDropout_{nullptr}, dropout_{nullptr};
};
TORCH_MODULE(RobertaLayer);

// The pooler (dense + tanh over the first token) is HF RobertaModel's; the multimodal model reads the first
// token of the last layers instead and builds the encoder without it (RobertaForMaskedLM ships none).
class RobertaEncoderImpl : public torch::nn::Module {
public:
    explicit RobertaEncoderImpl(const RobertaConfig& c, bool withPooler = true);
    // wordEmbeds: see RobertaEmbeddings::forward (undefined = looked up from inputIds).
    EncoderOutput forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                          const torch::Tensor& wordEmbeds = {});
    torch::Tensor wordEmbeddings(const torch::Tensor& inputIds) {
        return embeddings_->word_embeddings(inputIds);
    }
    const RobertaConfig& config() const { return config_; }
    // Training recomputes each trainable layer in the backward instead of keeping its activations
    // (ActivationCheckpoint.h): less memory, the same gradients.
    void setActivationCheckpointing(bool on) { checkpointing_ = on; }

    // A frozen prefix (the embeddings and the first `layers` layers) is a fixed feature extractor: it runs
    // in eval mode (no dropout) even while the model trains, so its outputs can be computed once and cached
    // (FeatureCache) and training with or without the cache sees the same features.
    void setFrozenPrefix(int64_t layers) { frozenPrefix_ = layers; }
    int64_t frozenPrefix() const { return frozenPrefix_; }
    void train(bool on = true) override;
    // Hidden states 0 .. layers (embeddings, then each of the first `layers` layers): the frozen prefix.
    std::vector<torch::Tensor> prefixStates(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                                            int64_t layers);
    // Runs layers from .. numLayers-1 on hidden state `from` [B, L, H]; returns states from+1 .. numLayers.
    std::vector<torch::Tensor> continueFrom(const torch::Tensor& state, const torch::Tensor& attentionMask,
                                            int64_t from);

private:
    void runLayers(torch::Tensor x, const torch::Tensor& attentionMask, int64_t from, int64_t to,
                   std::vector<torch::Tensor>& states);
    RobertaConfig config_;
    bool checkpointing_ = false;
    int64_t frozenPrefix_ = 0;
    RobertaEmbeddings embeddings_{nullptr};
    torch::nn::ModuleList layers_;
    torch::nn::Linear poolerDense_{nullptr};
};
TORCH_MODULE(RobertaEncoder);

} // namespace memescope::ml
